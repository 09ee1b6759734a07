import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calendarTargets } from '../../src/components/add-to-calendar/calendar-links.js';
import { googleLink, subscribeLinks, webLinks } from '../../src/components/add-to-calendar/web-links.js';
import { validateFeed } from '../../src/feed/validate.js';
import { trickyFeed } from './ics-fixtures.js';

const feed = (() => {
  const result = validateFeed(structuredClone(trickyFeed));
  assert.ok(result.ok);
  return result.feed;
})();
const params = (url: string) => new URL(url).searchParams;

describe('web calendar links', () => {
  test('an event across the DST change: UTC instants in every link, the feed\'s zone for Google', () => {
    const targets = calendarTargets(feed, { eventId: 'after-dst', lang: 'fi', feedUrl: 'https://yhdistys.example.fi/feed.json' })!;
    const google = params(targets.links.google!);
    assert.equal(google.get('dates'), '20270329T150000Z/20270329T170000Z');
    assert.equal(google.get('ctz'), 'Europe/Helsinki');
    assert.equal(google.get('text'), 'Ilta kellojen siirron jälkeen');
    const outlook = params(targets.links.outlook!);
    assert.equal(Date.parse(outlook.get('startdt')!), Date.parse('2027-03-29T15:00:00Z'));
    assert.equal(Date.parse(outlook.get('enddt')!), Date.parse('2027-03-29T17:00:00Z'));
    assert.equal(new URL(targets.links.office365!).hostname, 'outlook.office.com');
    assert.deepEqual([params(targets.links.yahoo!).get('st'), params(targets.links.yahoo!).get('et')], ['20270329T150000Z', '20270329T170000Z']);
  });

  test('texts with commas, semicolons, backslashes and newlines survive URL encoding', () => {
    const targets = calendarTargets(feed, { eventId: 'long-texts', lang: 'ru' })!;
    const source = trickyFeed.events.find((event) => event.id === 'long-texts')!;
    for (const link of [targets.links.google!, targets.links.outlook!, targets.links.yahoo!]) {
      const values = [...params(link).values()];
      assert.ok(values.includes((source.title as Record<string, string>).ru), link);
    }
    assert.equal(params(targets.links.google!).get('details'), (source.description as Record<string, string>).ru);
    assert.equal(params(targets.links.google!).get('location'), 'Дом обществ, зал; 2-й этаж, Linnankatu 2, 20100 Turku, Finland');
  });

  test('a weekly series without breaks: Google gets the rule; Outlook, Microsoft 365 and Yahoo the next session, said so', () => {
    // Before the season: the next session is the first, Saturday 20 March 2027 08:00 in Helsinki (EET) = 06:00 UTC.
    const run = calendarTargets(feed, { activityId: 'morning-run', lang: 'fi', now: Date.parse('2027-01-10T12:00:00Z') })!;
    assert.deepEqual(Object.keys(run.links), ['google', 'outlook', 'office365', 'yahoo']);
    assert.deepEqual(run.withheld, []);
    const google = params(run.links.google!);
    assert.equal(google.get('recur'), 'RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20270410T205959Z;WKST=MO');
    assert.equal(google.get('dates'), '20270320T060000Z/20270320T070000Z');
    assert.deepEqual(run.caveats, { breaksNotCarried: undefined, nextSessionOnly: '2027-03-20' });
    const outlook = params(run.links.outlook!);
    assert.equal(Date.parse(outlook.get('startdt')!), Date.parse('2027-03-20T06:00:00Z'));
    assert.equal(Date.parse(outlook.get('enddt')!), Date.parse('2027-03-20T07:00:00Z'));
    assert.deepEqual([params(run.links.yahoo!).get('st'), params(run.links.yahoo!).get('et')], ['20270320T060000Z', '20270320T070000Z']);
  });

  test('a weekly series with breaks: Google gets the rule from the next session, the breaks still to come are named; none once the season is over', () => {
    // Thursday 25 March 2027, 12:00 UTC: that day's session is a break, so the next is Tuesday 30 March (EEST, 18:00 = 15:00 UTC).
    const choir = calendarTargets(feed, { activityId: 'evening-choir', lang: 'fi', now: Date.parse('2027-03-25T12:00:00Z') })!;
    const google = params(choir.links.google!);
    assert.equal(google.get('dates'), '20270330T150000Z/20270330T163000Z');
    assert.match(google.get('recur')!, /^RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270430T205959Z/);
    // 25 March is past; 28 March is a Sunday (no session); 6 April is the one break still to come.
    assert.deepEqual(choir.caveats, { breaksNotCarried: ['2027-04-06'], nextSessionOnly: '2027-03-30' });
    assert.equal(Date.parse(params(choir.links.office365!).get('startdt')!), Date.parse('2027-03-30T15:00:00Z'));
    const over = calendarTargets(feed, { activityId: 'evening-choir', lang: 'fi', now: Date.parse('2027-05-01T12:00:00Z') })!;
    assert.deepEqual([over.links, over.withheld], [{}, ['google', 'outlook', 'office365', 'yahoo']]);
    assert.deepEqual(webLinks(over.item, Date.parse('2027-05-01T12:00:00Z')), {});
  });

  test('the festival: all-day dates, the end the day after (Google, Outlook); Yahoo from 00:00 to 23:59 local', () => {
    const festival = calendarTargets(feed, { festival: true, lang: 'fi' })!;
    assert.equal(params(googleLink(festival.item)).get('dates'), '20270508/20270511');
    const outlook = params(festival.links.outlook!);
    assert.deepEqual([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')], ['2027-05-08', '2027-05-11', 'true']);
    // Yahoo's all-day events last one day: three days go as a timed event, 8 May 00:00 to 10 May 23:59 in Helsinki (EEST).
    const yahoo = params(festival.links.yahoo!);
    assert.deepEqual([yahoo.get('st'), yahoo.get('et'), yahoo.get('dur')], ['20270507T210000Z', '20270510T205900Z', null]);
  });

  test('a one-day all-day event: Yahoo gets the date and dur=allday, without an end that would add a day', () => {
    const oneDay = validateFeed({ version: 1, events: [{ id: 'fair', title: 'Joulumyyjäiset', start: '2026-12-12' }] });
    assert.ok(oneDay.ok);
    const targets = calendarTargets(oneDay.feed, { eventId: 'fair', lang: 'fi' })!;
    const yahoo = params(targets.links.yahoo!);
    assert.deepEqual([yahoo.get('st'), yahoo.get('et'), yahoo.get('dur')], ['20261212', null, 'allday']);
    assert.equal(params(targets.links.google!).get('dates'), '20261212/20261213');
  });

  test('subscriptions: webcal:// and Google\'s cid= link, from a relative calendar URL', () => {
    const targets = calendarTargets(feed, { eventId: 'before-dst', lang: 'fi', feedUrl: 'https://yhdistys.example.fi/data/feed.json' })!;
    assert.deepEqual(targets.subscribe, {
      webcal: 'webcal://yhdistys.example.fi/data/calendar/events.ics',
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fyhdistys.example.fi%2Fdata%2Fcalendar%2Fevents.ics',
    });
    assert.equal(subscribeLinks('webcal://a.example/x.ics').webcal, 'webcal://a.example/x.ics');
  });

  test('an id not in the feed: no targets', () => {
    assert.equal(calendarTargets(feed, { eventId: 'nope', lang: 'fi' }), undefined);
    assert.equal(calendarTargets(feed, { activityId: 'nope', lang: 'fi' }), undefined);
  });
});
