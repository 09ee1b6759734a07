import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/add-to-calendar/define.js';
import type { BalticAddToCalendar } from '../src/components/add-to-calendar/add-to-calendar.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  demoFeedLoader,
  description,
  feedStateStory,
  loadedDemoFeed,
  widgetGlobals,
} from './helpers.js';

/** The attributes of `<baltic-add-to-calendar>` (names as in HTML), plus its event. */
interface AddToCalendarArgs {
  src?: string;
  feed?: object;
  'event-id'?: string;
  'activity-id'?: string;
  festival?: boolean;
  lang?: string;
  theme?: Theme;
  timeout?: number;
  onBalticAddToCalendar?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function button(args: AddToCalendarArgs, context: Context, feed?: object): TemplateResult {
  const { theme } = widgetGlobals(context);
  const given = args.feed ?? feed;
  return html`<baltic-add-to-calendar
    src=${ifDefined(given ? undefined : args.src || undefined)}
    .feed=${given}
    event-id=${ifDefined(args['event-id'] || undefined)}
    activity-id=${ifDefined(args['activity-id'] || undefined)}
    ?festival=${args.festival}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    @baltic-add-to-calendar=${(event: Event) => args.onBalticAddToCalendar?.(event)}
  ></baltic-add-to-calendar>`;
}

/**
 * Opens the menu once the button works, for the stories that show it open (a `play` function,
 * run after the story is rendered, so Storybook's tests see it open): the keyboard's way,
 * ArrowDown on the button, then waits until the menu is there.
 */
async function openMenu(canvas: HTMLElement): Promise<void> {
  const widget = canvas.querySelector<BalticAddToCalendar>('baltic-add-to-calendar');
  for (let attempt = 0; attempt < 100; attempt++) {
    const trigger = widget?.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]:not([aria-disabled])');
    if (trigger?.getAttribute('aria-expanded') === 'true') return;
    if (trigger && !trigger.dataset['opening']) {
      trigger.dataset['opening'] = 'true';
      trigger.focus();
      trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


const argTypes: ArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  'event-id': { control: 'text' },
  'activity-id': { control: 'text' },
  festival: { control: 'boolean' },
  lang: { control: 'select', options: ['', ...LOCALES], labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  onBalticAddToCalendar: { action: 'baltic-add-to-calendar', table: { disable: true } },
  locale: { control: false },
  feedSnapshot: { control: false },
};

const meta = {
  title: 'Widgets/Add to calendar',
  component: 'baltic-add-to-calendar',
  tags: ['autodocs'],
  render: (args, context) => button(args, context),
  args: { src: DEMO_FEED_URL, 'event-id': '2026-11-literature-evening' },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'An "Add to calendar" button for one event (`event-id`), weekly activity (`activity-id`) or the festival (`festival`) of the feed. ' +
          'Its menu (a WAI-ARIA menu button: arrows, Home/End, type-ahead, Esc, Tab) saves an .ics file or opens Google Calendar, Outlook.com, ' +
          'Microsoft 365 or Yahoo; with `calendar.ics` in the feed it also offers a subscription to the whole calendar. ' +
          'The menu\'s code and the iCal code load only when the menu is first pointed at or opened.',
      },
    },
  },
} satisfies Meta<AddToCalendarArgs>;

export default meta;
type Story = StoryObj<AddToCalendarArgs>;

export const SingleEvent: Story = {
  name: 'Event',
  parameters: description('An event of the demo feed, loaded from `src`.'),
};

export const MenuOpen: Story = {
  name: 'Menu open',
  render: (args, context) => html`<div style="min-block-size: 420px">${button(args, context)}</div>`,
  play: async ({ canvasElement }) => openMenu(canvasElement),
  parameters: description('The menu: the calendar file, the four web calendars, and the subscriptions to the published calendar.'),
};

export const WeeklyActivity: Story = {
  name: 'Weekly activity (series)',
  args: { 'event-id': '', 'activity-id': 'morning-exercise-seniors' },
  render: (args, context) => html`<div style="min-block-size: 420px">${button(args, context)}</div>`,
  play: async ({ canvasElement }) => openMenu(canvasElement),
  parameters: description(
    'A weekly club with holiday breaks: the file carries RRULE and EXDATE; web calendars whose links cannot carry the breaks are left out and named under the menu.',
  ),
};

export const Festival: Story = {
  args: { 'event-id': '', festival: true },
  parameters: description('The festival as an all-day event (for the festival banner).'),
};

export const FromProperty: Story = {
  name: 'Feed as a property',
  args: { src: '' },
  loaders: [demoFeedLoader],
  render: (args, context) => button(args, context, loadedDemoFeed(context)),
  parameters: description('The feed given as the `feed` property, as other widgets embed the button.'),
};

export const NotInFeed: Story = {
  name: 'Id not in the feed',
  args: { 'event-id': 'no-such-event' },
  parameters: description('An id the feed does not have: a disabled button that says why (`aria-describedby`, and a tooltip).'),
};

export const Cancelled: Story = {
  name: 'Cancelled event',
  loaders: [demoFeedLoader],
  render: (args, context) => {
    const feed = loadedDemoFeed(context) as { events: Array<Record<string, unknown>> };
    feed.events = feed.events.map((event) => (event.id === args['event-id'] ? { ...event, status: 'cancelled' } : event));
    return button({ ...args, src: '' }, context, feed);
  },
  parameters: description('A cancelled event cannot be added: the button is disabled and says so.'),
};

export const Loading: Story = feedStateStory('atc-loading', 'loading', 'While the feed loads: a placeholder of the button\'s size, nothing taller.');

export const FeedError: Story = feedStateStory('atc-error', 'http-error', 'The feed failed: a disabled button with the reason, not an error box (the button sits inline in other widgets).');

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, context) => html`<div style="min-block-size: 420px">${button(args, context)}</div>`,
  play: async ({ canvasElement }) => openMenu(canvasElement),
  parameters: description('`theme="dark"`, menu open.'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${button(args, context)}</div>`)}
    </div>`,
  parameters: description('The button in all eight languages; the file and links carry the feed\'s texts in the chosen language.'),
};
