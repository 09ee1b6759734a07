/**
 * Importing a calendar in the studio, as a volunteer does: an .ics export chosen in the
 * toolbar (or dropped on the page) comes into the feed being edited, the report says what came
 * in and what could not be taken, the items show in the forms and the preview, and importing
 * the same calendar again updates instead of duplicating. On the static page and with the server.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { BalticStudio } from '../../src/studio/define.js';
import { $, $$, chooseFile, chooseSection, click, disk, mountStudio, serverSession, until } from './studio-helpers.js';

const FEED = { version: 1, timeZone: 'Europe/Helsinki', languages: ['fi', 'ru'], 'x-kept': { any: 'thing' }, organization: { name: 'Baltic Region ry' }, events: [] };

/** A Google Calendar export: a one-off concert, a weekly choir with a cancelled week, and an entry without UID. */
const calendar = (concertTitle: string) => `BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
X-WR-TIMEZONE:Europe/Helsinki\r
BEGIN:VEVENT\r
UID:concert-1@google.com\r
DTSTAMP:20270101T000000Z\r
DTSTART;TZID=Europe/Helsinki:20270412T180000\r
DTEND;TZID=Europe/Helsinki:20270412T200000\r
SUMMARY:${concertTitle}\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:choir@google.com\r
DTSTAMP:20270101T000000Z\r
DTSTART;TZID=Europe/Helsinki:20270105T180000\r
DTEND;TZID=Europe/Helsinki:20270105T193000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T150000Z\r
EXDATE;TZID=Europe/Helsinki:20270223T180000\r
SUMMARY:Kuoro\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTAMP:20270101T000000Z\r
SUMMARY:Ilman tunnistetta\r
DTSTART:20270301T100000Z\r
END:VEVENT\r
END:VCALENDAR\r
`;
const icsFile = (text: string, name = 'google.ics') => new File([text], name, { type: 'text/calendar' });

async function importThroughToolbar(studio: BalticStudio, file: File): Promise<HTMLElement> {
  studio.importReport = undefined;
  await chooseFile(studio, 'header .tools input[accept^=".ics"]', file);
  await until(() => studio.shadowRoot!.querySelector('.import-report'), 'no import report');
  return $(studio, '.import-report');
}

/** Drops a file anywhere on the page, as from the computer's file manager. */
function dropFile(file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
}

const itemNames = (studio: BalticStudio) => $$(studio, '.item-list li').map((item) => item.textContent!.trim());

describe('feed studio: importing a calendar', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
  });

  it('brings a Google Calendar export into the forms and the preview, with a report in Russian; importing again updates without duplicates', async function () {
    this.timeout(40000);
    const session = await serverSession(JSON.stringify(FEED));
    const studio = await mountStudio(session, 'ru');

    let report = await importThroughToolbar(studio, icsFile(calendar('Kevätkonsertti')));
    expect(report.textContent).to.include('Прочитано записей календаря: 3. Добавлено: 2. Обновлено: 0. Без изменений: 0. Не взято: 1.');
    expect(report.textContent).to.include('Kevätkonsertti').and.include('Kuoro');
    // The entry without a UID is named, with why it was not taken.
    expect(report.textContent).to.match(/Ilman tunnistetta.*UID/s);
    await expect(report).to.be.accessible();

    // The concert is in the events' form at its local time, and the preview shows it.
    await chooseSection(studio, 'Мероприятия');
    await until(() => itemNames(studio).some((name) => name.includes('Kevätkonsertti')), 'the concert is not in the events list');
    await until(() => studio.shadowRoot!.querySelector<HTMLInputElement>('#f-events-0-start-time')?.value === '18:00', 'the concert does not start at 18:00');
    expect($<HTMLInputElement>(studio, '#f-events-0-start-date').value).to.equal('2027-04-12');
    const preview = $(studio, 'baltic-studio-preview');
    await until(() => preview.shadowRoot?.querySelector('baltic-event-calendar'), 'the preview shows no calendar');
    // The weekly choir is a weekly activity with its cancelled week.
    await chooseSection(studio, 'Еженедельные занятия');
    await until(() => itemNames(studio).some((name) => name.includes('Kuoro')), 'the choir is not among the weekly activities');

    // The calendar changes (the concert is renamed) and is imported again: updated, not doubled.
    report = await importThroughToolbar(studio, icsFile(calendar('Kevätkonsertti 2027')));
    expect(report.textContent).to.include('Добавлено: 0. Обновлено: 1. Без изменений: 1.');
    expect(studio.document!.events).to.have.length(1);
    expect(studio.document!.schedule).to.have.length(1);

    // Saved through the server: the file validates and holds what the calendar had.
    await click(studio, '#save');
    await until(async () => (await disk(session)).saves === 1, 'not saved');
    const feed = JSON.parse((await disk(session)).text!);
    expect(validateFeed(feed).ok, JSON.stringify(validateFeed(feed))).to.equal(true);
    expect(feed['x-kept']).to.deep.equal({ any: 'thing' });
    // The feed has two languages: what came in is Finnish's (the feed's first), Russian is missing for a volunteer to add.
    expect(feed.events).to.deep.equal([{ id: 'kevatkonsertti', title: { fi: 'Kevätkonsertti 2027' }, start: '2027-04-12T18:00', end: '2027-04-12T20:00', icsUid: 'concert-1@google.com' }]);
    expect(feed.schedule[0]).to.deep.include({ title: { fi: 'Kuoro' }, days: ['tue'], start: '18:00', end: '19:30', exceptions: [{ date: '2027-02-23' }] });
  });

  it('on the static page takes a dropped .ics into the opened feed, and refuses a file that is no calendar', async function () {
    this.timeout(20000);
    const studio = await mountStudio(undefined, 'fi');
    dropFile(new File([JSON.stringify(FEED)], 'feed.json', { type: 'application/json' }));
    await until(() => studio.screen === 'editor', 'the dropped feed did not open');

    const notCalendar = await importThroughToolbar(studio, icsFile('this is not a calendar', 'notes.ics')).catch(() => undefined);
    expect(notCalendar).to.equal(undefined);
    expect($(studio, '.notice.error').textContent).to.include('notes.ics');
    expect(studio.document!.events).to.deep.equal([]);

    dropFile(icsFile(calendar('Kevätkonsertti')));
    await until(() => studio.shadowRoot!.querySelector('.import-report'), 'the dropped calendar was not imported');
    expect($(studio, '.import-report').textContent).to.include('Lisätty: 2');
    expect((studio.document!.events as { title: object }[]).map((event) => event.title)).to.deep.equal([{ fi: 'Kevätkonsertti' }]);
    expect(studio.screen).to.equal('editor');
  });
});
