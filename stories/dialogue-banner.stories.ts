import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/dialogue-banner/define.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  demoFeedLoader,
  description,
  feedStateStory,
  loadedDemoFeed,
  type FeedDocument,
  widgetGlobals,
  width,
} from './helpers.js';

/** The attributes of `<baltic-dialogue-banner>` (names as in HTML), plus the feed-event actions. */
interface BannerArgs {
  src?: string;
  /** The feed as an object (the `feed` property); wins over `src`. */
  feed?: object;
  /** Empty: the language of the page around (the toolbar's). */
  lang?: string;
  /** Unset: the toolbar's theme. */
  theme?: Theme;
  timeout?: number;
  /** An ISO instant the clock stands still at; empty: the real clock. */
  now?: string;
  'gallery-url'?: string;
  'heading-level'?: number;
  onBalticFeedLoad?: (event: Event) => void;
  onBalticFeedError?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function banner(args: BannerArgs, context: Context, feed?: object): TemplateResult {
  const { theme } = widgetGlobals(context);
  const given = args.feed ?? feed;
  return html`<baltic-dialogue-banner
    src=${ifDefined(given ? undefined : args.src || undefined)}
    .feed=${given}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    now=${ifDefined(args.now || undefined)}
    gallery-url=${ifDefined(args['gallery-url'] || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    @baltic-feed-load=${(event: Event) => args.onBalticFeedLoad?.(event)}
    @baltic-feed-error=${(event: Event) => args.onBalticFeedError?.(event)}
  ></baltic-dialogue-banner>`;
}

/**
 * The demo feed as an object, its festival changed by `change`. Its image URLs are made
 * relative to the page (a feed given as a property has no URL of its own to resolve them against).
 */
function demoFestival(context: { loaded: Record<string, unknown> }, change: (festival: Record<string, any>) => void = () => {}): FeedDocument {
  const feed = loadedDemoFeed(context) as FeedDocument & { festival: Record<string, any> };
  for (const crop of Object.values(feed.festival.image ?? {}) as { src: string }[]) crop.src = `demo/${crop.src}`;
  change(feed.festival);
  return feed;
}



const argTypes: ArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  lang: {
    control: 'select',
    options: ['', ...LOCALES],
    labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES },
  },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  now: { control: 'text' },
  'gallery-url': { control: 'text' },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  // Read-only properties: in the table, without a control.
  locale: { control: false },
  feedSnapshot: { control: false },
};

const meta = {
  title: 'Widgets/Dialogue banner',
  component: 'baltic-dialogue-banner',
  tags: ['autodocs'],
  render: (args, context) => banner(args, context),
  args: { src: DEMO_FEED_URL, 'heading-level': 2, 'gallery-url': 'gallery.html' },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The "Dialogue of Cultures" festival banner, from the feed\'s `festival`: the title in the page\'s language and beside it in the festival\'s ' +
          '`secondLanguage` (English for a reader of that language), dates, place and tagline; a countdown before the festival, "happening now" with ' +
          'today\'s programme item during it, a link to its photos after it. Below 40em of width (em: it follows the font size) it is a compact card with the narrow crop of the ' +
          'image, wider a hero with the wide crop. `now` fixes the clock for previews.',
      },
    },
  },
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

export const Before: Story = {
  name: 'Before: countdown',
  parameters: description('The demo feed on the real clock: "in N days", in the visitor\'s language with Intl\'s plural forms.'),
};

export const LastDay: Story = {
  name: 'Before: the last day (hours)',
  args: { now: '2027-05-07T14:00+03:00' },
  parameters: description('Ten hours before the start: the countdown is in hours.'),
};

export const During: Story = {
  name: 'During: happening now',
  args: { now: '2027-05-09T12:00+03:00' },
  parameters: description('The second day at noon: "happening now" with the programme item going on (times in the feed\'s time zone).'),
};

export const After: Story = {
  name: 'After: photos',
  args: { now: '2027-05-11T12:00+03:00' },
  parameters: description('After the festival: a link to its album on the gallery page (`gallery-url`), opened at the first photo.'),
};

export const Hero: Story = {
  decorators: [width(1100)],
  parameters: description('In a wide column: the hero layout with the wide crop.'),
};

export const Compact: Story = {
  decorators: [width(340)],
  parameters: description('In a 340px sidebar: the compact card with the narrow (portrait) crop.'),
};

export const NoImage: Story = {
  name: 'Without an image',
  loaders: [demoFeedLoader],
  render: (args, context) => banner(args, context, demoFestival(context, (festival) => delete festival.image)),
  parameters: description('The festival has no image: a gradient of the accent colour under the same overlay.'),
};

export const NoSecondLanguage: Story = {
  name: 'Without a second language',
  loaders: [demoFeedLoader],
  render: (args, context) => banner(args, context, demoFestival(context, (festival) => delete festival.secondLanguage)),
  parameters: description('No `secondLanguage`: one title, in the visitor\'s language.'),
};

export const Loading: Story = feedStateStory('banner-loading', 'loading', 'The feed never answers: a skeleton of the banner\'s size, and "Loading…" for screen readers.');

export const ErrorState: Story = feedStateStory('banner-error', 'http-error', 'The server answers with HTTP 500: the reason and "Try again".');

export const Empty: Story = {
  name: 'Empty (no festival)',
  loaders: [demoFeedLoader],
  render: (args, context) => {
    const { festival: _festival, ...feed } = loadedDemoFeed(context);
    return banner(args, context, feed);
  },
  parameters: description('A valid feed without a `festival` section.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: description('`theme="dark"`: the text stays on the dark overlay; the buttons and the page around follow the theme.'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  args: { now: '2027-05-03T12:00+03:00' },
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${banner(args, context)}</div>`)}
    </div>`,
  parameters: description('Five days before the festival in all eight languages: the title pair, the date range and the plural of "days" follow each language.'),
};
