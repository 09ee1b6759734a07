import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/schedule/define.js';
import type { BalticSchedule } from '../../src/components/schedule/schedule.js';
import { mockUrl, servedFeed, settled, shadow, textOf, waitUntil } from './helpers.js';
import { blocksByDay, englishDate, helsinki, loadDemoFeed, rendered, scheduleFixture, sessionButtons, titleOf } from './schedule-helpers.js';

const FIRST_WEEK_DAY_HEADERS = (monday: string) =>
  Array.from({ length: 7 }, (_, index) => englishDate(new Date(Date.parse(`${monday}T12:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10)));

/** A small feed of our own: one category, one place, the given activities. */
const feedWith = (schedule: object[]) => ({
  version: 1,
  timeZone: 'Europe/Helsinki',
  categories: [{ id: 'sport', name: 'Sport', color: '#2e7d4f' }],
  locations: [{ id: 'hall', name: 'Hall', address: { street: 'Katu 1', city: 'Turku' }, geo: { lat: 60.45, lon: 22.27 } }],
  schedule,
});
const activity = (fields: Record<string, unknown>) => ({ id: 'a', title: 'Activity', category: 'sport', location: 'hall', days: ['mon'], start: '18:00', end: '19:00', ...fields });

describe('baltic-schedule', () => {
  describe('week grid', () => {
    it('shows the week as a table: days across from Monday, each activity as a block with time, name and place', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      const root = shadow(schedule);
      expect(root.querySelector('table caption')!.textContent!.trim()).to.equal('Timetable');
      const headers = [...root.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal(FIRST_WEEK_DAY_HEADERS('2026-11-30'));
      expect(root.querySelector('th[aria-current="date"]')!.textContent!.trim()).to.equal(englishDate('2026-12-02'));
      const days = blocksByDay(schedule);
      expect(days.map((blocks) => blocks.map(titleOf))).to.deep.equal([
        ['Morning exercise for seniors'],
        ['Finnish conversation club', 'Association choir'],
        ['Morning exercise for seniors', 'Children’s art studio', 'Youth theatre studio', 'Volleyball'],
        ['Literature club'],
        ['SILTA peer group for seniors'],
        ['Russian school for children', 'Chess club for young people'],
        ['Family music'],
      ]);
      const choir = days[1]![1]!;
      expect(choir.querySelector('.session__time')!.textContent).to.equal(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatRange(Date.UTC(2026, 0, 1, 18), Date.UTC(2026, 0, 1, 20)));
      expect(choir.querySelector('.session__place')!.textContent!.trim()).to.equal('Baltic Region club room');
      expect(getComputedStyle(choir).borderInlineStartColor).to.equal('rgb(176, 48, 74)'); // the category's colour
    });

    it('makes each block a focusable button whose content names what, when, where and which category', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      const literature = sessionButtons(schedule).find((button) => titleOf(button) === 'Literature club')!;
      expect(literature.tagName).to.equal('BUTTON');
      literature.focus();
      expect(shadow(schedule).activeElement).to.equal(literature);
      expect(literature.hasAttribute('aria-label'), 'named by its content').to.equal(false);
      const name = literature.textContent!.replace(/\s+/g, ' ');
      for (const part of ['Literature club', englishDate('2026-12-03', { weekday: 'long', day: 'numeric', month: 'long' }), '18:00', '19:30', 'Turku Main Library', 'Culture']) {
        expect(name).to.include(part);
      }
      expect(literature.getAttribute('aria-expanded')).to.equal('false');
    });

    it('puts overlapping activities side by side, and others full width', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      const wednesday = blocksByDay(schedule)[2]!;
      const box = (title: string) => wednesday.find((button) => titleOf(button) === title)!.getBoundingClientRect();
      const art = box('Children’s art studio');
      const theatre = box('Youth theatre studio');
      const volleyball = box('Volleyball');
      expect(theatre.left, 'side by side').to.be.at.least(art.right - 1);
      expect(theatre.top).to.be.greaterThan(art.top);
      expect(art.width).to.be.closeTo(theatre.width, 1);
      expect(volleyball.width, 'alone: the full width').to.be.greaterThan(art.width * 1.8);
      expect(volleyball.top).to.be.greaterThan(theatre.bottom);
    });

    it('shows the same clock times in the week the clocks change (28 March 2027)', async () => {
      const daily = activity({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '10:00', end: '11:30' });
      const schedule = await scheduleFixture(feedWith([daily]), helsinki('2027-03-24T08:00'));
      const headers = [...shadow(schedule).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers.at(-1)).to.equal(englishDate('2027-03-28'));
      const blocks = blocksByDay(schedule).map((day) => day[0]!);
      expect(blocks).to.have.length(7);
      const times = new Set(blocks.map((block) => block.querySelector('.session__time')!.textContent));
      expect([...times]).to.have.length(1);
      expect([...times][0]).to.include('10:00');
      const tops = new Set(blocks.map((block) => Math.round(block.getBoundingClientRect().top)));
      expect([...tops], 'every block at the same height').to.have.length(1);
      // The Sunday session, after the change, is at 10:00 summer time (07:00 UTC), not 11:00.
      blocks[6]!.click();
      await rendered(schedule);
      const when = [...shadow(schedule).querySelectorAll('[part="details"] .facts__row')].find((row) => row.querySelector('dt')!.textContent!.trim() === 'When')!;
      // Hand-written: 10:00–11:30 Helsinki summer time on 28 March 2027 (07:00–08:30 UTC); an hour off would read 11:00–12:30 or 09:00–10:30.
      expect(when.querySelector('dd')!.textContent!.replace(/\s+/g, ' ')).to.include('10:00–11:30');
      expect(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' }).format(Date.UTC(2027, 2, 28, 7, 0)), 'the oracle itself').to.equal('10:00');
    });
  });

  describe('season and exceptions', () => {
    it('keeps the week switcher within the season and activities within their own season', async () => {
      const feed = feedWith([
        activity({ id: 'long', title: 'Long season', days: ['mon'], seasonStart: '2026-11-02', seasonEnd: '2026-12-20' }),
        activity({ id: 'short', title: 'Short season', days: ['tue', 'fri'], start: '12:00', end: '13:00', seasonStart: '2026-12-04', seasonEnd: '2026-12-08' }),
      ]);
      const schedule = await scheduleFixture(feed, helsinki('2026-11-25T12:00'));
      const [previous, next] = [...shadow(schedule).querySelectorAll<HTMLButtonElement>('.week-nav .nav')];
      expect(titlesShown(schedule)).to.deep.equal(['Long season']);
      next!.click();
      await rendered(schedule);
      expect(schedule.week).to.equal('2026-11-30');
      // The short season starts on Friday 4 December: not on Tuesday 1 December.
      expect(blocksByDay(schedule).map((day) => day.map(titleOf))).to.deep.equal([['Long season'], [], [], [], ['Short season'], [], []]);
      next!.click();
      await rendered(schedule);
      // …and ends on Tuesday 8 December: not on Friday 11 December.
      expect(blocksByDay(schedule).map((day) => day.map(titleOf))).to.deep.equal([['Long season'], ['Short season'], [], [], [], [], []]);
      next!.click();
      await rendered(schedule);
      expect(next!.disabled, 'the last week of the season').to.equal(true);
      schedule.week = '2025-01-01';
      await rendered(schedule);
      expect(previous!.disabled, 'a week before the season shows the first').to.equal(true);
      const range = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(new Date('2026-11-02T12:00Z'), new Date('2026-11-08T12:00Z'));
      expect(shadow(schedule).querySelector('.week-nav__range')!.textContent).to.equal(range);
    });

    it('marks cancelled sessions in the week shown and says why', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'), { attributes: { week: '2026-12-22' } });
      const tuesday = blocksByDay(schedule)[1]!;
      const choir = tuesday.find((button) => titleOf(button) === 'Association choir')!;
      expect(choir.classList.contains('session--cancelled')).to.equal(true);
      expect(choir.querySelector('.session__cancelled')!.textContent!.trim()).to.equal('Cancelled: Christmas break');
      expect(choir.textContent).to.include(englishDate('2026-12-22', { weekday: 'long', day: 'numeric', month: 'long' }));
      choir.click();
      await rendered(schedule);
      const details = shadow(schedule).querySelector('[part="details"]')!;
      expect(textOf(details)).to.include(`No session on ${englishDate('2026-12-22')}`);
      expect(details.querySelector('[part="next"]')!.textContent).to.equal(`Next: ${englishDate('2026-12-08')}, 18:00–20:00`);
    });

    it('gives the next date across a week: after this week\'s session, next week\'s', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T20:00'));
      expect(await nextOf(schedule, 'Literature club')).to.equal(`Next: ${englishDate('2026-12-10')}, 18:00–19:30`);
      // While a session runs, it is the next one.
      schedule.now = helsinki('2026-12-03T18:30');
      await rendered(schedule);
      expect(shadow(schedule).querySelector('[part="next"]')!.textContent).to.include(englishDate('2026-12-03'));
    });

    it('gives the next date across the year end, skipping the Christmas break', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-23T12:00'));
      expect(await nextOf(schedule, 'Literature club')).to.equal(`Next: ${englishDate('2027-01-07')}, 18:00–19:30`);
      const details = shadow(schedule).querySelector('[part="details"]')!;
      const skipped = [...details.querySelectorAll('.skipped li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(skipped[0]).to.include(englishDate('2026-12-24'));
      expect(skipped[0]).to.include('Christmas break');
    });

    it('says so when the season is over', async () => {
      const feed = feedWith([activity({ seasonStart: '2026-09-01', seasonEnd: '2026-11-30' })]);
      const schedule = await scheduleFixture(feed, helsinki('2026-12-10T12:00'));
      expect(await nextOf(schedule, 'Activity')).to.equal('No more sessions this season');
    });
  });

  describe('filters', () => {
    it('combines category, audience and language: the Russian-language children\'s clubs', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      await choose(schedule, 'language', 'ru');
      expect(titlesShown(schedule)).to.include('Association choir').and.not.to.include('Finnish conversation club');
      expect(titlesShown(schedule), 'bilingual activities count for each language').to.include('Children’s art studio');
      await choose(schedule, 'audience', 'children');
      expect(titlesShown(schedule)).to.deep.equal(['Children’s art studio', 'Russian school for children']);
      await choose(schedule, 'category', 'hobby');
      expect(titlesShown(schedule)).to.deep.equal(['Children’s art studio']);
      expect(blocksByDay(schedule)[2]!.map(titleOf), 'on Wednesday').to.deep.equal(['Children’s art studio']);
      expect(schedule.language).to.equal('ru');
      expect(schedule.getAttribute('audience')).to.equal('children');
      const status = shadow(schedule).querySelector('[role="status"]')!.textContent!;
      expect(status).to.include('1 activity');
    });

    it('offers language names in the visitor\'s language', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      await switchLanguage(schedule, 'ru');
      const options = [...shadow(schedule).querySelectorAll<HTMLOptionElement>('select[data-filter="language"] option')].map((option) => option.textContent!.trim());
      expect(options).to.include(new Intl.DisplayNames('ru', { type: 'language' }).of('fi'));
      expect(options).to.include(new Intl.DisplayNames('ru', { type: 'language' }).of('ru'));
    });

    it('explains an empty result and clears the filters from there', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'), { attributes: { audience: 'families', language: 'fi' } });
      const empty = shadow(schedule).querySelector('[part="empty"]')!;
      expect(textOf(empty)).to.include('No activities match these filters.');
      expect(shadow(schedule).querySelector('table')).to.equal(null);
      empty.querySelector<HTMLButtonElement>('button')!.click();
      await rendered(schedule);
      expect(schedule.audience).to.equal(undefined);
      expect(sessionButtons(schedule)).to.have.length(12);
    });
  });

  describe('details', () => {
    it('opens from the keyboard, tells everything a family needs, and closes back to the block', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-02T12:00'));
      const art = sessionButtons(schedule).find((button) => titleOf(button) === 'Children’s art studio')!;
      const selected = oneEvent(schedule, 'baltic-activity-select');
      art.focus();
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ activityId: 'children-art-studio', date: '2026-12-02' });
      await rendered(schedule);
      const root = shadow(schedule);
      const details = root.querySelector('[part="details"]')!;
      expect(art.getAttribute('aria-expanded')).to.equal('true');
      expect(art.getAttribute('aria-controls')).to.equal(details.id);
      expect(root.activeElement, 'focus moves to the details').to.equal(details.querySelector('[role="heading"]'));
      const facts = Object.fromEntries([...details.querySelectorAll('.facts__row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]));
      expect(facts.For).to.equal('Children');
      expect(facts.Language).to.equal(new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(['Russian', 'Finnish']));
      expect(facts.Leader).to.equal('Olga V.');
      expect(facts.Price).to.include(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }).format(40));
      expect(facts.Price).to.include('Per term');
      expect(facts.When).to.include('Wednesday');
      expect(facts.Where).to.include('Baltic Region club room');
      // The details' styles come with their chunk: the Close button sits beside the title, not under it.
      const title = details.querySelector('[role="heading"]')!.getBoundingClientRect();
      const close = details.querySelector('[part="close"]')!.getBoundingClientRect();
      expect(close.top, 'Close beside the title').to.be.below(title.bottom);
      expect(details.querySelector('[part="next"]')!.textContent).to.equal(`Next: ${englishDate('2026-12-02')}, 16:00–17:30`);
      expect(details.querySelector<HTMLAnchorElement>('[part="register"]')!.href).to.equal('https://example.org/register/art-studio');
      const directions = details.querySelector<HTMLAnchorElement>('[part="directions-links"] a')!;
      expect(directions.href).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=60\.4495%2C22\.265$/);
      const calendar = details.querySelector('baltic-add-to-calendar')!;
      expect(calendar.getAttribute('activity-id')).to.equal('children-art-studio');
      expect(calendar.getAttribute('lang')).to.equal('en');
      await waitUntil(() => customElements.get('baltic-add-to-calendar'), 'the calendar button was not loaded');
      details.querySelector<HTMLButtonElement>('[part="close"]')!.click();
      await rendered(schedule);
      expect(root.querySelector('[part="details"]')).to.equal(null);
      expect(root.activeElement, 'focus returns to the block').to.equal(sessionButtons(schedule).find((button) => titleOf(button) === 'Children’s art studio'));
    });

    it('shows "free", and hands the calendar button the feed URL or the feed object', async () => {
      const feed = await loadDemoFeed();
      const fromProperty = await scheduleFixture(feed, helsinki('2026-12-02T12:00'), { theme: 'dark' });
      await nextOf(fromProperty, 'Literature club');
      const details = shadow(fromProperty).querySelector('[part="details"]')!;
      expect(textOf(details)).to.include('Free');
      const calendar = details.querySelector('baltic-add-to-calendar') as HTMLElement & { feed?: object };
      expect(calendar.feed).to.equal(feed);
      expect(calendar.hasAttribute('src')).to.equal(false);
      expect(calendar.getAttribute('theme')).to.equal('dark');
      expect(details.querySelector<HTMLAnchorElement>('[part="more-link"]')!.href).to.equal('https://example.org/clubs/literature');

      const url = await servedFeed(feed);
      const fromSrc = await fixture<BalticSchedule>(html`<baltic-schedule lang="en" src=${url} .now=${helsinki('2026-12-02T12:00')}></baltic-schedule>`);
      await settled(fromSrc);
      await waitUntil(() => shadow(fromSrc).querySelector('.week'));
      await nextOf(fromSrc, 'Literature club');
      const srcCalendar = shadow(fromSrc).querySelector('baltic-add-to-calendar')!;
      expect(srcCalendar.getAttribute('src')).to.equal(url);
    });
  });

  describe('narrow containers', () => {
    it('shows one list per day, today first, with the day names in the visitor\'s language', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T12:00'), { width: 360 });
      const root = shadow(schedule);
      expect(root.querySelector('table')).to.equal(null);
      const headings = [...root.querySelectorAll('.day [role="heading"]')].map((heading) => heading.textContent!.trim());
      expect(headings[0]).to.equal(`Today, ${englishDate('2026-12-03', { weekday: 'long', day: 'numeric', month: 'long' })}`);
      expect(headings[1]).to.equal(englishDate('2026-12-04', { weekday: 'long', day: 'numeric', month: 'long' }));
      expect(headings.at(-1), 'the seven days from today').to.equal(englishDate('2026-12-09', { weekday: 'long', day: 'numeric', month: 'long' }));
      const firstDay = root.querySelector('.day')!;
      expect([...firstDay.querySelectorAll('button.session')].map(titleOf)).to.deep.equal(['Literature club']);
      await switchLanguage(schedule, 'fi');
      const finnish = root.querySelector('.day [role="heading"]')!.textContent!;
      expect(finnish).to.include(new Intl.DateTimeFormat('fi', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date('2026-12-03T12:00:00Z')));
    });

    it('opens the details in place, under the item', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T12:00'), { width: 360 });
      const item = sessionButtons(schedule)[0]!;
      item.click();
      await rendered(schedule);
      expect(item.nextElementSibling!.getAttribute('part')).to.equal('details');
      expect(item.getAttribute('aria-expanded')).to.equal('true');
    });

    it('prints the week grid, whatever the width', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T12:00'), { width: 360 });
      window.dispatchEvent(new Event('beforeprint'));
      await rendered(schedule);
      expect(shadow(schedule).querySelector('table.week'), 'printing').to.exist;
      window.dispatchEvent(new Event('afterprint'));
      await rendered(schedule);
      expect(shadow(schedule).querySelector('table.week'), 'after printing').to.equal(null);
    });

    it('prints without controls or colour fills, with the category names written out', async function () {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T12:00'));
      try {
        await emulateMedia({ media: 'print' });
      } catch (error) {
        // Firefox over WebDriver BiDi cannot emulate print media: Chromium covers it.
        if (String(error).includes('CDP')) this.skip();
        throw error;
      }
      try {
        const root = shadow(schedule);
        expect(getComputedStyle(root.querySelector('.filters')!).display, 'no filters on paper').to.equal('none');
        expect(getComputedStyle(root.querySelector('.week-nav .nav')!).display, 'no buttons on paper').to.equal('none');
        expect(getComputedStyle(root.querySelector('.week .session__category')!).position, 'category names printed').to.equal('static');
        expect(getComputedStyle(root.querySelector('.week .session')!).backgroundColor, 'no colour fills').to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('switches to the week grid when the container grows', async () => {
      const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-03T12:00'), { width: 360 });
      schedule.parentElement!.style.width = '900px';
      await waitUntil(() => shadow(schedule).querySelector('table.week'), 'the week grid did not appear');
    });
  });

  describe('states', () => {
    it('skips bad items and shows the rest', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const feed = feedWith([
          activity({ id: 'good', title: 'Good' }),
          activity({ id: 'no-days', title: 'No days', days: [] }),
          activity({ id: 'backwards', title: 'Backwards', start: '19:00', end: '18:00' }),
          activity({ id: 'bad-day', title: 'Bad day', days: ['monday'] }),
          { id: 'no-times', title: 'No times', days: ['mon'] },
        ]);
        const schedule = await scheduleFixture(feed, helsinki('2026-12-02T12:00'));
        expect(titlesShown(schedule)).to.deep.equal(['Good']);
      } finally {
        console.warn = warn;
      }
    });

    it('shows a skeleton while loading, an error with a retry, and an empty state', async () => {
      const loading = await fixture<BalticSchedule>(html`<baltic-schedule lang="en" timeout="5000" src=${mockUrl('hang')}></baltic-schedule>`);
      expect(shadow(loading).querySelector('[aria-busy="true"] .sk-grid')).to.exist;
      await expect(loading).to.be.accessible();

      const failed = await fixture<BalticSchedule>(html`<baltic-schedule lang="en" src=${mockUrl('status', { code: '500' })}></baltic-schedule>`);
      await settled(failed, 'error');
      expect(textOf(failed)).to.include('The timetable could not be loaded.');
      expect(shadow(failed).querySelector('[part="retry"]')).to.exist;
      await expect(failed).to.be.accessible();

      const empty = await scheduleFixture({ version: 1, schedule: [] }, helsinki('2026-12-02T12:00'));
      expect(textOf(shadow(empty).querySelector('[part="empty"]')!)).to.include('No clubs or classes are listed yet.');
      await expect(empty).to.be.accessible();
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme in the week grid and the day lists, with details open`, async function () {
      this.timeout(40_000); // Four axe runs over a full week: slow on a loaded machine.
      for (const width of [1000, 360]) {
        const schedule = await scheduleFixture(await loadDemoFeed(), helsinki('2026-12-22T12:00'), { width, theme });
        await expect(schedule).to.be.accessible();
        sessionButtons(schedule)[1]!.click();
        await rendered(schedule);
        await expect(schedule).to.be.accessible();
      }
    });
  }
});

/** The titles of the sessions shown, each once, in order of appearance. */
function titlesShown(schedule: BalticSchedule): string[] {
  return [...new Set(sessionButtons(schedule).map(titleOf))];
}

/** Opens the first session of the activity titled `title` and returns its "next" line. */
async function nextOf(schedule: BalticSchedule, title: string): Promise<string> {
  const button = sessionButtons(schedule).find((candidate) => titleOf(candidate) === title);
  if (!button) throw new Error(`no session of "${title}" in the week shown`);
  button.click();
  await rendered(schedule);
  return shadow(schedule).querySelector('[part="next"]')!.textContent!;
}

/** Sets the widget's language and waits until it shows the schedule in it. */
async function switchLanguage(schedule: BalticSchedule, lang: string): Promise<void> {
  schedule.lang = lang;
  await schedule.updateComplete;
  await waitUntil(
    () => schedule.locale === lang && !shadow(schedule).querySelector('[aria-busy="true"]') && shadow(schedule).querySelector('.schedule .session'),
    `the schedule did not switch to "${lang}"`,
  );
}

/** Chooses a filter value as a visitor does. */
async function choose(schedule: BalticSchedule, filter: string, value: string): Promise<void> {
  const select = shadow(schedule).querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await rendered(schedule);
}
