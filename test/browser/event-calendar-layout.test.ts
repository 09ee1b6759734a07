/** The calendar's pure date and layout logic: weeks, lanes, overlaps, list days, filters, keys, link state. */
import { expect } from '@open-wc/testing';
import { filterOccurrences, foldText } from '../../src/components/event-calendar/calendar-filters.js';
import { dayForKey } from '../../src/components/event-calendar/calendar-keyboard.js';
import { addMonths, eventOccurrences, listDays, monthWeeks, type Occurrence } from '../../src/components/event-calendar/calendar-layout.js';
import { fitWeek, layoutWeek, occurrencesByWeek } from '../../src/components/event-calendar/week-lanes.js';
import { layoutDay } from '../../src/components/event-calendar/week-layout.js';
import { activityOccurrences } from '../../src/components/event-calendar/calendar-activities.js';
import { readLinkState, writeLinkState } from '../../src/components/event-calendar/calendar-link-state.js';
import type { Feed, FeedEvent } from '../../src/feed/schema.js';

const HELSINKI = 'Europe/Helsinki';

function feedOf(events: Partial<FeedEvent>[], extra: Partial<Feed> = {}): Feed {
  return {
    version: 1,
    timeZone: HELSINKI,
    categories: [],
    locations: [],
    schedule: [],
    albums: [],
    events: events.map((event, index) => ({ id: `e${index}`, title: `Event ${index}`, descriptionFormat: 'text', status: 'scheduled', start: '2026-12-01', ...event }) as FeedEvent),
    ...extra,
  } as Feed;
}

const occurrencesOf = (events: Partial<FeedEvent>[], zone = HELSINKI) => eventOccurrences(feedOf(events), zone);

describe('calendar layout: months and weeks', () => {
  it('starts every week on Monday and covers the whole month', () => {
    const weeks = monthWeeks('2026-12-17');
    expect(weeks[0]![0]).to.equal('2026-11-30'); // 1 December 2026 is a Tuesday
    expect(weeks.at(-1)!.at(-1)).to.equal('2027-01-03');
    expect(weeks).to.have.length(5);
    for (const week of weeks) expect(week).to.have.length(7);
    // February 2027 starts on a Monday and fits in four weeks.
    expect(monthWeeks('2027-02-01').map((week) => week[0])).to.deep.equal(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']);
  });

  it('gives each week of the grid the events that touch it, long ones in every week they cross', () => {
    const weeks = monthWeeks('2026-12-01'); // 30 Nov 2026 – 3 Jan 2027
    const occurrences = occurrencesOf([
      { id: 'before', start: '2026-11-20', end: '2026-12-01' },
      { id: 'first-week', start: '2026-12-02T18:00' },
      { id: 'long', start: '2026-12-12', end: '2026-12-22' },
      { id: 'new-year', start: '2026-12-31T22:00', end: '2027-01-01T02:00' },
      { id: 'after', start: '2027-01-05' },
    ]);
    const keys = occurrencesByWeek(weeks, occurrences).map((week) => week.map((occurrence) => occurrence.key));
    expect(keys).to.deep.equal([['before', 'first-week'], ['long'], ['long'], ['long'], ['new-year']]);
  });

  it('steps months across year ends and clamps to the month length', () => {
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonths('2027-01-15', -1)).to.equal('2026-12-15');
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonths('2026-12-31', -12)).to.equal('2025-12-31');
  });

  it('spans a multi-day event across its days and continues it on the next week', () => {
    const occurrences = occurrencesOf([{ start: '2026-12-26', end: '2026-12-29' }]);
    const [first, second] = monthWeeks('2026-12-01').slice(3);
    const [segment] = layoutWeek(first!, occurrences);
    expect(segment).to.include({ column: 5, span: 2, continuesBefore: false, continuesAfter: true });
    const [next] = layoutWeek(second!, occurrences);
    expect(next).to.include({ column: 0, span: 2, continuesBefore: true, continuesAfter: false });
  });

  it('gives overlapping bars different lanes and reuses a free lane', () => {
    const occurrences = occurrencesOf([
      { start: '2026-12-07', end: '2026-12-09' },
      { start: '2026-12-08T10:00', end: '2026-12-08T11:00' },
      { start: '2026-12-10T10:00', end: '2026-12-10T11:00' },
    ]);
    const week = monthWeeks('2026-12-01')[1]!;
    const lanes = Object.fromEntries(layoutWeek(week, occurrences).map((segment) => [segment.occurrence.key, segment.lane]));
    expect(lanes).to.deep.equal({ e0: 0, e1: 1, e2: 0 });
  });

  it('hides what does not fit behind "+N more", per day', () => {
    const occurrences = occurrencesOf(Array.from({ length: 5 }, (_, index) => ({ start: `2026-12-09T1${index}:00` })));
    const week = monthWeeks('2026-12-01')[1]!;
    const { shown, hidden } = fitWeek(layoutWeek(week, occurrences), 3);
    expect(shown).to.have.length(2); // two bars and the "+3 more" in the third lane
    expect(hidden).to.deep.equal([0, 0, 3, 0, 0, 0, 0]);
    const three = fitWeek(layoutWeek(week, occurrences.slice(0, 3)), 3);
    expect(three.shown).to.have.length(3);
    expect(three.hidden.every((count) => count === 0)).to.equal(true);
  });
});

describe('calendar layout: the time grid', () => {
  it('puts overlapping events side by side and a lone one at full width', () => {
    const occurrences = occurrencesOf([
      { start: '2026-12-12T10:00', end: '2026-12-12T12:00' },
      { start: '2026-12-12T11:30', end: '2026-12-12T13:30' },
      { start: '2026-12-12T15:00', end: '2026-12-12T16:30' },
    ]);
    const blocks = layoutDay('2026-12-12', occurrences, HELSINKI);
    const byKey = Object.fromEntries(blocks.map((block) => [block.occurrence.key, block]));
    expect(byKey.e0).to.include({ top: 600, bottom: 720, column: 0, columns: 2 });
    expect(byKey.e1).to.include({ top: 690, bottom: 810, column: 1, columns: 2 });
    expect(byKey.e2).to.include({ column: 0, columns: 1 });
  });

  it('splits an event crossing midnight over both days', () => {
    const occurrences = occurrencesOf([{ start: '2026-12-31T22:00', end: '2027-01-01T01:00' }]);
    expect(occurrences[0]).to.include({ first: '2026-12-31', last: '2027-01-01' });
    expect(layoutDay('2026-12-31', occurrences, HELSINKI)[0]).to.include({ top: 22 * 60, bottom: 24 * 60 });
    expect(layoutDay('2027-01-01', occurrences, HELSINKI)[0]).to.include({ top: 0, bottom: 60 });
    // Ending exactly at midnight does not touch the next day.
    const atMidnight = occurrencesOf([{ start: '2026-12-12T22:00', end: '2026-12-13T00:00' }]);
    expect(atMidnight[0]!.last).to.equal('2026-12-12');
    expect(layoutDay('2026-12-13', atMidnight, HELSINKI)).to.deep.equal([]);
  });

  it('keeps wall-clock times on DST nights (last Sundays of March and October)', () => {
    const occurrences = occurrencesOf([
      { start: '2027-03-28T02:00', end: '2027-03-28T05:00' }, // clocks go 03:00 → 04:00: two real hours
      { start: '2027-10-31T10:00', end: '2027-10-31T11:00' },
    ]);
    expect(occurrences[0]!.time.allDay ? 0 : (occurrences[0]!.time.end - occurrences[0]!.time.start) / 3_600_000).to.equal(2);
    expect(layoutDay('2027-03-28', occurrences, HELSINKI)[0]).to.include({ top: 120, bottom: 300 });
    expect(layoutDay('2027-10-31', occurrences, HELSINKI)[0]).to.include({ top: 600, bottom: 660 });
  });

  it('keeps weekly sessions at 18:00 across the DST change', () => {
    const feed = feedOf([], {
      schedule: [{ id: 'club', title: 'Club', days: ['thu'], start: '18:00', end: '19:30' } as Feed['schedule'][number]],
    });
    const sessions = activityOccurrences(feed, '2027-03-22', '2027-04-04', HELSINKI);
    expect(sessions.map((session) => session.first)).to.deep.equal(['2027-03-25', '2027-04-01']);
    for (const session of sessions) expect(layoutDay(session.first, sessions, HELSINKI)[0]).to.include({ top: 18 * 60, bottom: 19 * 60 + 30 });
    expect(sessions[0]!.key).to.equal('club@2027-03-25');
  });
});

describe('calendar layout: the list', () => {
  it('groups by day, shows a multi-day event once (under the first day when it began earlier) and starts at the first day', () => {
    const occurrences = occurrencesOf([
      { start: '2026-11-30', end: '2026-12-02' },
      { start: '2026-12-01T18:00' },
      { start: '2026-12-05T10:00' },
      { start: '2026-11-20T10:00' },
      { start: '2026-12-03', end: '2026-12-06' },
    ]);
    const days = listDays(occurrences, '2026-12-01');
    expect(days.map((day) => [day.date, day.occurrences.map((o) => o.key)])).to.deep.equal([
      ['2026-12-01', ['e0', 'e1']],
      ['2026-12-03', ['e4']],
      ['2026-12-05', ['e2']],
    ]);
  });
});

describe('calendar filters', () => {
  const feed = feedOf([
    { title: { en: 'Advent concert', ru: 'Рождественский концерт' }, category: 'culture', location: 'library' },
    { title: 'Café evening', category: 'hobby' },
    { title: 'Lecture', description: 'About Ёлка traditions', category: 'education' },
  ], { locations: [{ id: 'library', name: 'Main Library' }] as Feed['locations'] });
  const all = eventOccurrences(feed, HELSINKI);
  const keys = (list: Occurrence[]) => list.map((o) => o.key);

  it('filters by categories and by words in any language, place and description', () => {
    expect(keys(filterOccurrences(all, { categories: ['culture', 'hobby'], query: '' }, feed))).to.deep.equal(['e0', 'e1']);
    expect(keys(filterOccurrences(all, { categories: [], query: 'концерт' }, feed))).to.deep.equal(['e0']);
    expect(keys(filterOccurrences(all, { categories: [], query: 'library' }, feed))).to.deep.equal(['e0']);
    expect(keys(filterOccurrences(all, { categories: [], query: 'cafe' }, feed))).to.deep.equal(['e1']);
    expect(keys(filterOccurrences(all, { categories: [], query: 'елка' }, feed))).to.deep.equal(['e2']);
    expect(keys(filterOccurrences(all, { categories: ['hobby'], query: 'concert' }, feed))).to.deep.equal([]);
    expect(foldText('Ёлка CAFÉ')).to.equal('елка cafe');
  });
});

describe('calendar keys and link state', () => {
  it('moves by day, week, week edges and months (Shift: years)', () => {
    expect(dayForKey('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
    expect(dayForKey('2026-12-03', 'ArrowUp')).to.equal('2026-11-26');
    expect(dayForKey('2026-12-03', 'Home')).to.equal('2026-11-30');
    expect(dayForKey('2026-12-03', 'End')).to.equal('2026-12-06');
    expect(dayForKey('2026-12-31', 'PageDown')).to.equal('2027-01-31');
    expect(dayForKey('2027-01-31', 'PageDown')).to.equal('2027-02-28');
    expect(dayForKey('2026-12-03', 'PageUp', true)).to.equal('2025-12-03');
    expect(dayForKey('2026-12-03', 'a')).to.equal(undefined);
  });

  it('reads and writes its own hash parameters and keeps the others', () => {
    expect(readLinkState('#calendar-month=2026-12&calendar-event=advent', 'calendar')).to.deep.equal({ month: '2026-12', event: 'advent' });
    expect(readLinkState('#calendar-month=2026-13', 'calendar').month).to.equal(undefined);
    expect(readLinkState('#section', 'calendar')).to.deep.equal({ month: undefined, event: undefined });
    const hash = writeLinkState('#other=1&calendar-event=x', 'calendar', { month: '2027-01', event: undefined });
    expect(new URLSearchParams(hash.slice(1)).get('other')).to.equal('1');
    expect(readLinkState(hash, 'calendar')).to.deep.equal({ month: '2027-01', event: undefined });
    expect(writeLinkState('#calendar-event=x', 'calendar', {})).to.equal('');
  });
});
