import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/org-card/define.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  answers,
  demoFeedLoader,
  description,
  feedStateStory,
  feedWithMistakes,
  feedWithoutOrganization,
  loadDemoFeed,
  loadedDemoFeed,
  mockFeedUrl,
  widgetGlobals,
  width,
  withFetchAnswer,
  withSavedDemoFeed,
} from './helpers.js';

/** The attributes of `<baltic-org-card>` (names as in HTML), plus the feed-event actions. */
interface OrgCardArgs {
  src?: string;
  /** The feed as an object (the `feed` property); wins over `src`. */
  feed?: object;
  /** Empty: the language of the page around (the toolbar's). */
  lang?: string;
  /** Unset: the toolbar's theme. */
  theme?: Theme;
  timeout?: number;
  'heading-level'?: number;
  'json-ld'?: boolean;
  onBalticFeedLoad?: (event: Event) => void;
  onBalticFeedError?: (event: Event) => void;
}

interface CardOptions {
  /** The `feed` property instead of `src` (unless the `feed` arg is set). */
  feed?: object;
}

type Context = Parameters<typeof widgetGlobals>[0];

function card(args: OrgCardArgs, context: Context, options: CardOptions = {}): TemplateResult {
  const { theme } = widgetGlobals(context);
  const feed = args.feed ?? options.feed;
  return html`<baltic-org-card
    src=${ifDefined(feed ? undefined : args.src || undefined)}
    .feed=${feed}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    heading-level=${ifDefined(args['heading-level'])}
    ?json-ld=${args['json-ld']}
    @baltic-feed-load=${(event: Event) => args.onBalticFeedLoad?.(event)}
    @baltic-feed-error=${(event: Event) => args.onBalticFeedError?.(event)}
  ></baltic-org-card>`;
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
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  'json-ld': { control: 'boolean' },
  // Read-only properties: in the table, without a control.
  locale: { control: false },
  feedSnapshot: { control: false },
};

const meta = {
  title: 'Widgets/Organization card',
  component: 'baltic-org-card',
  tags: ['autodocs'],
  render: (args, context) => card(args, context),
  args: { src: DEMO_FEED_URL, 'heading-level': 2, 'json-ld': false },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The organization at a glance, from the feed\'s `organization`: logo, name, description, key figures, aims, contact and social links. ' +
          'Below 44em of width (em: it follows the font size) it is one column; wider, the figures and contact move to a second column. ' +
          'Its language is the nearest `lang` on the page (the toolbar\'s here) unless `lang` is set; `theme` follows the toolbar unless set.',
      },
    },
  },
} satisfies Meta<OrgCardArgs>;

export default meta;
type Story = StoryObj<OrgCardArgs>;

export const Loaded: Story = {
  parameters: description('The demo feed, loaded from `src`. Widgets on a page that name the same URL share one request.'),
};

export const Wide: Story = {
  decorators: [width(960)],
  parameters: description('In a 960px column: the two-column layout.'),
};

export const Compact: Story = {
  decorators: [width(360)],
  parameters: description('In a 360px column (a phone, a sidebar): one column.'),
};

export const Loading: Story = feedStateStory('loading', 'loading', 'The feed never answers: a skeleton of the card\'s size, and "Loading…" for screen readers (`aria-busy`).');

export const ErrorNetwork: Story = feedStateStory('error-network', 'network-error', 'The server cannot be reached (offline, DNS, CORS): an error with a reason and "Try again".');

export const ErrorHttp500: Story = feedStateStory('error-http-500', 'http-error', 'The server answers with HTTP 500.');

const TIMEOUT_URL = mockFeedUrl('error-timeout');
export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  args: { src: TIMEOUT_URL, timeout: 2000 },
  decorators: [withFetchAnswer(TIMEOUT_URL, answers.never())],
  parameters: description('No answer within `timeout` (2 s here; 15 s by default).'),
};

const NOT_JSON_URL = mockFeedUrl('not-json');
export const NotJson: Story = {
  name: 'Error: not JSON',
  args: { src: NOT_JSON_URL },
  decorators: [
    withFetchAnswer(NOT_JSON_URL, answers.text('<!doctype html><html><head><title>Welcome</title></head><body>Our new website</body></html>')),
  ],
  parameters: description('The URL answers with an HTML page (a typical misconfiguration: the feed was moved and the server shows its home page).'),
};

const MISTAKES_URL = mockFeedUrl('invalid-items');
export const InvalidFeed: Story = {
  name: 'Invalid feed (bad items skipped)',
  args: { src: MISTAKES_URL },
  decorators: [withFetchAnswer(MISTAKES_URL, answers.json(async () => feedWithMistakes(await loadDemoFeed())))],
  parameters: description(
    'The demo feed with mistakes: an aim that is not a text, a social link to an unknown network and one with a `javascript:` URL, ' +
      'a bad email address, a negative member count and an event without a start. The bad items are skipped and the bad fields ignored; ' +
      'the rest is shown, and every problem is reported on the browser console with its JSON path.',
  ),
};

export const NotAFeed: Story = {
  name: 'Error: not a feed',
  args: { feed: [] },
  parameters: description('The `feed` property set to JSON that is not a feed (`[]`): the "not in the expected format" error. No "Try again": there is nothing to reload.'),
};

export const Empty: Story = {
  name: 'Empty (no organization)',
  loaders: [demoFeedLoader],
  render: (args, context) => card(args, context, { feed: feedWithoutOrganization(loadedDemoFeed(context)) }),
  parameters: description('A valid feed (given as the `feed` property) with no `organization` section.'),
};

const STALE_URL = mockFeedUrl('stale');
export const Stale: Story = {
  name: 'Stale (saved data, refresh failed)',
  args: { src: STALE_URL },
  loaders: [demoFeedLoader],
  // The decorator listed last runs first: save, then answer the refresh with a failure.
  decorators: [withFetchAnswer(STALE_URL, answers.networkError(600)), withSavedDemoFeed(STALE_URL, 3 * 3600_000)],
  parameters: description(
    'A visit three hours ago saved the feed in `localStorage`; now the server cannot be reached. ' +
      'The saved information is shown, marked with its age, with "Try again".',
  ),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: description('`theme="dark"` (here from the toolbar). `auto`, the default, follows the visitor\'s system setting.'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${card(args, context)}</div>`)}
    </div>`,
  parameters: description('The card in all eight languages, each inside an element with that `lang`; the feed\'s texts fall back when a language is missing.'),
};

/** Copies the widgets' JSON-LD blocks from the document head into `output`, and keeps it up to date. */
function mirrorJsonLd(output: Element | undefined): void {
  headObserver?.disconnect();
  if (!output) return;
  const show = () => {
    const blocks = [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-baltic-widgets]')];
    output.textContent = blocks.length
      ? blocks.map((block) => `<!-- in document.head: ${block.dataset.balticWidgets} -->\n${JSON.stringify(JSON.parse(block.text), null, 2)}`).join('\n\n')
      : '(no JSON-LD block in the document head yet)';
  };
  headObserver = new MutationObserver(show);
  headObserver.observe(document.head, { childList: true });
  show();
}
let headObserver: MutationObserver | undefined;

export const WithJsonLd: Story = {
  name: 'With JSON-LD',
  args: { 'json-ld': true },
  render: (args, context) =>
    html`${card(args, context)}<pre class="sb-code" aria-label="JSON-LD in the document head" ${ref(mirrorJsonLd)}></pre>`,
  parameters: description(
    'With `json-ld`, the card adds a schema.org `Organization` block for search engines. It goes to the **document head**, not into the card ' +
      '(once per page, however many cards ask for it; removed with the last of them). It is copied below the card for reading.',
  ),
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  decorators: [
    (story) =>
      html`<div style="--baltic-color-accent: light-dark(#8c2f39, #e0707b); --baltic-radius: 2px; --baltic-font-family: Georgia, serif">${story()}</div>`,
  ],
  parameters: description(
    'Custom properties set on any ancestor: `--baltic-color-accent: light-dark(#8c2f39, #e0707b)` (a colour for each theme), ' +
      '`--baltic-radius: 2px`, `--baltic-font-family: Georgia, serif`.',
  ),
};
