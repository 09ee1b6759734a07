/**
 * Hardening: widgets added and removed again and again leave nothing behind on the page
 * (listeners on window, document and media queries, observers, intervals), and a `src`
 * changed while the first feed is still loading shows the second feed only.
 *
 * The page-level APIs are wrapped with counters first; the widgets are imported afterwards
 * (dynamically), so that everything they ever register is counted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { BalticElement } from '../../src/internal/baltic-element.js';
import { loadFixtureFeed, mockUrl, servedFeed, settled, shadow, waitUntil } from './helpers.js';

// ————— Counters, installed before any widget code runs —————

const listeners = new Set<string>();
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
const isPageTarget = (target: unknown) => target === window || target === document || target instanceof MediaQueryList;
const listenerKey = (target: unknown, type: string, listener: unknown, options: unknown) => {
  if (!listenerIds.has(listener as object)) listenerIds.set(listener as object, nextListenerId++);
  const capture = typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
  const where = target === window ? 'window' : target === document ? 'document' : `media(${(target as MediaQueryList).media})`;
  return `${where} ${type} #${listenerIds.get(listener as object)} ${capture}`;
};
const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (listener && isPageTarget(this) && !(typeof options === 'object' && options?.once)) listeners.add(listenerKey(this, type, listener, options));
  return addEventListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener && isPageTarget(this)) listeners.delete(listenerKey(this, type, listener, options));
  return removeEventListener.call(this, type, listener, options);
};

/** Elements each observer of a kind watches, by observer. */
const observed = { MutationObserver: new Map<object, Set<Node>>(), ResizeObserver: new Map<object, Set<Element>>(), IntersectionObserver: new Map<object, Set<Element>>() };
type ObserverKind = keyof typeof observed;
function countObservations(kind: ObserverKind): void {
  const Original = window[kind] as unknown as { prototype: { observe: (...args: any[]) => unknown; unobserve?: (...args: any[]) => unknown; disconnect: (...args: any[]) => unknown } };
  const { observe, unobserve, disconnect } = Original.prototype;
  Original.prototype.observe = function (this: object, target: Element, ...rest: unknown[]) {
    const targets = observed[kind].get(this) ?? new Set();
    targets.add(target);
    observed[kind].set(this, targets as Set<Element>);
    return observe.call(this, target, ...rest);
  };
  if (unobserve) {
    Original.prototype.unobserve = function (this: object, target: Element) {
      observed[kind].get(this)?.delete(target);
      return unobserve.call(this, target);
    };
  }
  Original.prototype.disconnect = function (this: object) {
    observed[kind].delete(this);
    return disconnect.call(this);
  };
}
(['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const).forEach(countObservations);

const intervals = new Set<number>();
const { setInterval: originalSetInterval, clearInterval: originalClearInterval } = window;
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = originalSetInterval(handler, timeout, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  originalClearInterval(id);
}) as typeof window.clearInterval;

/** What is active on the page now, by kind. */
function activeCounts(): Record<string, number> {
  const observations = (kind: ObserverKind) => [...observed[kind].values()].reduce((sum, targets) => sum + targets.size, 0);
  return {
    listeners: listeners.size,
    mutationObservations: observations('MutationObserver'),
    resizeObservations: observations('ResizeObserver'),
    intersectionObservations: observations('IntersectionObserver'),
    intervals: intervals.size,
  };
}

// ————— The widgets —————

const SCHEDULE_NOW = Date.parse('2026-12-02T12:00:00+02:00');
const FESTIVAL_NOW = Date.parse('2027-05-09T09:00:00Z');

/** A fresh widget of each kind, showing `feed` (the map in consent mode: no Leaflet). */
const WIDGETS: Record<string, (feed: object) => BalticElement> = {
  'org card': (feed) => Object.assign(document.createElement('baltic-org-card'), { feed }),
  'event calendar (month)': (feed) => withAttributes(Object.assign(document.createElement('baltic-event-calendar'), { feed }), { view: 'month', date: '2026-12' }),
  'event calendar (list)': (feed) => withAttributes(Object.assign(document.createElement('baltic-event-calendar'), { feed }), { view: 'list', date: '2026-12' }),
  schedule: (feed) => Object.assign(document.createElement('baltic-schedule'), { feed, now: SCHEDULE_NOW }),
  gallery: (feed) => Object.assign(document.createElement('baltic-gallery'), { feed }),
  'location map': (feed) => withAttributes(Object.assign(document.createElement('baltic-location-map'), { feed }), { consent: '' }),
  'dialogue banner': (feed) => Object.assign(document.createElement('baltic-dialogue-banner'), { feed, now: FESTIVAL_NOW }),
  'add to calendar': (feed) => withAttributes(Object.assign(document.createElement('baltic-add-to-calendar'), { feed }), { 'event-id': '2026-12-advent-concert' }),
};

function withAttributes<T extends Element>(element: T, attributes: Record<string, string>): T {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Rounds of adding and removing: the counts must come back exactly, so one leak in a round shows; 20 also catch one that happens only some of the time. */
const ROUNDS = 20;

describe('hardening: no leaks when widgets come and go', function () {
  this.timeout(120_000);

  before(async () => {
    await import('../../src/index.js');
  });

  it('the counters see a listener, an observation and an interval come and go', () => {
    const start = activeCounts();
    const listener = () => {};
    window.addEventListener('resize', listener);
    const observer = new ResizeObserver(() => {});
    observer.observe(document.body);
    const interval = window.setInterval(() => {}, 1000);
    expect(activeCounts()).to.deep.equal({ ...start, listeners: start.listeners! + 1, resizeObservations: start.resizeObservations! + 1, intervals: start.intervals! + 1 });
    window.removeEventListener('resize', listener);
    observer.disconnect();
    window.clearInterval(interval);
    expect(activeCounts()).to.deep.equal(start);
  });

  for (const [name, create] of Object.entries(WIDGETS)) {
    it(`${name}: added and removed ${ROUNDS} times, leaves no listener, observer or interval behind`, async () => {
      const feed = await loadFixtureFeed();
      const container = await fixture<HTMLElement>(html`<div style="inline-size: 960px"></div>`);
      let attached: Record<string, number> = {};
      const cycle = async () => {
        const widget = create(feed);
        widget.lang = 'en';
        container.append(widget);
        await settled(widget);
        attached = activeCounts();
        widget.remove();
        await new Promise((resolve) => setTimeout(resolve));
      };
      // Once first: lazily loaded modules may register what they share for good.
      await cycle();
      const before = activeCounts();
      for (let round = 0; round < ROUNDS; round++) await cycle();
      expect(activeCounts()).to.deep.equal(before);
      console.log(`${name}: with the widget on the page ${JSON.stringify(attached)}; after ${ROUNDS} rounds ${JSON.stringify(activeCounts())}`);
    });
  }

  it('a src changed while the first feed is still loading shows the second feed only', async () => {
    const second = await loadFixtureFeed();
    second.organization.name = 'Second feed ry';
    for (const event of second.events) event.title = `Second: ${event.title.en}`;
    const secondUrl = await servedFeed(second);
    const slowFirst = mockUrl('feed', { delay: '700' });
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 960px">
      <baltic-org-card lang="en" src=${slowFirst}></baltic-org-card>
      <baltic-event-calendar lang="en" view="list" date="2026-12" src=${slowFirst}></baltic-event-calendar>
    </div>`);
    const [card, calendar] = [...wrapper.children] as [BalticElement, BalticElement];
    await new Promise((resolve) => setTimeout(resolve, 100));
    card.setAttribute('src', secondUrl);
    calendar.setAttribute('src', secondUrl);
    await settled(card);
    await settled(calendar);
    // The first feed arrives now: it must not replace the second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await card.updateComplete;
    await calendar.updateComplete;
    expect(shadow(card).querySelector('[part="name"]')!.textContent!.trim()).to.equal('Second feed ry');
    await waitUntil(() => shadow(calendar).querySelector('[part~="event"]'), 'the list shows no event');
    const titles = [...shadow(calendar).querySelectorAll('[part~="event"] .occurrence__title')].map((title) => title.textContent!.trim());
    expect(titles.length).to.be.above(0);
    expect(titles.every((title) => title.startsWith('Second: ')), titles.join(' | ')).to.equal(true);
  });
});
