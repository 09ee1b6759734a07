import { expect } from '@open-wc/testing';
import { safeUrl, resolveFeedUrl } from '../../src/feed/url.js';

describe('the URL allow-list', () => {
  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    'jav&#x09;ascript:alert(1)',
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      const result = safeUrl(url);
      // Anything that survives must not be something a browser would run.
      if (result !== undefined) expect(new URL(result, location.href).protocol).to.be.oneOf(['http:', 'https:']);
      else expect(result).to.equal(undefined);
    });
  }
  const allowed = ['https://example.org/a?b=c#d', 'http://example.org', 'mailto:info@example.org', 'tel:+358401234567', 'webcal://example.org/events.ics', 'events.ics', '/feed.json', '../images/a.svg', '#top'];
  for (const url of allowed) {
    it(`allows ${url}`, () => expect(safeUrl(url)).to.equal(url));
  }
  it('resolves feed-relative URLs against the feed, not the page', () => {
    expect(resolveFeedUrl('images/logo.svg', 'https://example.org/feeds/feed.json')).to.equal('https://example.org/feeds/images/logo.svg');
    expect(resolveFeedUrl('javascript:alert(1)', 'https://example.org/feed.json')).to.equal(undefined);
  });
});
