/**
 * What a visitor sees of one place and one price is the same in every widget and in the .ics:
 * the directions links, the address, the price. Expected values are written out by hand (an
 * oracle independent of `src/presentation/`); the .ics is read back with ical.js.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/location-map/define.js';
import '../../src/components/org-card/define.js';
import '../../src/components/schedule/define.js';
import type { BalticEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { BalticLocationMap } from '../../src/components/location-map/location-map.js';
import type { BalticOrgCard } from '../../src/components/org-card/org-card.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import { validateFeed } from '../../src/feed/validate.js';
import { buildCalendarFile } from '../../src/ics/calendar-file.js';
import { readIcs } from './add-to-calendar-helpers.js';
import { settled, shadow, waitUntil } from './helpers.js';

const address = { street: 'Linnankatu 2', postalCode: '20100', city: 'Turku', country: 'Finland' };
const feed = {
  version: 1,
  timeZone: 'Europe/Helsinki',
  organization: { name: 'Baltic Region ry', address },
  categories: [{ id: 'arts', name: 'Arts', color: '#8a3ffc' }],
  locations: [{ id: 'room', name: 'Club room', address, geo: { lat: 60.4495, lon: 22.265 } }],
  events: [
    {
      id: 'concert',
      title: 'Advent concert',
      start: '2026-12-05T18:00',
      end: '2026-12-05T19:30',
      location: 'room',
      category: 'arts',
      price: { amount: 12.5, currency: 'EUR', note: 'at the door' },
    },
  ],
  schedule: [
    {
      id: 'studio',
      title: 'Art studio',
      category: 'arts',
      location: 'room',
      days: ['wed'],
      start: '16:00',
      end: '17:30',
      price: { amount: 12.5, currency: 'EUR', note: 'at the door' },
    },
  ],
};

/** Written out by hand: Google Maps first (what most visitors in Finland use), then Apple Maps, OpenStreetMap, the phone's app. */
const DIRECTIONS = [
  ['Google Maps', 'https://www.google.com/maps/dir/?api=1&destination=60.4495%2C22.265'],
  ['Apple Maps', 'https://maps.apple.com/?daddr=60.4495%2C22.265'],
  ['OpenStreetMap', 'https://www.openstreetmap.org/directions?route=%3B60.4495%2C22.265'],
  ['Navigation app', 'geo:60.4495,22.265'],
];
const ADDRESS = 'Linnankatu 2, 20100 Turku, Finland';
const PRICE = '€12.50 (at the door)';

const directionsIn = (root: ParentNode) =>
  [...root.querySelector('[part="directions-links"]')!.querySelectorAll('a')].map((link) => [link.textContent!.trim(), link.getAttribute('href')]);
/** An address element's lines (its `<br>`s) on one line, as the .ics writes it. */
const addressIn = (root: ParentNode) => (root.querySelector('.address, address') as HTMLElement).innerText.split('\n').map((line) => line.trim()).filter(Boolean).join(', ');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function calendarDetails(lang = 'en'): Promise<HTMLDialogElement> {
  const calendar = await fixture<BalticEventCalendar>(html`<baltic-event-calendar .feed=${feed} lang=${lang} date="2026-12" view="month"></baltic-event-calendar>`);
  await settled(calendar);
  await waitUntil(() => !shadow(calendar).querySelector('.sk-view') && shadow(calendar).querySelector('[part~="event"][data-key="concert"]'), 'the calendar shows the event', { timeout: 5000 });
  shadow(calendar).querySelector<HTMLElement>('[part~="event"][data-key="concert"]')!.click();
  await waitUntil(() => shadow(calendar).querySelector('dialog')?.open && shadow(calendar).querySelector('dialog [part="directions-links"]'), 'the details open', { timeout: 5000 });
  return shadow(calendar).querySelector('dialog')!;
}

/** The schedule in a 1000 px column on 1 December 2026, showing `shown`, settled. */
async function scheduleOf(shown: object, lang: string): Promise<BalticSchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const schedule = document.createElement('baltic-schedule') as BalticSchedule;
  Object.assign(schedule, { lang, now: Date.parse('2026-12-01T10:00Z'), feed: shown });
  wrapper.append(schedule);
  await settled(schedule);
  return schedule;
}

async function scheduleDetails(lang = 'en'): Promise<HTMLElement> {
  const schedule = await scheduleOf(feed, lang);
  await waitUntil(() => shadow(schedule).querySelector('button.session'), 'the schedule shows the session', { timeout: 5000 });
  shadow(schedule).querySelector<HTMLButtonElement>('button.session')!.click();
  await waitUntil(() => shadow(schedule).querySelector('[part="details"] [part="directions-links"]'), 'the details open', { timeout: 5000 });
  return shadow(schedule).querySelector<HTMLElement>('[part="details"]')!;
}

const everyWidget = (address: string) => ({ map: address, card: address, calendar: address, schedule: address });

/** The address as each widget shows it to a visitor reading `lang`. */
async function addressesIn(lang: string): Promise<Record<string, string>> {
  const map = await fixture<BalticLocationMap>(html`<baltic-location-map .feed=${feed} lang=${lang}></baltic-location-map>`);
  await settled(map);
  await waitUntil(() => shadow(map).querySelector('[part="place"] address'), 'the map lists the place', { timeout: 5000 });
  const card = await fixture<BalticOrgCard>(html`<baltic-org-card .feed=${feed} lang=${lang}></baltic-org-card>`);
  await settled(card);
  return {
    map: addressIn(shadow(map).querySelector('[part="place"]')!),
    card: addressIn(shadow(card).querySelector('[part="contact"]')!),
    calendar: addressIn(await calendarDetails(lang)),
    schedule: addressIn(await scheduleDetails(lang)),
  };
}

describe('presentation: the same place and price in every widget and in the .ics', () => {
  it('the directions links: the same services, in the same order, to the same coordinates', async () => {
    const map = await fixture<BalticLocationMap>(html`<baltic-location-map .feed=${feed} lang="en"></baltic-location-map>`);
    await settled(map);
    await waitUntil(() => shadow(map).querySelector('[part="place"]'), 'the map lists the place', { timeout: 5000 });
    expect(directionsIn(shadow(map).querySelector('[part="place"]')!), 'location map').to.deep.equal(DIRECTIONS);
    expect(directionsIn(await calendarDetails()), 'calendar details').to.deep.equal(DIRECTIONS);
    expect(directionsIn(await scheduleDetails()), 'schedule details').to.deep.equal(DIRECTIONS);
  });

  it('the address: one text in every widget and in the .ics LOCATION', async () => {
    expect(await addressesIn('en')).to.deep.equal(everyWidget(ADDRESS));

    const validation = validateFeed(feed);
    if (!validation.ok) throw new Error('the test feed is invalid');
    const valid = validation.feed;
    const events = readIcs(await buildCalendarFile(valid, { lang: 'en', events: valid.events, activities: valid.schedule, now: Date.parse('2026-12-01T10:00Z') }));
    expect(events.length, 'the event and the weekly activity').to.equal(2);
    for (const event of events) expect(event.location, event.summary).to.equal(`Club room, ${ADDRESS}`);
  });

  it('the address: the country in the visitor\'s language in every widget (WCAG 3.1.2)', async () => {
    expect(await addressesIn('ru')).to.deep.equal(everyWidget('Linnankatu 2, 20100 Turku, Финляндия'));
  });

  it('the price: one rule and one text in the calendar and the schedule, in the visitor\'s language', async () => {
    const dialog = await calendarDetails();
    const calendarPrice = [...dialog.querySelectorAll('.fact')].find((fact) => fact.querySelector('dt')!.textContent!.trim() === 'Price')!;
    expect(squash(calendarPrice.querySelector('dd')!.textContent!), 'calendar').to.equal(PRICE);
    const details = await scheduleDetails();
    const schedulePrice = [...details.querySelectorAll('.facts__row')].find((row) => row.querySelector('dt')!.textContent!.trim() === 'Price')!;
    expect(squash(schedulePrice.querySelector('dd')!.textContent!), 'schedule').to.equal(PRICE);
  });

  it('"free" is one message: the same word in the calendar and the schedule, translated', async () => {
    const free = structuredClone(feed);
    free.events[0]!.price = { amount: 0, currency: 'EUR' } as never;
    free.schedule[0]!.price = { amount: 0, currency: 'EUR' } as never;
    const calendar = await fixture<BalticEventCalendar>(html`<baltic-event-calendar .feed=${free} lang="fi" date="2026-12" view="month"></baltic-event-calendar>`);
    await settled(calendar);
    await waitUntil(() => shadow(calendar).querySelector('[part~="event"][data-key="concert"]'), 'the calendar shows the event', { timeout: 5000 });
    shadow(calendar).querySelector<HTMLElement>('[part~="event"][data-key="concert"]')!.click();
    await waitUntil(() => shadow(calendar).querySelector('dialog')?.open && shadow(calendar).querySelector('dialog .fact'), 'the details open', { timeout: 5000 });
    const calendarFacts = [...shadow(calendar).querySelectorAll('dialog .fact')].map((fact) => `${squash(fact.querySelector('dt')!.textContent!)}: ${squash(fact.querySelector('dd')!.textContent!)}`);
    expect(calendarFacts).to.include('Hinta: Maksuton');

    const schedule = await scheduleOf(free, 'fi');
    await waitUntil(() => shadow(schedule).querySelector('button.session'), 'the schedule shows the session', { timeout: 5000 });
    shadow(schedule).querySelector<HTMLButtonElement>('button.session')!.click();
    await waitUntil(() => shadow(schedule).querySelector('[part="details"] .facts__row'), 'the details open', { timeout: 5000 });
    const scheduleFacts = [...shadow(schedule).querySelectorAll('[part="details"] .facts__row')].map((row) => `${squash(row.querySelector('dt')!.textContent!)}: ${squash(row.querySelector('dd')!.textContent!)}`);
    expect(scheduleFacts).to.include('Hinta: Maksuton');
  });

  it('a cancelled event and a cancelled session say so in one style: the same colour and weight in the list, the week and both details', async () => {
    const cancelledFeed = structuredClone(feed) as typeof feed & { events: Array<{ status?: string }>; schedule: Array<{ exceptions?: unknown[] }> };
    cancelledFeed.events[0]!.status = 'cancelled';
    cancelledFeed.schedule[0]!.exceptions = [{ date: '2026-12-02', note: 'Christmas break' }];
    const styleOf = (element: Element | null | undefined) => {
      expect(element, 'the status word is shown').to.exist;
      const style = getComputedStyle(element!);
      return `${style.color} ${style.fontWeight} ${style.textTransform}`;
    };

    const calendar = await fixture<BalticEventCalendar>(html`<baltic-event-calendar .feed=${cancelledFeed} lang="en" date="2026-12-05" view="list"></baltic-event-calendar>`);
    await settled(calendar);
    await waitUntil(() => shadow(calendar).querySelector('[part~="event"][data-key="concert"] .occurrence__status'), 'the list shows the cancelled event', { timeout: 5000 });
    const listed = shadow(calendar).querySelector('[part~="event"][data-key="concert"] .occurrence__status')!;
    expect(listed.textContent!.trim()).to.equal('cancelled');
    const seen = styleOf(listed);
    shadow(calendar).querySelector<HTMLElement>('[part~="event"][data-key="concert"]')!.click();
    await waitUntil(() => shadow(calendar).querySelector('dialog')?.open, 'the details open', { timeout: 5000 });
    expect(styleOf(shadow(calendar).querySelector('dialog [part="status"]')), 'the calendar details').to.equal(seen);

    const schedule = await scheduleOf(cancelledFeed, 'en');
    await waitUntil(() => shadow(schedule).querySelector('.session__cancelled'), 'the week shows the cancelled session', { timeout: 5000 });
    expect(styleOf(shadow(schedule).querySelector('.session__cancelled')), 'the schedule week').to.equal(seen);
    shadow(schedule).querySelector<HTMLButtonElement>('button.session')!.click();
    await waitUntil(() => shadow(schedule).querySelector('[part="details"] .details__cancelled'), 'the details open', { timeout: 5000 });
    const sessionDetails = shadow(schedule).querySelector('[part="details"] .details__cancelled')!;
    expect(getComputedStyle(sessionDetails).color, 'the schedule details').to.equal(getComputedStyle(listed).color);
    expect(getComputedStyle(sessionDetails).fontWeight, 'the schedule details').to.equal(getComputedStyle(listed).fontWeight);
    expect(Number(getComputedStyle(listed).fontWeight), 'a status word stands out from its title').to.be.greaterThan(Number(getComputedStyle(shadow(calendar).querySelector('[part~="event"][data-key="concert"] .occurrence__title')!).fontWeight));
  });

  it('the category colour: one colour in the calendar and the schedule, and a changed feed changes it in both', async () => {
    const colourOf = (element: Element | null) => getComputedStyle(element!).getPropertyValue('--cat').trim();
    const calendar = await fixture<BalticEventCalendar>(html`<baltic-event-calendar .feed=${feed} lang="en" date="2026-12" view="month"></baltic-event-calendar>`);
    await settled(calendar);
    await waitUntil(() => shadow(calendar).querySelector('[part~="event"][data-key="concert"]'), 'the calendar shows the event', { timeout: 5000 });
    expect(colourOf(shadow(calendar).querySelector('[part~="event"][data-key="concert"]')), 'calendar').to.equal('#8a3ffc');

    const schedule = await scheduleOf(feed, 'en');
    await waitUntil(() => shadow(schedule).querySelector('[part="block"]'), 'the schedule shows the session', { timeout: 5000 });
    expect(colourOf(shadow(schedule).querySelector('[part="block"]')), 'schedule block').to.equal('#8a3ffc');
    expect(colourOf(shadow(schedule).querySelector('[part="legend"] li')), 'schedule legend').to.equal('#8a3ffc');
    expect(getComputedStyle(shadow(schedule).querySelector('[part="legend"] .legend__swatch')!).backgroundColor, 'the swatch shows it').to.equal('rgb(138, 63, 252)');

    const green = structuredClone(feed);
    green.categories[0]!.color = '#1a7f37';
    calendar.feed = green;
    schedule.feed = green;
    await waitUntil(() => colourOf(shadow(calendar).querySelector('[part~="event"][data-key="concert"]')) === '#1a7f37', 'the calendar takes the new colour', { timeout: 5000 });
    await waitUntil(() => colourOf(shadow(schedule).querySelector('[part="block"]')) === '#1a7f37', 'the schedule takes the new colour', { timeout: 5000 });
    const categorySheets = (root: ShadowRoot) => root.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('data-cat')));
    expect(categorySheets(shadow(calendar)).length, 'the earlier colours are gone from the calendar').to.equal(1);
    expect(categorySheets(shadow(schedule)).length, 'the earlier colours are gone from the schedule').to.equal(1);
  });
});
