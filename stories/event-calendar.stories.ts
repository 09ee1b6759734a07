import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/event-calendar/define.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  answers,
  clickInWidget,
  demoFeedLoader,
  description,
  feedStateStory,
  feedWithMistakes,
  loadDemoFeed,
  loadedDemoFeed,
  mockFeedUrl,
  type FeedDocument,
  widgetGlobals,
  width,
  withFetchAnswer,
} from './helpers.js';

/** The attributes of `<baltic-event-calendar>` (names as in HTML), plus the event actions. */
interface CalendarArgs {
  src?: string;
  /** The feed as an object (the `feed` property); wins over `src`. */
  feed?: object;
  lang?: string;
  theme?: Theme;
  timeout?: number;
  view?: '' | 'month' | 'week' | 'list';
  date?: string;
  'time-zone'?: string;
  activities?: boolean;
  'link-state'?: boolean;
  categories?: string;
  onBalticEventSelect?: (event: Event) => void;
  onBalticViewChange?: (event: Event) => void;
  onBalticFilterChange?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function calendar(args: CalendarArgs, context: Context, feed?: object): TemplateResult {
  const { theme } = widgetGlobals(context);
  const given = args.feed ?? feed;
  return html`<baltic-event-calendar
    src=${ifDefined(given ? undefined : args.src || undefined)}
    .feed=${given}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    view=${ifDefined(args.view || undefined)}
    date=${ifDefined(args.date || undefined)}
    time-zone=${ifDefined(args['time-zone'] || undefined)}
    categories=${ifDefined(args.categories || undefined)}
    ?activities=${args.activities}
    ?link-state=${args['link-state']}
    @baltic-event-select=${(event: Event) => args.onBalticEventSelect?.(event)}
    @baltic-view-change=${(event: Event) => args.onBalticViewChange?.(event)}
    @baltic-filter-change=${(event: Event) => args.onBalticFilterChange?.(event)}
  ></baltic-event-calendar>`;
}



const argTypes: ArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  lang: { control: 'select', options: ['', ...LOCALES], labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  view: { control: 'inline-radio', options: ['', 'month', 'week', 'list'], labels: { '': '(automatic: list when narrow)' } },
  date: { control: 'text' },
  'time-zone': { control: 'select', options: ['feed', 'visitor', 'Asia/Tokyo', 'America/New_York'] },
  activities: { control: 'boolean' },
  'link-state': { control: 'boolean' },
  categories: { control: 'text' },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  locale: { control: false },
  feedSnapshot: { control: false },
  currentView: { control: false },
  visibleRange: { control: false },
  displayZone: { control: false },
};

const meta = {
  title: 'Widgets/Event calendar',
  component: 'baltic-event-calendar',
  tags: ['autodocs'],
  render: (args, context) => calendar(args, context),
  args: { src: DEMO_FEED_URL, date: '2026-12', activities: false, 'link-state': false },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The association\'s events in a month grid, a week time grid or a list, with category chips, search, "export these events" and a details dialog. ' +
          'Narrower than 600px it shows the list unless `view` is set. Times are in the feed\'s time zone (`time-zone="visitor"` for the visitor\'s own). ' +
          'On a phone (narrower than 30em) the month shows coloured dots and the chosen day\'s events under the grid, the week one day at a time (three below 37.5em), ' +
          'both follow swipes and the arrows; the search and the chips fold behind one "Filters" button (below 37.5em). ' +
          'Keyboard: the month grid is a WAI-ARIA grid (arrows, Home/End, PageUp/PageDown, Enter opens the day; on a phone it chooses it).',
      },
    },
  },
} satisfies Meta<CalendarArgs>;

export default meta;
type Story = StoryObj<CalendarArgs>;

export const Month: Story = {
  args: { view: 'month' },
  parameters: description('December 2026 of the demo feed: a multi-day event crossing into January, a day with more events than fit ("+N more"), a cancelled one.'),
};

export const Week: Story = {
  args: { view: 'week', date: '2026-12-12' },
  parameters: description('The week of 12 December: overlapping events side by side, all-day events in the row above.'),
};

export const List: Story = {
  args: { view: 'list', date: '2026-12-01' },
  parameters: description('The list from 1 December on, grouped by day; more is added as the end comes into view.'),
};

export const Narrow: Story = {
  name: 'Narrow (phone)',
  args: { view: '' },
  decorators: [width(360)],
  parameters: description('In a 360px column without `view`: the list.'),
};

export const MonthOnPhone: Story = {
  name: 'Month on a phone, a day chosen',
  args: { view: 'month', date: '2026-12-12' },
  decorators: [width(360)],
  parameters: description(
    '`view="month"` in a 360px column: every day is a 44px target with coloured dots for its events; the chosen day (12 December) lists its events under the grid, each opening its details. Tap another day, swipe or use the arrows: the chosen day of the month is kept.',
  ),
};

export const WeekOnPhone: Story = {
  name: 'Week on a phone',
  args: { view: 'week', date: '2026-12-12' },
  decorators: [width(360)],
  parameters: description('`view="week"` in a 360px column: one day at a time (swipe or the arrows), the time grid opened at its first event, "Earlier" / "Later" when events are out of view.'),
};

export const FiltersOpen: Story = {
  name: 'Filters open (phone)',
  args: { view: 'month', date: '2026-12-12', categories: 'culture' },
  decorators: [width(360)],
  play: async ({ canvasElement }) => clickInWidget(canvasElement, 'baltic-event-calendar', '[part="filters-toggle"]'),
  parameters: description('On a narrow calendar the search and the chips fold behind "Filters", which shows how many are in use (here one category); opened.'),
};

export const DetailsOpen: Story = {
  name: 'Details dialog open',
  args: { view: 'month', date: '2026-12-05' },
  play: async ({ canvasElement }) => clickInWidget(canvasElement, 'baltic-event-calendar', '[part~="event"]'),
  parameters: description('An event\'s details: Tab stays inside the dialog, Esc closes it and focus returns to the event.'),
};

export const WithActivities: Story = {
  name: 'With weekly activities',
  args: { view: 'month', activities: true },
  parameters: description('`activities`: the sessions of the feed\'s weekly schedule too (those on holiday breaks marked cancelled).'),
};

export const CultureInRussian: Story = {
  name: 'Culture, in Russian',
  args: { view: 'month', lang: 'ru', categories: 'culture' },
  parameters: description('`lang="ru"` and `categories="culture"`: this month\'s Culture events.'),
};

export const OtherTimeZone: Story = {
  name: 'Times in another zone',
  args: { view: 'week', date: '2026-12-05', 'time-zone': 'Asia/Tokyo' },
  parameters: description('`time-zone="Asia/Tokyo"`: the Helsinki evening concert falls on the next morning, and a note says so.'),
};

export const EmptyMonth: Story = {
  name: 'Empty month',
  args: { view: 'month', date: '2026-10' },
  parameters: description('A month without events, with a way to the next one.'),
};

export const Dark: Story = {
  args: { view: 'month' },
  globals: { theme: 'dark' },
  parameters: description('`theme="dark"` (here from the toolbar).'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  args: { view: 'list', date: '2026-12-12' },
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${calendar(args, context)}</div>`)}
    </div>`,
  parameters: description('The list in all eight languages.'),
};

/** The demo feed plus `count` events in December 2026 (33 a day). */
function withManyEvents(feed: FeedDocument, count: number): FeedDocument {
  const events = Array.from({ length: count }, (_, index) => {
    const day = String(1 + (Math.floor(index / 33) % 31)).padStart(2, '0');
    const hour = String(8 + (index % 12)).padStart(2, '0');
    const categories = ['culture', 'education', 'wellness', 'journey', 'hobby'];
    return { id: `many-${index}`, title: `Event ${index + 1}`, start: `2026-12-${day}T${hour}:00`, end: `2026-12-${day}T${hour}:45`, category: categories[index % 5] };
  });
  return { ...feed, events: [...((feed.events as unknown[]) ?? []), ...events] };
}

export const ThousandEvents: Story = {
  name: '1,000 events',
  args: { view: 'month' },
  loaders: [demoFeedLoader],
  render: (args, context) => calendar(args, context, withManyEvents(loadedDemoFeed(context), 1000)),
  parameters: description('1,000 more events in December: each day shows what fits and "+N more"; switch to the list to see it build page by page.'),
};

export const Loading: Story = feedStateStory('calendar-loading', 'loading', 'The feed never answers: a skeleton of the calendar\'s size.');

export const ErrorState: Story = feedStateStory('calendar-error', 'network-error', 'The server cannot be reached: the reason, "Try again", and the note that it tries again by itself (after 2, 4, 8… s).');

const MISTAKES_URL = mockFeedUrl('calendar-invalid-items');
export const InvalidFeed: Story = {
  name: 'Invalid feed (bad items skipped)',
  args: { src: MISTAKES_URL, view: 'month' },
  decorators: [withFetchAnswer(MISTAKES_URL, answers.json(async () => feedWithMistakes(await loadDemoFeed())))],
  parameters: description('The demo feed with mistakes: the bad items are skipped, the rest shown; problems go to the console.'),
};

export const DeepLink: Story = {
  name: 'Deep link (link-state)',
  args: { view: 'month', 'link-state': true },
  parameters: description('With `link-state`, the month and the open event are kept in the URL hash; Back closes the event.'),
};
