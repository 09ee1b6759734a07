import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/schedule/define.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  answers,
  clickInWidget,
  demoFeedLoader,
  description,
  feedStateStory,
  loadDemoFeed,
  loadedDemoFeed,
  mockFeedUrl,
  type FeedDocument,
  widgetGlobals,
  width,
  withFetchAnswer,
} from './helpers.js';

/** The attributes of `<baltic-schedule>` (names as in HTML), plus the event actions. */
interface ScheduleArgs {
  src?: string;
  /** The feed as an object (the `feed` property); wins over `src`. */
  feed?: object;
  /** Empty: the language of the page around (the toolbar's). */
  lang?: string;
  /** Unset: the toolbar's theme. */
  theme?: Theme;
  timeout?: number;
  week?: string;
  category?: string;
  audience?: string;
  language?: string;
  'heading-level'?: number;
  onBalticActivitySelect?: (event: Event) => void;
  onBalticFeedLoad?: (event: Event) => void;
  onBalticFeedError?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function schedule(args: ScheduleArgs, context: Context, feed?: object): TemplateResult {
  const { theme } = widgetGlobals(context);
  const given = args.feed ?? feed;
  return html`<baltic-schedule
    src=${ifDefined(given ? undefined : args.src || undefined)}
    .feed=${given}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    week=${ifDefined(args.week || undefined)}
    category=${ifDefined(args.category || undefined)}
    audience=${ifDefined(args.audience || undefined)}
    language=${ifDefined(args.language || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    @baltic-activity-select=${(event: Event) => args.onBalticActivitySelect?.(event)}
    @baltic-feed-load=${(event: Event) => args.onBalticFeedLoad?.(event)}
    @baltic-feed-error=${(event: Event) => args.onBalticFeedError?.(event)}
  ></baltic-schedule>`;
}



const argTypes: ArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  lang: { control: 'select', options: ['', ...LOCALES], labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  week: { control: 'date' },
  category: { control: 'select', options: ['', 'culture', 'education', 'wellness', 'hobby'] },
  audience: { control: 'select', options: ['', 'children', 'youth', 'adults', 'seniors', 'families'] },
  language: { control: 'select', options: ['', 'ru', 'fi'] },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  // Read-only or programmatic properties: in the table, without a control.
  locale: { control: false },
  feedSnapshot: { control: false },
  now: { control: false },
};

const meta = {
  title: 'Widgets/Schedule',
  component: 'baltic-schedule',
  tags: ['autodocs'],
  render: (args, context) => schedule(args, context),
  args: { src: DEMO_FEED_URL, 'heading-level': 3 },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The weekly timetable of clubs and classes, from the feed\'s `schedule`. From 640px of width: a week grid (days across, time down, ' +
          'overlapping activities side by side); narrower: one list per day, today first. Filters by category, audience and language; a week ' +
          'switcher within the season; each activity opens its details (audience, language, leader, place and directions, price, registration, ' +
          'the next date, skipped dates, add to calendar). Printing gives a one-page black-and-white timetable.',
      },
    },
  },
} satisfies Meta<ScheduleArgs>;

export default meta;
type Story = StoryObj<ScheduleArgs>;

export const Week: Story = {
  name: 'Week grid',
  decorators: [width(1100)],
  parameters: description('The demo feed in a wide column: the week grid. Choose a block for its details.'),
};

export const DayLists: Story = {
  name: 'Day lists (narrow)',
  decorators: [width(360)],
  parameters: description('In a 360px column (a phone, a sidebar): one list per day, the seven days from today.'),
};

export const RussianChildren: Story = {
  name: 'Filtered: Russian-language children\'s clubs',
  args: { language: 'ru', audience: 'children' },
  decorators: [width(360)],
  parameters: description('`language="ru" audience="children"`: what a parent on a phone looks for. The visitor can change the filters.'),
};

export const FiltersOpen: Story = {
  name: 'Filters open (phone)',
  args: { language: 'ru', audience: 'children' },
  decorators: [width(360)],
  play: async ({ canvasElement }) => clickInWidget(canvasElement, 'baltic-schedule', '[part="filters-toggle"]'),
  parameters: description('On a phone the three menus sit behind one "Filters" button with the number set ("Filters 2"); here it is open.'),
};

export const DetailsOpen: Story = {
  name: 'Details open',
  play: async ({ canvasElement }) => clickInWidget(canvasElement, 'baltic-schedule', 'button.session'),
  parameters: description('An activity\'s details, as a visitor opens them: audience, language, place and directions, price, the next date, add to calendar.'),
};

export const NoMatch: Story = {
  name: 'Filtered: nothing matches',
  args: { audience: 'families', language: 'fi' },
  parameters: description('No activity matches the filters: the empty result is explained, with a button that shows all activities.'),
};

export const ChristmasWeek: Story = {
  name: 'Exceptions: the Christmas week',
  args: { week: '2026-12-21' },
  decorators: [width(1100)],
  parameters: description('`week="2026-12-21"`: every session of the week is cancelled for the Christmas break, and marked so.'),
};

export const DstWeek: Story = {
  name: 'The week the clocks change',
  args: { week: '2027-03-28' },
  decorators: [width(1100)],
  parameters: description('The week of 28 March 2027 (summer time starts on Sunday): the clock times stay the same. Easter exceptions are marked.'),
};

export const Loading: Story = feedStateStory('schedule-loading', 'loading', 'The feed never answers: a skeleton, and "Loading…" for screen readers (`aria-busy`).');

export const ErrorNetwork: Story = feedStateStory('schedule-error-network', 'network-error', 'The server cannot be reached: an error with a reason and "Try again".');

export const ErrorHttp500: Story = feedStateStory('schedule-error-http-500', 'http-error', 'The server answers with HTTP 500.');

/** The demo feed with activities of the kinds feed authors get wrong. */
function feedWithBadActivities(feed: FeedDocument): FeedDocument {
  const copy = structuredClone(feed);
  copy.schedule = [
    ...(Array.isArray(copy.schedule) ? copy.schedule : []),
    { id: 'no-days', title: 'No weekdays', days: [], start: '10:00', end: '11:00' },
    { id: 'backwards', title: 'Ends before it starts', days: ['mon'], start: '19:00', end: '18:00' },
    { id: 'bad-time', title: 'Not a time', days: ['tue'], start: '7pm', end: '9pm' },
  ];
  return copy;
}

const MISTAKES_URL = mockFeedUrl('schedule-invalid-items');
export const InvalidItems: Story = {
  name: 'Invalid activities (skipped)',
  args: { src: MISTAKES_URL },
  decorators: [withFetchAnswer(MISTAKES_URL, answers.json(async () => feedWithBadActivities(await loadDemoFeed())))],
  parameters: description('Three broken activities are skipped (and reported on the console); the rest are shown.'),
};

export const Empty: Story = {
  name: 'Empty (no activities)',
  loaders: [demoFeedLoader],
  render: (args, context) => schedule(args, context, { ...loadedDemoFeed(context), schedule: [] }),
  parameters: description('A valid feed with an empty `schedule`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  decorators: [width(1100)],
  parameters: description('`theme="dark"` (here from the toolbar).'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${schedule(args, context)}</div>`)}
    </div>`,
  parameters: description('The schedule in all eight languages: day names, dates, times and language names by `Intl`, feed texts by language.'),
};
