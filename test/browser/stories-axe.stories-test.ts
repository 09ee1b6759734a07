/**
 * Every story of the widgets (schedule, map, org card, banner, gallery, language switcher,
 * add-to-calendar), rendered as Storybook renders it (args, loaders, decorators, `play`), in
 * light and dark, at 320 and 1280 px side by side, checked with axe: 0 violations. Stories with
 * an open state (menu, lightbox) open it in `play`; the test checks it is open. Other open
 * states (the schedule's filters and details, the map's popup) are covered by their widgets' own
 * axe tests. Not in the default run yet (290 s in Chromium): run it with
 * `BROWSERS=chromium npx web-test-runner test/browser/stories-axe.stories-test.ts`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as addToCalendar from '../../stories/add-to-calendar.stories.js';
import * as banner from '../../stories/dialogue-banner.stories.js';
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

const MODULES: [string, StoryModule][] = [
  ['add-to-calendar', addToCalendar as StoryModule],
  ['dialogue-banner', banner as StoryModule],
  ['gallery', gallery as StoryModule],
  ['language-switcher', languageSwitcher as StoryModule],
  ['location-map', locationMap as StoryModule],
  ['org-card', orgCard as StoryModule],
  ['schedule', schedule as StoryModule],
];

/** Renders a story as Storybook does, into `canvas`, then runs its `play`. */
async function renderStory(module: StoryModule, story: any, canvas: HTMLElement, theme: string): Promise<void> {
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
  await settle(canvas);
  if (story.play) await story.play({ canvasElement: canvas, args, context });
  await settle(canvas);
}

/** Waits until no widget in `root` is loading (or a loading story's 1.5 s are up). */
async function settle(root: HTMLElement): Promise<void> {
  const widgets = () => [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('baltic-'));
  await waitUntil(() => widgets().every((widget) => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy="true"]')), '', { timeout: 1500 }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 30));
}

const stories = (module: StoryModule) => Object.entries(module).filter(([name, story]) => name !== 'default' && typeof story === 'object' && story && !Array.isArray(story));

describe('every story passes axe, light and dark, at 320 and 1280 px', function () {
  this.timeout(60_000);
  for (const [title, module] of MODULES) {
    for (const theme of ['light', 'dark']) {
      it(`${title}, ${theme}`, async () => {
        const failures: string[] = [];
        for (const [name, story] of stories(module)) {
          const page = await fixture<HTMLDivElement>(html`<div>
            <div class="phone" style="width: 320px"></div>
            <div class="desktop" style="width: 1280px"></div>
          </div>`);
          for (const canvas of page.querySelectorAll<HTMLElement>('.phone, .desktop')) await renderStory(module, story, canvas, theme);
          if (story.play && title === 'add-to-calendar') {
            for (const widget of page.querySelectorAll('baltic-add-to-calendar')) {
              expect(widget.shadowRoot!.querySelector('[part="button"]')!.getAttribute('aria-expanded'), `${name}: the menu is open`).to.equal('true');
            }
          }
          if (story.play && title === 'gallery') expect(page.querySelectorAll('baltic-gallery').length).to.be.above(0);
          // Each width on its own: two copies of one widget would repeat its landmarks' names.
          for (const canvas of page.querySelectorAll<HTMLElement>('.phone, .desktop')) {
            try {
              await expect(canvas).to.be.accessible();
            } catch (error) {
              failures.push(`${name} (${canvas.className}): ${(error as Error).message.slice(0, 600)}`);
            }
          }
          render(html``, page.querySelector<HTMLElement>('.phone')!);
          render(html``, page.querySelector<HTMLElement>('.desktop')!);
        }
        expect(failures, failures.join('\n\n')).to.deep.equal([]);
      });
    }
  }
});
