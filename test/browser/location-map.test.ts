import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/location-map/define.js';
import { consentStorageKey, type BalticLocationMap } from '../../src/components/location-map/location-map.js';
import { loadFixtureFeed, mockUrl, settled, shadow, textOf, waitUntil } from './helpers.js';
import { textContrast } from './colours.js';
import { localTiles, mapReady, markers, pause, tileRequests } from './location-map-helpers.js';

const places = (map: BalticLocationMap) => [...shadow(map).querySelectorAll<HTMLElement>('[part="place"]')];
/** The text of the open popup (a closing one may still be fading out before it). */
const popupText = (map: BalticLocationMap) =>
  [...shadow(map).querySelectorAll('.leaflet-popup-content')].at(-1)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const center = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

async function loadedMap(attributes: { locations?: string; eventId?: string; width?: number; feed?: Record<string, any>; theme?: string; lang?: string } = {}) {
  const feed = attributes.feed ?? (await loadFixtureFeed());
  const tiles = localTiles();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${attributes.width ?? 900}px">
    <baltic-location-map lang=${attributes.lang ?? 'en'} consent="page" theme=${attributes.theme ?? 'auto'} tile-url=${tiles.url} locations=${attributes.locations ?? ''}
      event-id=${attributes.eventId ?? ''} .feed=${feed}></baltic-location-map>
  </div>`);
  const map = wrapper.querySelector('baltic-location-map')!;
  // The map loads only near the viewport: a test's second map may be further down the page.
  map.scrollIntoView();
  await settled(map);
  return { map, feed, tiles, wrapper };
}

describe('baltic-location-map', () => {
  afterEach(() => localStorage.clear());

  it('lists every place with its name, address, how to get there and directions links', async () => {
    const { map, feed } = await loadedMap();
    const items = places(map);
    expect(items).to.have.length(feed.locations.length);
    feed.locations.forEach((location: any, index: number) => {
      const item = items[index]!;
      expect(item.querySelector('[part="place-name"]')!.textContent!.trim()).to.equal(location.name.en);
      expect(item.querySelector('[part="place-name"]')!.getAttribute('role')).to.equal('heading');
      expect(item.querySelector('address')!.textContent).to.include(location.address.street);
      expect(item.querySelector('[part="directions"]')!.textContent!.trim()).to.equal(location.directions.en);
      const hrefs = [...item.querySelectorAll('[part="directions-links"] a')].map((a) => a.getAttribute('href')!);
      const point = `${location.geo.lat},${location.geo.lon}`;
      expect(hrefs).to.deep.equal([
        `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(point)}`,
        `https://maps.apple.com/?daddr=${encodeURIComponent(point)}`,
        `https://www.openstreetmap.org/directions?route=%3B${encodeURIComponent(point)}`,
        `geo:${point}`,
      ]);
    });
  });

  it('shows the places named by `locations`, in that order, or those of one event', async () => {
    const named = await loadedMap({ locations: 'club-room, main-library unknown-place' });
    expect(places(named.map).map((item) => item.dataset['place'])).to.deep.equal(['club-room', 'main-library']);
    await mapReady(named.map, 2);
    expect(markers(named.map)).to.have.length(2);

    const ofEvent = await loadedMap({ eventId: '2026-12-new-year-eve' });
    expect(places(ofEvent.map).map((item) => item.dataset['place'])).to.deep.equal(['market-square']);
  });

  it('builds directions links from numbers or an encoded address, never from raw feed text', async () => {
    const feed = await loadFixtureFeed();
    feed.locations = [
      { id: 'no-geo', name: 'Hall', address: { street: '"><img src=x onerror=alert(1)> & javascript:alert(1)', city: 'Turku' } },
      { id: 'with-geo', name: 'javascript:alert(1)', geo: { lat: 60.1, lon: 1e-7 } },
    ];
    const { map } = await loadedMap({ feed });
    const hrefs = [...shadow(map).querySelectorAll('[part="directions-links"] a')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.have.length(8);
    for (const href of hrefs) {
      expect(href).to.match(/^(https:\/\/(www\.openstreetmap\.org|www\.google\.com|maps\.apple\.com)\/|geo:)/);
      expect(href).not.to.match(/[<>"' ]/);
    }
    expect(hrefs).to.include('geo:60.1,0');
    // The address's markup stays text. The map's tiles are images of their own: once the map has
    // loaded (sooner or later than this line, with the machine's load), they are there too.
    expect(textOf(map)).to.include('"><img src=x onerror=alert(1)>');
    expect([...shadow(map).querySelectorAll('img')].filter((image) => !image.classList.contains('leaflet-tile')).map((image) => image.outerHTML)).to.deep.equal([]);
  });

  it('puts a marker for each place with coordinates, coloured by its category, named for screen readers', async () => {
    const { map, feed } = await loadedMap();
    await mapReady(map, feed.locations.length);
    const pins = markers(map);
    expect(pins).to.have.length(feed.locations.length);
    expect(pins.map((pin) => pin.getAttribute('aria-label'))).to.have.members(feed.locations.map((location: any) => location.name.en));
    for (const pin of pins) {
      expect(pin.getAttribute('role')).to.equal('button');
      expect(pin.tabIndex).to.equal(0);
      expect(pin.querySelector('img'), 'no default image icon').to.equal(null);
    }
    // The club room hosts the workshop, the bazaar and the day camp: its colour is that category's.
    const clubRoom = pins.find((pin) => pin.dataset['place'] === 'club-room')!;
    const eventsThere = feed.events.filter((event: any) => event.location === 'club-room').map((event: any) => event.category);
    const colors = feed.categories.filter((category: any) => eventsThere.includes(category.id)).map((category: any) => category.color);
    expect(colors).to.include(clubRoom.querySelector('path')!.getAttribute('fill'));
    const region = shadow(map).querySelector('[part="map"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.match(/map/i);
  });

  it('fits all markers into view, and centres a single place', async () => {
    const { map } = await loadedMap();
    await mapReady(map, 3);
    const box = shadow(map).querySelector('[part="map"]')!.getBoundingClientRect();
    for (const pin of markers(map)) {
      const { x, y } = center(pin.getBoundingClientRect());
      expect(x > box.left && x < box.right && y > box.top && y < box.bottom, 'marker inside the map').to.equal(true);
    }
    const single = await loadedMap({ locations: 'main-library' });
    await mapReady(single.map);
    const singleBox = shadow(single.map).querySelector('[part="map"]')!.getBoundingClientRect();
    const pin = markers(single.map)[0]!.getBoundingClientRect();
    // The pin's tip (its bottom centre) is the place.
    expect(Math.abs(pin.left + pin.width / 2 - center(singleBox).x)).to.be.below(3);
    expect(Math.abs(pin.bottom - center(singleBox).y)).to.be.below(4);
  });

  it('opens a popup with the place and its upcoming events; choosing an event fires baltic-event-select', async () => {
    const feed = await loadFixtureFeed();
    // Dates written relative to the day the test runs (the popup lists what has not ended yet): one
    // event at the library ended last year, two come next year, one of them cancelled.
    const nextYear = new Date().getFullYear() + 1;
    const at = (id: string) => feed.events.find((event: any) => event.id === id);
    Object.assign(at('2026-12-advent-concert'), { start: `${nextYear}-03-05T18:00`, end: `${nextYear}-03-05T19:30` });
    Object.assign(at('2026-12-christmas-lecture'), { start: `${nextYear}-03-12T15:00`, end: `${nextYear}-03-12T16:30` });
    Object.assign(at('2026-12-children-new-year'), { start: `${nextYear - 2}-12-27T12:00`, end: `${nextYear - 2}-12-27T14:30` });
    const { map } = await loadedMap({ feed });
    await mapReady(map, 3);
    markers(map).find((pin) => pin.dataset['place'] === 'main-library')!.click();
    await waitUntil(() => popupText(map));
    expect(popupText(map)).to.include('Turku Main Library');
    expect(popupText(map)).to.include('Linnankatu 2');
    expect(popupText(map)).to.include('Advent concert: romances and folk songs');
    expect(popupText(map), 'a cancelled event is not coming up').to.not.include(at('2026-12-christmas-lecture').title.en);
    expect(popupText(map), 'an event that ended is not coming up').to.not.include(at('2026-12-children-new-year').title.en);
    const upcoming = [at('2026-12-advent-concert')];
    const firstEvent = shadow(map).querySelector<HTMLElement>('.leaflet-popup-content .popup__events li :is(a, button)')!;
    firstEvent.addEventListener('click', (event) => event.preventDefault()); // Stay on the test page.
    setTimeout(() => firstEvent.click());
    const selected = await oneEvent(map, 'baltic-event-select');
    expect(selected.detail.eventId).to.equal(upcoming[0].id);
    expect(selected.bubbles && selected.composed).to.equal(true);
  });

  it('highlights the list item of the marker chosen, and shows the marker of the item chosen', async () => {
    const { map } = await loadedMap();
    await mapReady(map, 3);
    markers(map).find((pin) => pin.dataset['place'] === 'club-room')!.click();
    await map.updateComplete;
    const current = places(map).filter((item) => item.getAttribute('aria-current'));
    expect(current.map((item) => item.dataset['place'])).to.deep.equal(['club-room']);

    const libraryItem = places(map).find((item) => item.dataset['place'] === 'main-library')!;
    libraryItem.querySelector<HTMLButtonElement>('button')!.click();
    await map.updateComplete;
    expect(popupText(map)).to.include('Turku Main Library');
    expect((shadow(map).activeElement as HTMLElement).dataset['place']).to.equal('main-library');
    expect(libraryItem.getAttribute('aria-current')).to.equal('location');
  });

  it('lets the keyboard reach a marker and open its popup', async () => {
    const { map } = await loadedMap();
    await mapReady(map, 3);
    const pin = markers(map).find((element) => element.dataset['place'] === 'market-square')!;
    pin.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popupText(map).includes('Market Square'), 'Enter opened no popup');
    shadow(map).querySelector<HTMLElement>('.leaflet-popup-close-button')!.click();
    await waitUntil(() => !popupText(map));
    pin.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => popupText(map).includes('Market Square'), 'Space opened no popup');
    // Escape closes it and leaves focus on its marker; also from a link inside the popup.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popupText(map), 'Escape did not close the popup');
    expect(shadow(map).activeElement, 'focus on the marker').to.equal(pin);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popupText(map).includes('Market Square'), 'Enter opened no popup again');
    [...shadow(map).querySelectorAll<HTMLElement>('.leaflet-popup-content a')].at(-1)!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popupText(map), 'Escape inside the popup did not close it');
    expect(shadow(map).activeElement, 'focus back on the marker').to.equal(pin);
  });

  it('does not trap page scrolling: the wheel zooms only after the map is focused or clicked', async () => {
    const { map } = await loadedMap();
    await mapReady(map, 3);
    const container = shadow(map).querySelector<HTMLElement>('[part="map"]')!;
    const wheel = () => {
      const event = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, clientX: 200, clientY: 150 });
      container.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(wheel(), 'the page scrolls past the map').to.equal(false);
    container.focus();
    expect(wheel(), 'the focused map zooms').to.equal(true);
    container.blur();
    expect(wheel(), 'the page scrolls again after the map lost focus').to.equal(false);
  });

  it('asks before loading the map in consent mode, requests no tile before the click, and can remember the choice', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles();
    localStorage.removeItem(consentStorageKey(tiles.url));
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" consent remember-consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(map);
    expect(places(map), 'the list is there from the start').to.have.length(3);
    expect(shadow(map).querySelector('[part="preview"]')!.textContent).to.include(location.host);
    await pause(300);
    expect(shadow(map).querySelector('.leaflet-container')).to.equal(null);
    expect(await tileRequests(tiles.id)).to.equal(0);

    shadow(map).querySelector<HTMLButtonElement>('[part="show-map"]')!.click();
    await mapReady(map, 3);
    expect(await tileRequests(tiles.id)).to.be.above(0);
    expect(shadow(map).activeElement, 'focus moves to the map').to.equal(shadow(map).querySelector('[part="map"]'));

    const again = await fixture<BalticLocationMap>(html`<baltic-location-map consent remember-consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(again);
    expect(shadow(again).querySelector('[part="show-map"]'), 'remembered').to.equal(null);
    again.scrollIntoView();
    await mapReady(again, 3);

    const notRemembering = await fixture<BalticLocationMap>(html`<baltic-location-map consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(notRemembering);
    expect(shadow(notRemembering).querySelector('[part="show-map"]'), 'without remember-consent it asks each time').to.exist;
  });

  it('does not remember the click without remember-consent', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles();
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(map);
    shadow(map).querySelector<HTMLButtonElement>('[part="show-map"]')!.click();
    await mapReady(map, 3);
    expect(localStorage.getItem(consentStorageKey(tiles.url))).to.equal(null);
  });

  it('falls back to the list alone, with a notice, when no tile can be loaded', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles({ fail: true });
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" consent="page" tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(map);
    await waitUntil(() => shadow(map).querySelector('[part="map-notice"]'), 'no notice', { timeout: 5000 });
    expect(shadow(map).querySelector('[part="map"]')).to.equal(null);
    expect(places(map)).to.have.length(3);
    expect(textOf(map)).to.include('Linnankatu 2');
    expect(await tileRequests(tiles.id)).to.be.above(0);
    await expect(map).to.be.accessible();
  });

  it('moves focus to the notice when the tiles fail after "Show map" was pressed by keyboard (not to the page\'s start)', async () => {
    const feed = await loadFixtureFeed();
    const tiles = localTiles({ fail: true });
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="ru" consent tile-url=${tiles.url} .feed=${feed}></baltic-location-map>`);
    await settled(map);
    const show = shadow(map).querySelector<HTMLButtonElement>('[part="show-map"]')!;
    show.focus();
    show.click();
    await waitUntil(() => shadow(map).querySelector('[part="map-notice"]'), 'no notice', { timeout: 5000 });
    await waitUntil(() => shadow(map).activeElement === shadow(map).querySelector('[part="map-notice"]'), `focus is on ${shadow(map).activeElement?.outerHTML.slice(0, 60) ?? 'the page'}`);
    expect(shadow(map).activeElement!.textContent).to.contain('Не удалось загрузить карту.');
  });

  it('puts the list under the map in a narrow column and beside it in a wide one', async () => {
    const { map, wrapper } = await loadedMap({ width: 360 });
    await mapReady(map, 3);
    const mapBox = () => shadow(map).querySelector('[part="map"]')!.getBoundingClientRect();
    const listBox = () => shadow(map).querySelector('[part="list"]')!.getBoundingClientRect();
    expect(listBox().top).to.be.at.least(mapBox().bottom);
    wrapper.style.width = '1000px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(listBox().left).to.be.at.least(mapBox().right);
  });

  it('beside the map, keeps the map\'s height however many places there are: the list scrolls, and a place chosen on the map or reached by Tab comes into its view', async () => {
    const feed = await loadFixtureFeed();
    const [first] = feed.locations;
    // Nine places around the first one: a list several times taller than the map.
    feed.locations = Array.from({ length: 9 }, (_, index) => ({
      ...structuredClone(first),
      id: `place-${index}`,
      name: `Place ${index + 1}`,
      geo: { lat: first.geo.lat + index * 0.002, lon: first.geo.lon + index * 0.003 },
    }));
    const { map } = await loadedMap({ width: 1000, feed });
    await mapReady(map, 9);
    const part = (name: string) => shadow(map).querySelector<HTMLElement>(`[part="${name}"]`)!;
    const mapHeight = part('map').getBoundingClientRect().height;
    expect(map.getBoundingClientRect().height, 'the widget is as tall as its map').to.be.closeTo(mapHeight, 1);
    const list = part('list');
    expect(list.scrollHeight, 'the places do not fit beside the map').to.be.above(2 * list.clientHeight);

    // The last place, chosen on the map, is scrolled into the list's view.
    markers(map)[8]!.click();
    const last = places(map)[8]!;
    await waitUntil(() => last.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 1 && last.getBoundingClientRect().top >= list.getBoundingClientRect().top - 1, 'the chosen place did not come into the list\'s view', { timeout: 3000 });

    // By keyboard: each link of a place further down scrolls the list to it when it takes focus.
    list.scrollTop = 0;
    const link = places(map)[6]!.querySelector<HTMLAnchorElement>('a[href]')!;
    link.focus();
    const box = link.getBoundingClientRect();
    expect(box.top >= list.getBoundingClientRect().top && box.bottom <= list.getBoundingClientRect().bottom, 'a focused link is in the list\'s view').to.equal(true);
  });

  it('says so when there is no place to show', async () => {
    const feed = await loadFixtureFeed();
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" event-id="no-such-event" .feed=${feed}></baltic-location-map>`);
    await settled(map);
    expect(shadow(map).querySelector('[part="empty"]')).to.exist;
    await expect(map).to.be.accessible();
    const noLocations = await fixture<BalticLocationMap>(html`<baltic-location-map .feed=${{ version: 1, locations: [] }}></baltic-location-map>`);
    await settled(noLocations);
    expect(shadow(noLocations).querySelector('[part="empty"]')).to.exist;
  });

  it('shows a skeleton of the final size while loading, and an error when the feed fails', async () => {
    const loading = await fixture<BalticLocationMap>(html`<baltic-location-map timeout="2000" src=${mockUrl('hang')}></baltic-location-map>`);
    expect(shadow(loading).querySelector('[aria-busy="true"] .skeleton.preview')).to.exist;
    await expect(loading).to.be.accessible();
    const failed = await fixture<BalticLocationMap>(html`<baltic-location-map lang="en" src=${mockUrl('status', { code: '500' })}></baltic-location-map>`);
    await settled(failed, 'error');
    expect(shadow(failed).querySelector('[part="error"]')!.textContent).to.include('places could not be loaded');
    await expect(failed).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme with the map loaded, a popup open, and in consent mode`, async () => {
      for (const width of [360, 1000]) {
        const { map } = await loadedMap({ width, theme });
        await mapReady(map, 3);
        markers(map)[0]!.click();
        await waitUntil(() => popupText(map));
        await expect(map).to.be.accessible();
      }
      const feed = await loadFixtureFeed();
      const consent = await fixture<BalticLocationMap>(html`<baltic-location-map consent remember-consent theme=${theme} .feed=${feed}></baltic-location-map>`);
      await settled(consent);
      await expect(consent).to.be.accessible();
    });
  }
});

describe('baltic-location-map on a phone', () => {
  afterEach(() => localStorage.clear());
  const within = (inner: DOMRect, outer: DOMRect) =>
    inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

  for (const width of [320, 375, 414]) {
    it(`${width} px, Russian: the busiest place's popup stays inside the map, its name and close button in view`, async () => {
      const feed = await loadFixtureFeed();
      const counts = new Map<string, number>();
      for (const event of feed.events) counts.set(event.location, (counts.get(event.location) ?? 0) + 1);
      const busiest = [...counts].filter(([id]) => feed.locations.some((location: any) => location.id === id && location.geo)).sort((a, b) => b[1] - a[1])[0]![0];
      const { map } = await loadedMap({ width, lang: 'ru', feed });
      await mapReady(map, 3);
      map.showPlace(busiest);
      await waitUntil(() => popupText(map), 'the popup opens', { timeout: 5000 });
      await waitUntil(() => !shadow(map).querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'), 'the map settles', { timeout: 5000 });
      const mapBox = shadow(map).querySelector('.map')!.getBoundingClientRect();
      const popups = [...shadow(map).querySelectorAll('.leaflet-popup')];
      const popup = popups.at(-1)!;
      expect(within(popup.querySelector('.popup__name')!.getBoundingClientRect(), mapBox), 'the place\'s name').to.equal(true);
      expect(within(popup.querySelector('.leaflet-popup-close-button')!.getBoundingClientRect(), mapBox), 'the close button').to.equal(true);
      expect(popup.querySelector('.leaflet-popup-content-wrapper')!.getBoundingClientRect().height, 'never taller than the map').to.be.at.most(mapBox.height);
    });

    it(`${width} px, Russian: the consent notice is whole inside its preview, with the remembered note, also with WCAG 1.4.12 text spacing`, async () => {
      const feed = await loadFixtureFeed();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><baltic-location-map lang="ru" consent remember-consent .feed=${feed}></baltic-location-map></div>`);
      const map = wrapper.querySelector('baltic-location-map')!;
      await settled(map);
      const whole = (label: string) => {
        const preview = shadow(map).querySelector('[part="preview"]')!.getBoundingClientRect();
        for (const element of shadow(map).querySelectorAll('.consent, .consent p, [part="show-map"]')) {
          expect(within(element.getBoundingClientRect(), preview), `${label}: ${element.textContent!.trim()}`).to.equal(true);
        }
      };
      whole('as is');
      expect(shadow(map).querySelector('.consent')!.textContent).to.include('сохраняется на этом сайте');
      const style = document.createElement('style');
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
      shadow(map).append(style);
      whole('with text spacing');
    });
  }

  it('375 px: under the map, the first two places and "Show all places (n)"; it shows the rest and moves the focus to the first of them; a marker of a hidden place shows them too', async () => {
    const visible = (map: BalticLocationMap) => places(map).filter((item) => item.getBoundingClientRect().height > 0).map((item) => item.dataset['place']);
    const { map, feed } = await loadedMap({ width: 375 });
    const ids = feed.locations.map((location: any) => location.id);
    expect(ids.length, 'the fixture has more than two places').to.be.above(2);
    expect(visible(map)).to.deep.equal(ids.slice(0, 2));
    const button = shadow(map).querySelector<HTMLButtonElement>('[part="show-all-places"]')!;
    expect(button.textContent!.trim()).to.equal(`Show all places (${ids.length})`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(visible(map)).to.deep.equal(ids);
    expect(Boolean(shadow(map).querySelector('[part="show-all-places"]')), 'the button is gone').to.equal(false);
    expect((shadow(map).activeElement as HTMLElement).textContent!.trim()).to.equal(feed.locations[2].name.en);

    // Wide, every place is listed beside the map (the list scrolls) and the button is not shown.
    const wide = await loadedMap({ width: 1000 });
    expect(visible(wide.map)).to.deep.equal(ids);
    expect(shadow(wide.map).querySelector('[part="show-all-places"]')?.getBoundingClientRect().height ?? 0, 'the button is not shown').to.equal(0);

    // Choosing on the map a place the list hides shows the whole list, that place marked.
    const other = await loadedMap({ width: 375 });
    await mapReady(other.map, 3);
    const hidden = feed.locations.find((location: any, index: number) => index >= 2 && location.geo).id;
    markers(other.map).find((pin) => pin.dataset['place'] === hidden)!.click();
    await other.map.updateComplete;
    expect(visible(other.map)).to.deep.equal(ids);
    expect(places(other.map).find((item) => item.getAttribute('aria-current'))!.dataset['place']).to.equal(hidden);
  });

  it('in Russian and Finnish the button says so in the visitor\'s language', async () => {
    for (const [lang, words] of [['ru', 'Показать все места'], ['fi', 'Näytä kaikki paikat']] as const) {
      const { map, feed } = await loadedMap({ width: 375, lang });
      expect(shadow(map).querySelector('[part="show-all-places"]')!.textContent!.trim()).to.equal(`${words} (${feed.locations.length})`);
    }
  });

  it('underlines the credit link in dark, its text at 4.5:1; places are headings of level 2 by default (a page with an <h1> only)', async () => {
    const { map } = await loadedMap({ width: 375, theme: 'dark' });
    await mapReady(map, 3);
    const link = shadow(map).querySelector<HTMLElement>('.leaflet-control-attribution a')!;
    expect(getComputedStyle(link).textDecorationLine).to.include('underline');
    expect(textContrast(link)).to.be.at.least(4.5);
    for (const name of shadow(map).querySelectorAll('[part="place-name"]')) expect(name.getAttribute('aria-level')).to.equal('2');
  });
});
