/**
 * Every story of every widget, rendered as Storybook renders it (args, loaders, decorators,
 * `play`), in light and dark, at 320 and 1280 px side by side, checked with axe against the
 * WCAG 2.0/2.1 A and AA rules: 0 violations. Stories with an open state (menus, dialogs, the
 * lightbox, the filters) open it in `play`; the test checks it is open.
 *
 * Kept fast: one page, the two widths are two sized containers (no viewport resize), and axe
 * runs once per story and theme over both containers. It runs in Chromium only (see
 * web-test-runner.config.mjs): axe's rules do not depend on the engine, and the per-widget
 * tests already run their own axe checks in Firefox ESR.
 */
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { finishAnimations, waitUntil } from './helpers.js';
import * as addToCalendar from '../../stories/add-to-calendar.stories.js';
import * as banner from '../../stories/dialogue-banner.stories.js';
import * as eventCalendar from '../../stories/event-calendar.stories.js';
import * as gallery from '../../stories/gallery.stories.js';
import * as languageSwitcher from '../../stories/language-switcher.stories.js';
import * as locationMap from '../../stories/location-map.stories.js';
import * as orgCard from '../../stories/org-card.stories.js';
import * as schedule from '../../stories/schedule.stories.js';

type AnyFunction = (...args: any[]) => any;
interface StoryModule {
  default: { args?: object; render?: AnyFunction; decorators?: AnyFunction[]; loaders?: AnyFunction[] };
  [name: string]: any;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
declare const axe: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> };

const MODULES: [string, StoryModule][] = [
  ['add-to-calendar', addToCalendar as StoryModule],
  ['dialogue-banner', banner as StoryModule],
  ['event-calendar', eventCalendar as StoryModule],
  ['gallery', gallery as StoryModule],
  ['language-switcher', languageSwitcher as StoryModule],
  ['location-map', locationMap as StoryModule],
  ['org-card', orgCard as StoryModule],
  ['schedule', schedule as StoryModule],
];

/** The WCAG 2.1 A and AA rules (the law's level); best practices are not failures here. */
const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] };

/** The page around a story, as .storybook/preview-head.html draws the frame. */
const FRAME = {
  light: 'background: #ffffff; color: #1a1f26; color-scheme: light;',
  dark: 'background: #0f1318; color: #e8edf3; color-scheme: dark;',
} as const;

/** Renders a story as Storybook does, into `canvas`, then runs its `play`; `staysLoading` for a story whose feed never answers. */
async function renderStory(module: StoryModule, story: any, canvas: HTMLElement, theme: string, staysLoading: boolean): Promise<void> {
  const meta = module.default;
  const args = { ...meta.args, ...story.args };
  const context: any = { args, globals: { locale: 'en', theme, ...story.globals }, loaded: {}, parameters: {}, canvasElement: canvas };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(context.loaded, await loader(context));
  let storyFn = () => (story.render ?? meta.render)!(args, context) as TemplateResult;
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  render(storyFn(), canvas);
  await settle(canvas, staysLoading);
  if (story.play) await story.play({ canvasElement: canvas, args, context });
  await settle(canvas, staysLoading);
}

/**
 * Waits until every widget in `root` shows its feed or its error, or, for a story whose feed
 * never answers, its loading state (`aria-busy`, the skeleton): the state axe is to check.
 */
async function settle(root: HTMLElement, staysLoading: boolean): Promise<void> {
  const widgets = () => [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('baltic-'));
  const loading = (widget: Element) => !!widget.shadowRoot?.querySelector('[aria-busy="true"]');
  const inState = (widget: Element) => !!widget.shadowRoot && loading(widget) === staysLoading;
  await waitUntil(() => widgets().length > 0 && widgets().every(inState), '', { timeout: 1500, interval: 20 }).catch(() => undefined);
  await Promise.all(widgets().map((widget) => (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

const stories = (module: StoryModule) => Object.entries(module).filter(([name, story]) => name !== 'default' && typeof story === 'object' && story && !Array.isArray(story));

/**
 * The open state each story with a `play` leaves, by widget and story: what must be there in
 * every copy of the widget (both widths). Waited for: some open on demand (lazy chunks, Leaflet).
 */
const OPEN_STATES: Record<string, [string, (root: ShadowRoot) => unknown][]> = {
  'add-to-calendar': [['the menu', (root) => root.querySelector('[part="button"][aria-expanded="true"]')]],
  'event-calendar': [
    ['FiltersOpen', (root) => root.querySelector('[part="filters-toggle"][aria-expanded="true"]')],
    ['DetailsOpen', (root) => root.querySelector('dialog[open]')],
  ],
  gallery: [['the lightbox', (root) => root.querySelector('baltic-gallery-lightbox')?.shadowRoot?.querySelector('dialog[open]')]],
  'language-switcher': [['the "Change" button', (root) => root.querySelector('[part="apply"]')]],
  'location-map': [['the popup', (root) => root.querySelector('.leaflet-popup')]],
  schedule: [
    ['FiltersOpen', (root) => root.querySelector('[part="filters-toggle"][aria-expanded="true"]') && root.querySelector('#filters select')],
    ['DetailsOpen', (root) => root.querySelector('[part="details"]')],
  ],
};

/** Names the open state a story's `play` should leave open when it is not (after 5 s). */
async function openStateMissing(title: string, name: string, root: HTMLElement): Promise<string | undefined> {
  const states = OPEN_STATES[title] ?? [];
  const [state, isOpen] = states.find(([storyName]) => storyName === name) ?? (states.length === 1 ? states[0]! : ['an open state', () => false]);
  const widgets = [...root.querySelectorAll('*')].filter((element) => element.localName === `baltic-${title}`);
  const allOpen = () => widgets.length > 0 && widgets.every((widget) => widget.shadowRoot && isOpen(widget.shadowRoot));
  return waitUntil(allOpen, '', { timeout: 5000, interval: 20 }).then(
    () => undefined,
    () => `${state} is not open`,
  );
}

const describeViolation = (violation: AxeViolation) =>
  `${violation.id} (${violation.help}): ${violation.nodes
    .slice(0, 4)
    .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`)
    .join('; ')}`;

describe('every story passes axe (WCAG 2.1 A/AA), light and dark, at 320 and 1280 px', function () {
  this.timeout(60_000);
  for (const [title, module] of MODULES) {
    it(title, async () => {
      const failures: string[] = [];
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const [name, story] of stories(module)) {
        for (const theme of ['light', 'dark'] as const) {
          render(
            html`<div class="phone" style="width: 320px; padding: 8px; ${FRAME[theme]}"></div>
              <div class="desktop" style="width: 1280px; padding: 8px; ${FRAME[theme]}"></div>`,
            page,
          );
          const canvases = [...page.querySelectorAll<HTMLElement>('.phone, .desktop')];
          await Promise.all(canvases.map((canvas) => renderStory(module, story, canvas, theme, name === 'Loading')));
          const missing = story.play ? await openStateMissing(title, name, page) : undefined;
          finishAnimations(page.getRootNode() as Document);
          if (missing) failures.push(`${name}, ${theme}: ${missing}`);
          const { violations } = await axe.run(page, AXE_OPTIONS);
          for (const violation of violations) failures.push(`${name}, ${theme}: ${describeViolation(violation)}`);
          for (const canvas of canvases) render(html``, canvas);
          render(html``, page);
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
