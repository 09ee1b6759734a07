/**
 * Runs twice: Chromium in Europe/Helsinki and in Asia/Tokyo (see web-test-runner.config.mjs).
 * The button's file and links must say the same instants whatever the visitor's zone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/add-to-calendar/define.js';
import type { BalticAddToCalendar } from '../../src/components/add-to-calendar/add-to-calendar.js';
import { loadFixtureFeed, settled, waitUntil } from './helpers.js';
import { catchDownload, openMenu, readIcs, stopNavigation } from './add-to-calendar-helpers.js';

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`baltic-add-to-calendar in the machine time zone ${machineZone}`, () => {
  let restoreNavigation: () => void;
  beforeEach(() => (restoreNavigation = stopNavigation()));
  afterEach(() => restoreNavigation());

  async function fileFor(attributes: { event?: string; activity?: string }) {
    const feed = await loadFixtureFeed();
    const element = await fixture<BalticAddToCalendar>(
      html`<baltic-add-to-calendar lang="en" .feed=${feed} event-id=${attributes.event ?? undefined} activity-id=${attributes.activity ?? undefined}></baltic-add-to-calendar>`,
    );
    await settled(element);
    const items = await openMenu(element);
    const google = new URL(items[1]!.getAttribute('href')!).searchParams;
    const { text } = await catchDownload(() => items[0]!.click());
    await waitUntil(() => element.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('The calendar file was saved.'), 'the saved file is announced');
    return { text, events: readIcs(text), google };
  }

  it('a timed event: the same UTC instants in the file and in the links', async () => {
    const { text, events, google } = await fileFor({ event: '2026-12-new-year-eve' });
    // 2026-12-31 22:00 → 2027-01-01 01:00 in Helsinki (UTC+2).
    expect([events[0]!.start, events[0]!.end]).to.deep.equal([Date.parse('2026-12-31T20:00:00Z'), Date.parse('2026-12-31T23:00:00Z')]);
    expect(text).to.contain('DTSTART;TZID=Europe/Helsinki:20261231T220000\r\n');
    expect(text).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(google.get('dates')).to.equal('20261231T200000Z/20261231T230000Z');
  });

  it('an all-day event keeps its dates', async () => {
    const { events, google } = await fileFor({ event: '2026-12-christmas-bazaar' });
    expect([events[0]!.start, events[0]!.end]).to.deep.equal(['2026-12-19', '2026-12-20']);
    expect(google.get('dates')).to.equal('20261219/20261220');
  });

  it('a weekly series stays at 17:30 Helsinki time on both sides of the DST change', async () => {
    const { events } = await fileFor({ activity: 'finnish-conversation-club' });
    const occurrences = events[0]!.occurrences!;
    expect(occurrences[0]).to.equal(Date.parse('2026-09-01T14:30:00Z'));
    expect(occurrences).to.include(Date.parse('2026-10-27T15:30:00Z'));
    expect(occurrences).not.to.include(Date.parse('2026-12-22T15:30:00Z'));
  });
});
