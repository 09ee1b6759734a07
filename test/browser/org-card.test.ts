import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/org-card/define.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import { loadFixtureFeed, mockUrl, settled, shadow, textOf, waitUntil } from './helpers.js';

describe('baltic-org-card', () => {
  it('renders the organization from src', async () => {
    const feed = await loadFixtureFeed();
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" src=${mockUrl('feed')}></baltic-org-card>`);
    await settled(card);
    const root = shadow(card);
    expect(root.querySelector('[part="name"]')!.textContent!.trim()).to.equal(feed.organization.name);
    expect(root.querySelector('[part="name"]')!.getAttribute('role')).to.equal('heading');
    expect(root.querySelector('[part="description"]')!.textContent!.trim()).to.equal(feed.organization.description.en);
    expect(root.querySelectorAll('[part="aims"] li')).to.have.length(feed.organization.aims.length);
    const logo = root.querySelector<HTMLImageElement>('[part="logo"]')!;
    expect(logo.getAttribute('width')).to.equal(String(feed.organization.logo.width));
    expect(logo.alt).to.equal(feed.organization.logo.alt.en);
  });

  it('keeps the logo\'s square when the logo fails to load: its alt text does not grow the card', async () => {
    const feed = await loadFixtureFeed();
    feed.organization.logo.src = '/no-such-logo.png';
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" .feed=${feed}></baltic-org-card>`);
    await settled(card);
    const logo = shadow(card).querySelector<HTMLImageElement>('[part="logo"]')!;
    await waitUntil(() => logo.complete, 'the logo request ends (404)', { timeout: 5000 });
    expect(logo.naturalWidth, 'the logo did not load').to.equal(0);
    const fontSize = parseFloat(getComputedStyle(logo).fontSize);
    const box = logo.getBoundingClientRect();
    // 4em square, as a loaded logo: a long alt text ("Emblem: the letters BR above a bridge…") would make it taller.
    expect(box.width).to.be.closeTo(4 * fontSize, 0.5);
    expect(box.height).to.be.closeTo(4 * fontSize, 0.5);
  });

  it('renders from the feed property the same as from src', async () => {
    const feed = await loadFixtureFeed();
    const fromSrc = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" src=${mockUrl('feed')}></baltic-org-card>`);
    const fromProperty = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" .feed=${feed}></baltic-org-card>`);
    await settled(fromSrc);
    await settled(fromProperty);
    // Relative links resolve against the feed's URL in one case and the page's in the other: compare text.
    expect(textOf(fromProperty)).to.equal(textOf(fromSrc));
  });

  it('formats figures with Intl for the visitor\'s language', async () => {
    const feed = await loadFixtureFeed();
    for (const lang of ['ru', 'fi', 'en']) {
      const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang=${lang} .feed=${feed}></baltic-org-card>`);
      await settled(card);
      const values = [...shadow(card).querySelectorAll('[part="figure"] dd')].map((dd) => dd.textContent!.trim());
      const intlLocale = lang === 'en' ? 'en-GB' : lang;
      expect(values).to.include(new Intl.NumberFormat(intlLocale).format(feed.organization.members));
      expect(values).to.include(`${new Intl.NumberFormat(intlLocale).format(feed.organization.network)}+`);
      expect(values, 'a year is not grouped').to.include(String(feed.organization.founded));
    }
  });

  it('makes contact details and social links working, named links', async () => {
    const feed = await loadFixtureFeed();
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" .feed=${feed}></baltic-org-card>`);
    await settled(card);
    const root = shadow(card);
    const hrefs = [...root.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include(`mailto:${feed.organization.email}`);
    expect(hrefs).to.include(`tel:${feed.organization.phone.replace(/[^+\d]/g, '')}`);
    expect(hrefs.some((href) => href!.startsWith('https://www.google.com/maps/dir/?api=1&destination='))).to.equal(true);
    const social = [...root.querySelectorAll<HTMLAnchorElement>('[part="social"] a')];
    expect(social).to.have.length(feed.organization.social.length);
    const facebook = social.find((a) => a.href === feed.organization.social.find((s: any) => s.network === 'facebook').url)!;
    expect(facebook.getAttribute('aria-label')).to.equal(`${feed.organization.name} on Facebook`);
    expect(root.querySelector<HTMLAnchorElement>('[part="more-link"]')!.href).to.equal(feed.organization.url);
  });

  it('never renders a URL outside the allow-list, and says which field it ignored', async () => {
    const feed = await loadFixtureFeed();
    feed.organization.url = 'javascript:alert(1)';
    feed.organization.social = [
      { network: 'facebook', url: ' JaVaScRiPt:alert(1)' },
      { network: 'instagram', url: 'data:text/html,<script>alert(1)</script>' },
      { network: 'vk', url: 'java\tscript:alert(1)' },
      { network: 'telegram', url: 'https://t.me/example' },
    ];
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const card = await fixture<BalticOrgCard>(html`<baltic-org-card .feed=${feed}></baltic-org-card>`);
      await settled(card);
      const hrefs = [...shadow(card).querySelectorAll('[href]')].map((element) => element.getAttribute('href')!.replace(/\s/g, '').toLowerCase());
      expect(hrefs.filter((href) => href.startsWith('javascript:') || href.startsWith('data:'))).to.deep.equal([]);
      expect(shadow(card).querySelectorAll('[part="social"] a')).to.have.length(1);
      expect(warnings.some((line) => line.includes('organization.url'))).to.equal(true);
      expect(warnings.some((line) => line.includes('organization.social[1].url'))).to.equal(true);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('switches from the compact to the wide layout by its container width', async () => {
    const feed = await loadFixtureFeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><baltic-org-card .feed=${feed}></baltic-org-card></div>`);
    const card = wrapper.querySelector('baltic-org-card')!;
    await settled(card);
    const columns = () => getComputedStyle(shadow(card).querySelector('[part="card"]')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrapper.style.width = '960px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(columns()).to.equal(2);
  });

  it('adds one JSON-LD block to the head for any number of cards, and removes it with the last', async () => {
    const feed = await loadFixtureFeed();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <baltic-org-card json-ld .feed=${feed}></baltic-org-card><baltic-org-card json-ld .feed=${feed}></baltic-org-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('baltic-org-card')];
    for (const card of cards) await settled(card);
    const blocks = () => document.head.querySelectorAll('script[type="application/ld+json"]');
    await waitUntil(() => blocks().length === 1, 'no JSON-LD block was added', { timeout: 5000 }).catch(() => { throw new Error(`blocks: ${blocks().length} ${[...blocks()].map((b) => b.textContent!.slice(0, 80)).join(' | ')}`); });
    const data = JSON.parse(blocks()[0]!.textContent!);
    expect(data['@type']).to.equal('Organization');
    expect(data.name).to.equal(feed.organization.name);
    expect(data.sameAs).to.have.length(feed.organization.social.length);
    cards[0]!.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blocks()).to.have.length(1);
    cards[1]!.remove();
    await waitUntil(() => blocks().length === 0, 'the JSON-LD block stayed after the last card went', { timeout: 5000 });
  });

  it('keeps a feed\'s closing script tag out of the JSON-LD block', async () => {
    const feed = await loadFixtureFeed();
    feed.organization.description = '</script><script>window.__pwned = 1</script>';
    feed.organization.name = 'Evil </script> ry';
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card json-ld .feed=${feed}></baltic-org-card>`);
    await settled(card);
    await waitUntil(() => document.head.querySelector('script[type="application/ld+json"]'), 'no JSON-LD block was added', { timeout: 5000 });
    const block = document.head.querySelector('script[type="application/ld+json"]')!;
    expect(block.textContent).not.to.include('</script>');
    expect(JSON.parse(block.textContent!).description).to.equal(feed.organization.description);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    card.remove();
    await waitUntil(() => !document.head.querySelector('script[type="application/ld+json"]'), 'the JSON-LD block stayed', { timeout: 5000 });
  });

  it('uses the heading level it is given', async () => {
    const feed = await loadFixtureFeed();
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card heading-level="3" .feed=${feed}></baltic-org-card>`);
    await settled(card);
    expect(shadow(card).querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('says so when the feed has no organization', async () => {
    const card = await fixture<BalticOrgCard>(html`<baltic-org-card lang="en" .feed=${{ version: 1, events: [] }}></baltic-org-card>`);
    await settled(card);
    expect(shadow(card).querySelector('[part="empty"]')).to.exist;
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, in both layouts`, async () => {
      const feed = await loadFixtureFeed();
      for (const width of [360, 960]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><baltic-org-card theme=${theme} .feed=${feed}></baltic-org-card></div>`);
        const card = wrapper.querySelector('baltic-org-card')!;
        await settled(card);
        await expect(card).to.be.accessible();
      }
    });
  }

  it('passes axe in its loading and error states', async () => {
    const loading = await fixture<BalticOrgCard>(html`<baltic-org-card timeout="500" src=${mockUrl('hang')}></baltic-org-card>`);
    await expect(loading).to.be.accessible();
    const failed = await fixture<BalticOrgCard>(html`<baltic-org-card src=${mockUrl('status', { code: '500' })}></baltic-org-card>`);
    await settled(failed, 'error');
    await expect(failed).to.be.accessible();
  });
});

describe('baltic-org-card on a phone', () => {
  for (const lang of ['ru', 'fi']) {
    for (const width of [320, 375, 414]) {
      it(`${lang}, ${width} px: a figure's number never breaks, a tile holds its words, and the Finnish legal name carries its lang`, async () => {
        const feed = await loadFixtureFeed();
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><baltic-org-card lang=${lang} .feed=${feed}></baltic-org-card></div>`);
        const card = wrapper.querySelector<BalticOrgCard>('baltic-org-card')!;
        await settled(card);
        const figures = [...shadow(card).querySelectorAll<HTMLElement>('[part="figure"]')];
        expect(figures.length).to.be.above(2);
        for (const figure of figures) {
          const number = figure.querySelector('dd')!;
          const label = figure.querySelector('dt')!;
          const lineHeight = parseFloat(getComputedStyle(number).lineHeight);
          expect(number.getBoundingClientRect().height, `${number.textContent} on one line`).to.be.below(lineHeight * 1.5);
          const tile = figure.getBoundingClientRect();
          for (const part of [number, label]) {
            // Measured on the text itself: a line that does not fit would stick out of the tile.
            const range = document.createRange();
            range.selectNodeContents(part);
            for (const rect of range.getClientRects()) expect(rect.right, part.textContent!).to.be.at.most(tile.right + 0.5);
          }
          // Words break only at the language's hyphenation points: no break "anywhere".
          expect(getComputedStyle(label).overflowWrap, label.textContent!).to.equal('normal');
          expect(getComputedStyle(label).wordBreak).to.equal('normal');
        }
        const legalName = shadow(card).querySelector('.legal-name')!;
        expect(legalName.textContent).to.equal(feed.organization.legalName);
        expect(legalName.closest('[lang]')!.getAttribute('lang'), 'WCAG 3.1.2').to.equal('fi');
      });
    }
  }
});
