import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/add-to-calendar/define.js';
import type { BalticAddToCalendar } from '../../src/components/add-to-calendar/add-to-calendar.js';
import { loadFixtureFeed, mockUrl, settled, shadow, waitUntil } from './helpers.js';
import { catchDownload, menuItems, openMenu, readIcs, stopNavigation, trigger } from './add-to-calendar-helpers.js';

const CONCERT = '2026-12-advent-concert';
// 2026-12-05 18:00–19:30 in Helsinki (EET, UTC+2).
const CONCERT_START = Date.parse('2026-12-05T16:00:00Z');
const CONCERT_END = Date.parse('2026-12-05T17:30:00Z');

async function button(template: ReturnType<typeof html>): Promise<BalticAddToCalendar> {
  const element = await fixture<BalticAddToCalendar>(template);
  await settled(element);
  return element;
}

const focused = (element: BalticAddToCalendar) => element.shadowRoot!.activeElement as HTMLElement | null;
/** Compares identities (chai would print whole elements, with their feeds, on a failure). */
const expectFocus = (element: BalticAddToCalendar, expected: Element | null | undefined, message?: string) =>
  expect(focused(element) === expected, `${message ?? 'focus'}: on ${focused(element)?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(true);

describe('baltic-add-to-calendar', () => {
  let restoreNavigation: () => void;
  beforeEach(() => (restoreNavigation = stopNavigation()));
  afterEach(() => restoreNavigation());

  it('renders one compact button named after the event, with no menu until it is opened', async () => {
    const feed = await loadFixtureFeed();
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id=${CONCERT}></baltic-add-to-calendar>`);
    const root = trigger(element);
    expect(root.getAttribute('aria-haspopup')).to.equal('menu');
    expect(root.getAttribute('aria-expanded')).to.equal('false');
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to calendar');
    // One string, no space before the colon (a visually hidden part used to add one).
    expect(root.getAttribute('aria-label')).to.equal(`Add to calendar: ${feed.events[0].title.en}`);
    expect(menuItems(element)).to.have.length(0);
    expect(element.getBoundingClientRect().height).to.be.below(60);
    await expect(element).to.be.accessible();
  });

  it('while loading, shows a placeholder no taller than the button', async () => {
    const element = await fixture<BalticAddToCalendar>(html`<baltic-add-to-calendar lang="en" src=${mockUrl('hang')} event-id=${CONCERT}></baltic-add-to-calendar>`);
    await element.updateComplete;
    const placeholder = shadow(element).querySelector('.skeleton')!;
    expect(placeholder).to.exist;
    const loaded = await button(html`<baltic-add-to-calendar lang="en" .feed=${await loadFixtureFeed()} event-id=${CONCERT}></baltic-add-to-calendar>`);
    expect(element.getBoundingClientRect().height).to.be.at.most(loaded.getBoundingClientRect().height + 1);
  });

  it('an id that is not in the feed, or a cancelled event: a disabled button that says why', async () => {
    const feed = await loadFixtureFeed();
    const missing = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id="no-such-event"></baltic-add-to-calendar>`);
    expect(trigger(missing).getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(missing).getElementById(trigger(missing).getAttribute('aria-describedby')!)!.textContent).to.equal('This event is no longer in the calendar.');
    trigger(missing).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(menuItems(missing)).to.have.length(0);
    await expect(missing).to.be.accessible();
    const cancelled = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id="2026-12-christmas-lecture"></baltic-add-to-calendar>`);
    expect(trigger(cancelled).getAttribute('aria-disabled')).to.equal('true');
    expect(trigger(cancelled).title).to.equal('This event is cancelled.');
  });

  it('an event or activity that is in the feed with a broken date: says that, not that it is gone', async () => {
    const feed = await loadFixtureFeed();
    const event = structuredClone(feed.events[0]);
    Object.assign(event, { id: 'broken-date', start: '2026-02-31T18:00' });
    delete event.end;
    const activity = { ...structuredClone(feed.schedule[0]), id: 'broken-times', start: '25:00' };
    feed.events.push(event);
    feed.schedule.push(activity);
    const reason = (element: BalticAddToCalendar) => shadow(element).getElementById(trigger(element).getAttribute('aria-describedby')!)!.textContent;
    const brokenEvent = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id="broken-date"></baltic-add-to-calendar>`);
    expect(trigger(brokenEvent).getAttribute('aria-disabled')).to.equal('true');
    expect(reason(brokenEvent)).to.equal('The date of this event is wrong in the calendar data, so it cannot be added to your calendar.');
    const brokenActivity = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} activity-id="broken-times"></baltic-add-to-calendar>`);
    expect(reason(brokenActivity)).to.equal('The times of this activity are wrong in the schedule data, so it cannot be added to your calendar.');
    const gone = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id="never-there"></baltic-add-to-calendar>`);
    expect(reason(gone)).to.equal('This event is no longer in the calendar.');
  });

  it('a feed that fails to load: a disabled button, not an error box', async () => {
    const element = await fixture<BalticAddToCalendar>(html`<baltic-add-to-calendar lang="en" src=${mockUrl('status', { code: '404' })} event-id=${CONCERT}></baltic-add-to-calendar>`);
    await settled(element, 'error');
    expect(trigger(element).getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(element).querySelector('.state')).to.equal(null);
  });

  it('the menu offers the file, the four web calendars and the subscriptions, axe-clean in light and dark', async () => {
    const feed = await loadFixtureFeed();
    for (const theme of ['light', 'dark']) {
      const element = await button(html`<baltic-add-to-calendar lang="en" theme=${theme} src=${mockUrl('feed')} event-id=${CONCERT}></baltic-add-to-calendar>`);
      const items = await openMenu(element);
      expect(items.map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Apple Calendar, Outlook or other app.ics',
        'Google Calendar',
        'Outlook.com',
        'Microsoft 365',
        'Yahoo Calendar',
        'Subscribe to all eventswebcal',
        'Subscribe in Google Calendar',
      ]);
      expect(trigger(element).getAttribute('aria-expanded')).to.equal('true');
      const menu = shadow(element).getElementById(trigger(element).getAttribute('aria-controls')!)!;
      expect(menu.getAttribute('role')).to.equal('menu');
      await expect(element).to.be.accessible();
      // The subscription is the feed's published calendar, resolved against the feed's URL, as webcal://.
      const feedUrl = new URL(element.src!, location.href);
      const webcal = new URL(feed.calendar.ics, feedUrl).href.replace(/^https?:/, 'webcal:');
      expect(items[5]!.getAttribute('href')).to.equal(webcal);
      const google = new URL(items[6]!.getAttribute('href')!);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/r');
      expect(google.searchParams.get('cid')).to.equal(webcal);
    }
  });

  it('web links carry the right start, end, title, place and description (decoded, not string-matched)', async () => {
    const feed = await loadFixtureFeed();
    const event = feed.events.find((item: any) => item.id === CONCERT);
    const location = feed.locations.find((item: any) => item.id === event.location);
    const element = await button(html`<baltic-add-to-calendar lang="ru" .feed=${feed} event-id=${CONCERT}></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    const href = (name: string) => new URL(items.find((item) => item.textContent!.includes(name))!.getAttribute('href')!);
    const place = `${location.name.ru}, ${location.address.street}, ${location.address.postalCode} ${location.address.city}`;

    const google = href('Google Calendar').searchParams;
    expect(google.get('action')).to.equal('TEMPLATE');
    expect(google.get('text')).to.equal(event.title.ru);
    expect(google.get('dates')).to.equal('20261205T160000Z/20261205T173000Z');
    expect(google.get('ctz')).to.equal('Europe/Helsinki');
    expect(google.get('location')).to.equal(place);
    expect(google.get('details')).to.contain((event.description?.ru ?? event.summary.ru).slice(0, 40));

    for (const name of ['Outlook.com', 'Microsoft 365']) {
      const link = href(name);
      expect(link.hostname).to.equal(name === 'Outlook.com' ? 'outlook.live.com' : 'outlook.office.com');
      expect(Date.parse(link.searchParams.get('startdt')!)).to.equal(CONCERT_START);
      expect(Date.parse(link.searchParams.get('enddt')!)).to.equal(CONCERT_END);
      expect(link.searchParams.get('subject')).to.equal(event.title.ru);
      expect(link.searchParams.get('location')).to.equal(place);
      expect(link.searchParams.get('allday')).to.equal('false');
    }
    const yahoo = href('Yahoo').searchParams;
    expect([yahoo.get('st'), yahoo.get('et')]).to.deep.equal(['20261205T160000Z', '20261205T173000Z']);
    expect(yahoo.get('title')).to.equal(event.title.ru);
    expect(yahoo.get('in_loc')).to.equal(place);
  });

  it('all-day, multi-day events: dates with the end the day after the last day; Yahoo 00:00 to 23:59 local', async () => {
    const feed = await loadFixtureFeed();
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id="2026-12-holiday-day-camp"></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    const href = (name: string) => new URL(items.find((item) => item.textContent!.includes(name))!.getAttribute('href')!).searchParams;
    expect(href('Google').get('dates')).to.equal('20261228/20261231');
    expect([href('Outlook.com').get('startdt'), href('Outlook.com').get('enddt'), href('Outlook.com').get('allday')]).to.deep.equal(['2026-12-28', '2026-12-31', 'true']);
    // Yahoo's all-day events last one day: 28 Dec 00:00 to 30 Dec 23:59 in Helsinki (EET).
    expect([href('Yahoo').get('st'), href('Yahoo').get('et'), href('Yahoo').get('dur')]).to.deep.equal(['20261227T220000Z', '20261230T215900Z', null]);
    const { text } = await catchDownload(() => items[0]!.click());
    const [read] = readIcs(text);
    expect([read!.start, read!.end]).to.deep.equal(['2026-12-28', '2026-12-31']);
  });

  it('keyboard: arrows, Home/End, type-ahead, Esc returns focus, Tab closes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><baltic-add-to-calendar lang="en" .feed=${await loadFixtureFeed()} event-id=${CONCERT}></baltic-add-to-calendar><button id="after">After</button></div>`,
    );
    const element = wrapper.querySelector('baltic-add-to-calendar')!;
    await settled(element);
    trigger(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => menuItems(element).length > 0 && focused(element) === menuItems(element)[0], 'ArrowDown opens the menu on its first entry', { timeout: 5000 });
    const items = menuItems(element);
    await sendKeys({ press: 'ArrowDown' });
    expectFocus(element, items[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expectFocus(element, items.at(-1), 'ArrowUp wraps to the last entry');
    await sendKeys({ press: 'Home' });
    expectFocus(element, items[0]);
    await sendKeys({ press: 'End' });
    expectFocus(element, items.at(-1));
    await sendKeys({ press: 'y' });
    expect(focused(element)!.textContent).to.contain('Yahoo');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(menuItems(element)).to.have.length(0);
    expectFocus(element, trigger(element));
    expect(trigger(element).getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focused(element) === menuItems(element).at(-1), 'ArrowUp opens the menu on its last entry', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(menuItems(element), 'Tab closes the menu').to.have.length(0);
    expect(document.activeElement === wrapper.querySelector('#after'), 'Tab moves on to what follows the widget').to.equal(true);

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocus(element, trigger(element));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element) === menuItems(element)[0], 'Enter opens the menu on its first entry', { timeout: 5000 });
  });

  it('a click outside closes the menu', async () => {
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${await loadFixtureFeed()} event-id=${CONCERT}></baltic-add-to-calendar>`);
    await openMenu(element);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(menuItems(element)).to.have.length(0);
  });

  it('fires baltic-add-to-calendar with the target and the id', async () => {
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${await loadFixtureFeed()} event-id=${CONCERT}></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    setTimeout(() => items[1]!.click());
    const event = await oneEvent(element, 'baltic-add-to-calendar');
    expect(event.detail).to.deep.equal({ target: 'google', eventId: CONCERT });
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('saves an .ics file named after the event, at the right instants, in the chosen language', async () => {
    const feed = await loadFixtureFeed();
    const element = await button(html`<baltic-add-to-calendar lang="ru" .feed=${feed} event-id=${CONCERT}></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    const chosen = oneEvent(element, 'baltic-add-to-calendar');
    const { text, fileName } = await catchDownload(() => items[0]!.click());
    expect((await chosen).detail.target).to.equal('ics');
    expect(fileName.endsWith('.ics')).to.equal(true);
    expect(fileName).to.contain(feed.events[0].title.ru.split(' ')[0]);
    const [read] = readIcs(text);
    expect(read!.summary).to.equal(feed.events[0].title.ru);
    expect([read!.start, read!.end]).to.deep.equal([CONCERT_START, CONCERT_END]);
    expect(read!.tzid).to.equal('Europe/Helsinki');
    // Announced in the widget's language (Russian here); the English text is checked in the time-zone tests.
    await waitUntil(() => shadow(element).querySelector('[role="status"]')!.textContent!.trim() !== '', 'the saved file is announced', { timeout: 5000 });
    expectFocus(element, trigger(element));
  });

  it('a weekly activity: the file carries the rule; the web calendars get what their links can take, and the note says exactly what', async () => {
    const feed = await loadFixtureFeed();
    const activity = feed.schedule.find((item: any) => item.id === 'literature-club');
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} activity-id="literature-club"></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    await expect(element).to.be.accessible();
    const { text } = await catchDownload(() => items[0]!.click());
    expect(text).to.match(/\r\nRRULE:FREQ=WEEKLY;[^\r]*\r\n/);
    const rule = /\r\nRRULE:(FREQ=WEEKLY;[^\r]*)\r\n/.exec(text)![1]!.split(";");
    expect(rule).to.include("BYDAY=TH");
    expect(rule.some((part) => /^UNTIL=\d{8}T\d{6}Z$/.test(part))).to.equal(true);
    expect(text.replace(/\r\n /g, '')).to.contain('EXDATE;TZID=Europe/Helsinki:20261224T180000,20261231T180000,20270225T180000');
    const [read] = readIcs(text);
    // Thursdays at 18:00 Helsinki: 16:00 UTC in winter, 15:00 UTC in summer; never on the breaks.
    expect(read!.occurrences![0]).to.equal(Date.parse('2026-09-03T15:00:00Z'));
    expect(read!.occurrences).to.include(Date.parse('2026-12-17T16:00:00Z'));
    expect(read!.occurrences).not.to.include(Date.parse('2026-12-24T16:00:00Z'));
    expect(activity.exceptions).to.have.length(3);
  });

  it('a weekly club with breaks still to come: Google gets the series from its next session and the note names the breaks; the others get the next session', async () => {
    const feed = await loadFixtureFeed();
    const club = feed.schedule.find((item: any) => item.id === 'literature-club');
    // Far ahead, so that the next session is the first one whatever day the test runs: Thursdays from 5 January 2090, a break on the 12th.
    Object.assign(club, { seasonStart: '2090-01-01', seasonEnd: '2090-03-31', exceptions: [{ date: '2090-01-12' }] });
    const element = await button(html`<baltic-add-to-calendar lang="en" .feed=${feed} activity-id="literature-club"></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    const byLabel = (label: string) => items.find((item) => item.textContent!.trim() === label)!;
    const google = new URL(byLabel('Google Calendar').getAttribute('href')!).searchParams;
    // 18:00 in Helsinki in January (EET) is 16:00 UTC.
    expect(google.get('dates')).to.equal('20900105T160000Z/20900105T173000Z');
    expect(google.get('recur')).to.match(/^RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20900331T205959Z/); // the end of 31 March in Helsinki, in summer time
    const outlook = new URL(byLabel('Outlook.com').getAttribute('href')!).searchParams;
    expect(Date.parse(outlook.get('startdt')!)).to.equal(Date.parse('2090-01-05T16:00:00Z'));
    expect(byLabel('Yahoo Calendar')).to.exist;
    const note = shadow(element).getElementById(shadow(element).querySelector('[role="menu"]')!.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.contain('Google Calendar gets the series without its breaks on Thu 12 Jan');
    expect(note.textContent).to.contain('Outlook.com, Microsoft 365 and Yahoo Calendar get only the next session, Thu 5 Jan.');
    await expect(element).to.be.accessible();
  });

  it('in Russian, the note ends with the next session’s date and one period, where the date ends in an abbreviation', async () => {
    const feed = await loadFixtureFeed();
    const club = feed.schedule.find((item: any) => item.id === 'literature-club');
    Object.assign(club, { seasonStart: '2090-01-01', seasonEnd: '2090-03-31', exceptions: [{ date: '2090-01-12' }] });
    const element = await button(html`<baltic-add-to-calendar lang="ru" .feed=${feed} activity-id="literature-club"></baltic-add-to-calendar>`);
    await openMenu(element);
    const note = shadow(element).getElementById(shadow(element).querySelector('[role="menu"]')!.getAttribute('aria-describedby')!)!.textContent!.trim();
    // The oracle: Intl's own short Russian date, "чт, 5 янв." (its month ends with a period).
    const date = new Intl.DateTimeFormat('ru', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2090, 0, 5));
    expect(date.endsWith('.'), 'the abbreviated date has its own period').to.equal(true);
    expect(note.endsWith(`ближайшее занятие, ${date}`), note).to.equal(true);
  });

  it('the festival as an all-day event', async () => {
    const feed = await loadFixtureFeed();
    const element = await button(html`<baltic-add-to-calendar lang="fi" .feed=${feed} festival></baltic-add-to-calendar>`);
    const items = await openMenu(element);
    expect(new URL(items[1]!.getAttribute('href')!).searchParams.get('dates')).to.equal('20270508/20270511');
    const chosen = oneEvent(element, 'baltic-add-to-calendar');
    items[1]!.click();
    expect((await chosen).detail).to.deep.equal({ target: 'google', festival: true });
  });

  it('works on the feed saved by an earlier visit when the network fails, without a notice too big for a button', async () => {
    const url = mockUrl('status', { code: '503' });
    const saved = await (await fetch('/test/fixtures/feed.json')).text();
    localStorage.setItem(`baltic-widgets:feed:v1:${new URL(url, location.href).href}`, JSON.stringify({ savedAt: Date.now() - 3 * 3_600_000, text: saved }));
    const element = await fixture<BalticAddToCalendar>(html`<baltic-add-to-calendar lang="en" event-id=${CONCERT} src=${url}></baltic-add-to-calendar>`);
    await settled(element, 'error');
    expect(element.feedSnapshot.stale).to.equal(true);
    expect(shadow(element).querySelector('[part="stale-notice"]')).to.equal(null);
    const items = await openMenu(element);
    expect(items.map((item) => item.textContent!.trim()).join(' ')).to.contain('Google');
  });
});
