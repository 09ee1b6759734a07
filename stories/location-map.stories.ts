import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/location-map/define.js';
import { DEFAULT_ATTRIBUTION, DEFAULT_TILE_URL } from '../src/components/location-map/location-map.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import {
  DEMO_FEED_URL,
  demoFeedLoader,
  description,
  feedStateStory,
  loadedDemoFeed,
  widgetGlobals,
  width,
} from './helpers.js';

/**
 * Drawn tiles served with the demo (`demo/tiles/tile.svg`): Storybook has no tile server of
 * its own, and a story should not send its viewers' addresses to OpenStreetMap unasked.
 */
const DEMO_TILES = 'demo/tiles/tile.svg?{z}/{x}/{y}';
const DEMO_ATTRIBUTION = 'Demo tiles drawn for baltic-widgets';

/** The attributes of `<baltic-location-map>` (names as in HTML), plus the event actions. */
interface LocationMapArgs {
  src?: string;
  feed?: object;
  lang?: string;
  theme?: Theme;
  timeout?: number;
  locations?: string;
  'event-id'?: string;
  consent?: 'ask' | 'page';
  'remember-consent'?: boolean;
  'tile-url'?: string;
  attribution?: string;
  'heading-level'?: number;
  onBalticEventSelect?: (event: Event) => void;
  onBalticFeedLoad?: (event: Event) => void;
  onBalticFeedError?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function locationMap(args: LocationMapArgs, context: Context, options: { feed?: object } = {}): TemplateResult {
  const { theme } = widgetGlobals(context);
  const feed = args.feed ?? options.feed;
  return html`<baltic-location-map
    src=${ifDefined(feed ? undefined : args.src || undefined)}
    .feed=${feed}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    timeout=${ifDefined(args.timeout)}
    locations=${ifDefined(args.locations || undefined)}
    event-id=${ifDefined(args['event-id'] || undefined)}
    consent=${ifDefined(args.consent)}
    ?remember-consent=${args['remember-consent']}
    tile-url=${ifDefined(args['tile-url'] || undefined)}
    attribution=${ifDefined(args.attribution || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    @baltic-event-select=${(event: Event) => args.onBalticEventSelect?.(event)}
    @baltic-feed-load=${(event: Event) => args.onBalticFeedLoad?.(event)}
    @baltic-feed-error=${(event: Event) => args.onBalticFeedError?.(event)}
  ></baltic-location-map>`;
}



const argTypes: ArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  lang: { control: 'select', options: ['', ...LOCALES], labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  locations: { control: 'text' },
  'event-id': { control: 'text' },
  consent: { control: 'inline-radio', options: ['ask', 'page'] },
  'remember-consent': { control: 'boolean' },
  'tile-url': { control: 'text' },
  attribution: { control: 'text' },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  locale: { control: false },
  feedSnapshot: { control: false },
};

const meta = {
  title: 'Widgets/Location map',
  component: 'baltic-location-map',
  tags: ['autodocs'],
  render: (args, context) => locationMap(args, context),
  args: { src: DEMO_FEED_URL, 'tile-url': DEMO_TILES, attribution: DEMO_ATTRIBUTION, consent: 'page', 'remember-consent': false, 'heading-level': 2 },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'The feed\'s locations on a map (Leaflet, loaded only when the widget is near the viewport), always with a list: name, address, how to get there, ' +
          'and directions links to Google Maps, Apple Maps, OpenStreetMap and the phone\'s navigation app (`geo:`). Under 48em of width (em: it follows the font size) the list is under the map, wider it is beside it. ' +
          `By default the tiles come from OpenStreetMap (\`${DEFAULT_TILE_URL}\`, attribution \`${DEFAULT_ATTRIBUTION}\`); by default it asks before it loads anything from the tile server (\`consent="ask"\`). These stories use drawn tiles served with Storybook, with \`consent="page"\` (the page's own tile server), except the asking ones.`,
      },
    },
  },
} satisfies Meta<LocationMapArgs>;

export default meta;
type Story = StoryObj<LocationMapArgs>;

export const Loaded: Story = {
  parameters: description('All the places of the demo feed. Markers are coloured by the category of what happens there; a marker\'s popup lists the next events there (choosing one fires `baltic-event-select`).'),
};

export const Wide: Story = {
  decorators: [width(1000)],
  parameters: description('In a 1000px column: the list beside the map, which stays in view while the list scrolls with the page.'),
};

export const Compact: Story = {
  decorators: [width(360)],
  parameters: description('In a 360px column (a phone): the map above the list. The wheel and one-finger panning move the page until the map is tapped or focused.'),
};

export const Consent: Story = {
  name: 'Asks before the map (default)',
  args: { consent: 'ask', 'tile-url': '', attribution: '' },
  parameters: description('The default (`consent="ask"`): a map-shaped preview, drawn with CSS, says where the map would come from (OpenStreetMap by default). Nothing of Leaflet and no tile is fetched before "Show map".'),
};

export const PopupOpen: Story = {
  name: 'A place\'s popup open',
  decorators: [width(360)],
  play: async ({ canvasElement }) => {
    // The map loads near the viewport; "Show on map" comes with it, its markers a moment later: click until the popup is there.
    for (let attempt = 0; attempt < 100; attempt++) {
      const widget = canvasElement.querySelector('baltic-location-map');
      widget?.scrollIntoView({ block: 'nearest' });
      const root = widget?.shadowRoot;
      if (root?.querySelector('.leaflet-popup')) return;
      root?.querySelector<HTMLButtonElement>('[part="place"] .show')?.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
  parameters: description('"Show on map" in the list opens the place\'s popup: name, address, directions and the next events there, within the map on a phone too.'),
};

export const ConsentRemembered: Story = {
  name: 'Asks before the map, remembered',
  args: { consent: 'ask', 'remember-consent': true },
  parameters: description('With `remember-consent` the visitor\'s "Show map" is kept in `localStorage` for this site and tile server: the next map shows at once. (These drawn tiles come from this Storybook.)'),
};

export const OnePlace: Story = {
  name: 'One event\'s place',
  args: { 'event-id': '2026-12-advent-concert' },
  parameters: description('`event-id` of an event: its one place, centred at street level.'),
};

export const Festival: Story = {
  name: 'The festival\'s places',
  args: { 'event-id': 'dialogue-of-cultures-2027' },
  parameters: description('`event-id` of the festival: its own place and those of its programme.'),
};

export const NamedPlaces: Story = {
  name: 'Named places',
  args: { locations: 'club-room main-library' },
  parameters: description('`locations="club-room main-library"`: those places, in that order.'),
};

export const MapFailed: Story = {
  name: 'Map failed (tiles)',
  args: { 'tile-url': 'demo/tiles/missing/{z}/{x}/{y}.png' },
  parameters: description('No tile can be loaded (a tile server down, or offline): the list alone remains, with a short notice.'),
};

export const Loading: Story = feedStateStory('location-map-loading', 'loading', 'The feed never answers: a skeleton of the map and list, and "Loading…" for screen readers.');

export const ErrorNetwork: Story = feedStateStory('location-map-error', 'network-error', 'The feed cannot be loaded: an error with a reason and "Try again".');

export const Empty: Story = {
  name: 'Empty (no places)',
  loaders: [demoFeedLoader],
  render: (args, context) => locationMap(args, context, { feed: { ...loadedDemoFeed(context), locations: [] } }),
  parameters: description('A feed without locations.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: description('`theme="dark"`: list, popups and map controls follow; the tiles are the tile server\'s.'),
};

export const EveryLanguage: Story = {
  name: 'Every language',
  args: { consent: 'ask', locations: 'club-room' },
  render: (args, context) =>
    html`<div class="sb-grid">
      ${LOCALES.map((locale) => html`<div lang=${locale}><p class="sb-caption">${LOCALE_NAMES[locale]} (${locale})</p>${locationMap(args, context)}</div>`)}
    </div>`,
  parameters: description('One place in all eight languages, asking before the map (eight maps would load eight times the tiles).'),
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { 'remember-consent': false },
  decorators: [
    (story) => html`<div style="--baltic-color-accent: light-dark(#8c2f39, #e0707b); --baltic-radius: 2px; --baltic-location-map-height: 18rem">${story()}</div>`,
  ],
  parameters: description('`--baltic-color-accent`, `--baltic-radius` and `--baltic-location-map-height` set on an ancestor.'),
};
