import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import type { BalticFeedErrorEvent } from '../../src/events/feed.js';
import { loadFixtureFeed, mockUrl, requestCount, servedFeed, settled, shadow, waitUntil } from './helpers.js';

const STORAGE_PREFIX = 'baltic-widgets:feed:v1:';

/** Renders a card for `src` and waits for its first feed event. */
async function cardFor(src: string, attributes = ''): Promise<{ card: BalticOrgCard; event: Event }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<baltic-org-card ${/\blang=/.test(attributes) ? '' : 'lang="en"'} ${attributes}></baltic-org-card>`;
  const card = container.firstElementChild as BalticOrgCard;
  const event = Promise.race([oneEvent(card, 'baltic-feed-load'), oneEvent(card, 'baltic-feed-error')]);
  card.src = src;
  return { card, event: await event };
}

/** Presses Try again (`selector`) as a keyboard user does (focused, then pressed); resolves once the load it started has ended. */
async function pressTryAgain(card: BalticOrgCard, selector: string): Promise<void> {
  const retry = shadow(card).querySelector<HTMLButtonElement>(selector)!;
  retry.focus();
  retry.click();
  // The button goes while the feed loads (with the skeleton, or under the "updating" note): focus has to be put back.
  await waitUntil(() => !shadow(card).querySelector('[part="retry"]'), 'Try again stayed while loading');
  await waitUntil(() => card.feedSnapshot.status !== 'loading', 'the load did not end', { timeout: 5000 });
  await card.updateComplete;
}

describe('feed loading', () => {
  // The copies earlier tests' feeds left (written once the page is idle) would crowd out one a
  // test plants: four are kept, the oldest goes first.
  beforeEach(() => localStorage.clear());

  it('makes one request for all widgets that name the same feed', async () => {
    const url = mockUrl('feed', { delay: '100' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <baltic-org-card src=${url}></baltic-org-card><baltic-org-card src=${url}></baltic-org-card><baltic-org-card src=${url}></baltic-org-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('baltic-org-card')];
    for (const card of cards) await settled(card);
    expect(await requestCount(url)).to.equal(1);
    expect(new Set(cards.map((card) => card.feedSnapshot.feed))).to.have.property('size', 1);
  });

  it('fires baltic-feed-load with the problems of the feed', async () => {
    const feed = await loadFixtureFeed();
    feed.events.push({ id: 'broken', title: 'Broken', start: 'next Tuesday' });
    const { event } = await cardFor(await servedFeed(feed));
    expect(event.type).to.equal('baltic-feed-load');
    const { problems } = (event as CustomEvent).detail;
    expect(problems.map((problem: { path: string }) => problem.path)).to.include(`events[${feed.events.length - 1}].start`);
  });

  it('skips a broken item with a warning naming its path and shows the rest', async () => {
    const feed = await loadFixtureFeed();
    feed.organization.founded = 'long ago';
    feed.organization.aims.push(42);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { card } = await cardFor(await servedFeed(feed));
      await settled(card);
      expect(shadow(card).querySelector('[part="name"]')!.textContent).to.contain(feed.organization.name);
      expect(shadow(card).querySelectorAll('[part="aims"] li')).to.have.length(feed.organization.aims.length - 1);
      expect(warnings.some((line) => line.includes('organization.founded'))).to.equal(true);
      expect(warnings.some((line) => line.includes(`organization.aims[${feed.organization.aims.length - 1}]`))).to.equal(true);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('renders what it understands of a newer feed version, and warns once', async () => {
    const feed = await loadFixtureFeed();
    feed.version = 7;
    feed.organization.newFieldOfVersion7 = { anything: true };
    const url = await servedFeed(feed);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><baltic-org-card src=${url}></baltic-org-card><baltic-org-card src=${url}></baltic-org-card></div>`);
      for (const card of wrapper.querySelectorAll('baltic-org-card')) await settled(card);
      expect(shadow(wrapper.querySelector('baltic-org-card')!).querySelector('[part="name"]')!.textContent).to.contain(feed.organization.name);
      expect(warnings.filter((line) => line.includes('version 7'))).to.have.length(1);
    } finally {
      console.warn = originalWarn;
    }
  });

  const failures: [string, () => string, string, string][] = [
    ['an HTTP error', () => mockUrl('status', { code: '404' }), 'http', '404'],
    ['a network error', () => 'http://127.0.0.1:9/feed.json', 'network', 'could not be reached'],
    ['a timeout', () => mockUrl('hang'), 'timeout', 'in time'],
    ['an HTML page instead of JSON', () => mockUrl('html'), 'not-json', 'JSON'],
    ['JSON that is not a feed', () => mockUrl('json', { body: '[1, 2, 3]' }), 'invalid', 'format'],
  ];
  for (const [what, url, kind, words] of failures) {
    it(`shows an error state and fires baltic-feed-error for ${what}`, async () => {
      const { card, event } = await cardFor(url(), 'timeout="400"');
      expect(event.type).to.equal('baltic-feed-error');
      expect((event as BalticFeedErrorEvent).detail.kind).to.equal(kind);
      expect((event as BalticFeedErrorEvent).detail.stale).to.equal(false);
      await settled(card, 'error');
      const error = shadow(card).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain(words);
      expect(shadow(card).querySelector('[part="retry"]')).to.exist;
    });
  }

  describe('a feed file that is not UTF-8', () => {
    /** A feed served as these bytes, as a web server sends a file whatever its encoding. */
    const servedBytes = async (bytes: Uint8Array) => {
      const url = mockUrl('stored');
      await fetch(url.replace('/__mock/stored', '/__mock/store'), { method: 'POST', body: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
      return url;
    };
    const feedWithName = (name: Uint8Array) => {
      const [head, tail] = ['{"version": 1, "organization": {"name": "', '"}}'].map((text) => new TextEncoder().encode(text));
      return new Uint8Array([...head!, ...name, ...tail!]);
    };
    // "Клуб" as a Windows-1251 editor saves it; the same feed in UTF-16 with its byte order mark.
    const cp1251 = () => feedWithName(new Uint8Array([0xca, 0xeb, 0xf3, 0xe1]));
    const utf16 = () => {
      const text = '{"version": 1, "organization": {"name": "Клуб"}}';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let index = 0; index < text.length; index++) bytes.set([text.charCodeAt(index) & 0xff, text.charCodeAt(index) >> 8], 2 + index * 2);
      return bytes;
    };
    const cases: [string, () => Uint8Array, string, RegExp][] = [
      ['Windows-1251', cp1251, 'en', /not saved as UTF-8 text\. Whoever keeps it needs to save it again as UTF-8\./],
      ['UTF-16', utf16, 'ru', /сохранён не в кодировке UTF-8\. Тот, кто его ведёт, должен заново сохранить файл в UTF-8\./],
    ];
    for (const [encoding, bytes, lang, words] of cases) {
      it(`says so in the visitor's language (${encoding}, ${lang}) instead of showing garbage`, async () => {
        const { card, event } = await cardFor(await servedBytes(bytes()), `lang="${lang}"`);
        expect(event.type).to.equal('baltic-feed-error');
        expect((event as BalticFeedErrorEvent).detail.kind).to.equal('encoding');
        await settled(card, 'error');
        const error = shadow(card).querySelector('[part="error"]')!;
        expect(error.textContent!.replace(/\s+/g, ' ')).to.match(words);
        expect(shadow(card).querySelector('[part="name"]')).not.to.exist;
      });
    }
  });

  it('shows an error when no feed is given within its timeout', async () => {
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" timeout="300"></baltic-org-card>`);
    await settled(card, 'error');
    expect(card.feedSnapshot.error!.kind).to.equal('missing');
    expect(shadow(card).textContent).to.contain('No feed is set for this widget.');
    expect(shadow(card).querySelector('[part="retry"]')).not.to.exist;
  });

  it('waits for a feed a framework gives a moment later (fetched into its state): the skeleton meanwhile, no error, then the feed', async () => {
    const errors: Event[] = [];
    const heard = (event: Event) => errors.push(event);
    document.addEventListener('baltic-feed-error', heard);
    try {
      const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en"></baltic-org-card>`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await card.updateComplete;
      expect(shadow(card).querySelector('[aria-busy="true"]'), 'the skeleton while no feed is given').to.exist;
      expect(shadow(card).querySelector('[part="error"]'), 'no error before the feed could come').not.to.exist;
      card.feed = await loadFixtureFeed();
      await settled(card);
      expect(shadow(card).querySelector('[part="name"]')!.textContent).to.contain('Baltic Region ry');
      expect(errors, 'no baltic-feed-error').to.deep.equal([]);
    } finally {
      document.removeEventListener('baltic-feed-error', heard);
    }
  });

  it('keeps showing the last good feed when a refresh fails, marked as saved', async () => {
    const { card } = await cardFor(mockUrl('flaky'));
    await settled(card);
    const name = shadow(card).querySelector('[part="name"]')!.textContent;
    const failed = oneEvent(card, 'baltic-feed-error');
    void card.refresh();
    const { detail } = await failed;
    expect(detail.stale).to.equal(true);
    await card.updateComplete;
    expect(shadow(card).querySelector('[part="name"]')!.textContent).to.equal(name);
    const notice = shadow(card).querySelector('[part="stale-notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('503');
  });

  it('shows the feed saved by an earlier visit, with its age, when the network fails', async () => {
    const feed = await loadFixtureFeed();
    const url = mockUrl('status', { code: '500' });
    const savedAt = Date.now() - 3 * 3600_000;
    localStorage.setItem(STORAGE_PREFIX + new URL(url, location.href).href, JSON.stringify({ savedAt, text: JSON.stringify(feed) }));
    const { card, event } = await cardFor(url);
    expect(event.type).to.equal('baltic-feed-error');
    // The notice's view is a chunk of its own (loaded with the first notice): on a busy machine that takes a while.
    await waitUntil(() => shadow(card).querySelector('[part="stale-notice"]'), 'no notice of the saved copy', { timeout: 5000 });
    expect(shadow(card).querySelector('[part="name"]')!.textContent).to.contain(feed.organization.name);
    const age = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(-3, 'hour');
    expect(shadow(card).querySelector('[part="stale-notice"]')!.textContent).to.contain(age);
  });

  it('shows a returning visitor the saved feed at once, with a short note that takes no room, and the fresh one in its place', async () => {
    const url = mockUrl('feed', { delay: '1500' });
    const text = await (await fetch(url)).text();
    localStorage.setItem(STORAGE_PREFIX + new URL(url, location.href).href, JSON.stringify({ savedAt: Date.now() - 3 * 3600_000, text }));
    try {
      const container = await fixture<HTMLDivElement>(html`<div><baltic-org-card lang="ru"></baltic-org-card></div>`);
      const card = container.firstElementChild as BalticOrgCard;
      const loaded = oneEvent(card, 'baltic-feed-load');
      card.src = url;
      await waitUntil(() => shadow(card).querySelector('[part="stale-notice"]') && shadow(card).querySelector('[part="name"]'), 'the saved copy is shown, marked', { timeout: 1000 });
      const notice = shadow(card).querySelector<HTMLElement>('[part="stale-notice"]')!;
      const age = new Intl.RelativeTimeFormat('ru', { numeric: 'auto' }).format(-3, 'hour');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Сохранено ${age}, обновляется…`);
      expect(notice.getAttribute('role')).to.equal('status');
      const nameTop = shadow(card).querySelector('[part="name"]')!.getBoundingClientRect().top;
      const cardHeight = card.getBoundingClientRect().height;
      await loaded;
      await card.updateComplete;
      expect(shadow(card).querySelector('[part="stale-notice"]'), 'the note goes with the fresh feed').to.equal(null);
      expect(shadow(card).querySelector('[part="name"]')!.getBoundingClientRect().top, 'nothing moved').to.equal(nameTop);
      expect(card.getBoundingClientRect().height, 'nothing moved').to.equal(cardHeight);
    } finally {
      localStorage.clear();
    }
  });

  it('loads a new feed when src changes, and drops a late answer for the old one', async () => {
    const slow = mockUrl('feed', { delay: '400' });
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card src=${slow}></baltic-org-card>`);
    const other = await loadFixtureFeed();
    other.organization.name = 'Another association';
    card.src = await servedFeed(other);
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shadow(card).querySelector('[part="name"]')!.textContent).to.contain('Another association');
  });

  // 404s are not retried by themselves: each load is one press.
  const tryAgainCases = [
    { where: 'in the error state', steps: '404,404,feed', retry: '[part="error"] [part="retry"]', loaded: 'Baltic Region ry' },
    // A feed shown, then a refresh that fails: the older data under a notice with Try again (while it loads, the one-line "updating" note).
    { where: 'over older data', steps: 'feed,404,404,changed', retry: '[part="stale-notice"] [part="retry"]', loaded: 'Baltic Region ry (updated)' },
  ];
  for (const { where, steps, retry, loaded } of tryAgainCases) {
    it(`keeps focus in the widget through Try again ${where}: on Try again when the feed fails again, on the widget when it loads`, async () => {
      const url = mockUrl('sequence', { steps, delay: '200' });
      const { card } = await cardFor(url);
      if (card.feedSnapshot.status === 'ready') void card.refresh();
      await waitUntil(() => shadow(card).querySelector(retry), 'no Try again', { timeout: 5000 });
      await pressTryAgain(card, retry);
      expect(card.feedSnapshot.status).to.equal('error');
      expect(shadow(card).activeElement, 'focus on the new Try again, not lost to the page').to.equal(shadow(card).querySelector(retry));
      await pressTryAgain(card, retry);
      expect(shadow(card).querySelector('[part="name"]')?.textContent?.trim()).to.equal(loaded);
      expect(shadow(card).activeElement, 'focus on the widget that now shows the feed').to.equal(shadow(card).querySelector('[part="base"]'));
      expect(await requestCount(url)).to.equal(steps.split(',').length);
    });
  }

  it('reserves the space of the card while loading (a skeleton)', async () => {
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card timeout="500" src=${mockUrl('hang')}></baltic-org-card>`);
    expect(shadow(card).querySelector('[aria-busy="true"] .skeleton')).to.exist;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(150);
  });
});

describe('what only rare feeds need loads with them', () => {
  /** The source modules of the feed spine's on-demand parts this page fetched so far. */
  const fetchedModules = () =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/src\/feed\/(json-slices|time-zone-suggestion)\./.test(path))
      .map((path) => path.replace(/^.*\/|\..*$/g, ''));

  it('fetches neither the slicing parser nor the nearest-zone search for an ordinary feed', async () => {
    const { card, event } = await cardFor(await servedFeed(await loadFixtureFeed()));
    expect(event.type).to.equal('baltic-feed-load');
    await settled(card);
    expect(fetchedModules()).to.deep.equal([]);
  });

  it('names the nearest real time zone for a misspelt one, from a URL and as an object', async () => {
    const feed = await loadFixtureFeed();
    feed.timeZone = 'Europe/Helsinky';
    const { event } = await cardFor(await servedFeed(feed));
    expect(event.type).to.equal('baltic-feed-error');
    expect((event as BalticFeedErrorEvent).detail.message).to.contain('"Europe/Helsinky" is not an IANA time zone (did you mean "Europe/Helsinki"?)');
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en"></baltic-org-card>`);
    const failed = oneEvent(card, 'baltic-feed-error');
    card.feed = { ...feed, timeZone: 'America/New_Yrok' };
    expect((await failed).detail.message).to.contain('did you mean "America/New_York"?');
    expect(fetchedModules()).to.deep.equal(['time-zone-suggestion']);
  });

  it('reads a feed of more than a million characters in slices, as it reads a small one', async () => {
    const feed = await loadFixtureFeed();
    const description = 'Avoin harjoitus kaikille. '.repeat(40);
    for (let index = 0; index < 1200; index++) feed.events.push({ id: `big-${index}`, title: `Harjoitus ${index}`, start: '2031-05-04T18:00', description });
    feed.events.push({ id: 'broken', title: 'Broken', start: 'next Tuesday' });
    expect(JSON.stringify(feed).length).to.be.greaterThan(1_000_000);
    const { card, event } = await cardFor(await servedFeed(feed));
    expect(event.type).to.equal('baltic-feed-load');
    const paths = (event as CustomEvent<{ problems: { path: string }[] }>).detail.problems.map((problem) => problem.path);
    expect([...new Set(paths)]).to.deep.equal([`events[${feed.events.length - 1}].start`]);
    expect(card.feedSnapshot.feed!.events).to.have.length(feed.events.length - 1);
    expect(shadow(card).querySelector('[part="name"]')!.textContent).to.contain(feed.organization.name);
    expect(fetchedModules()).to.include('json-slices');
  });
});
