/**
 * How a widget shows a failed feed (error state with the reason and a retry) and older data
 * (a notice with its age), with the notice's styles. A chunk of its own, loaded when a widget
 * first has one of these states to show (`stateViews` in feed-spine.ts, FeedController).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedError, FeedSnapshot } from '../feed/snapshot.js';
import { relativeTimeFormat } from '../i18n/format.js';
import { chunkFailureMessage } from './chunk-failure.js';
import { cssProperties } from './css-properties.js';
import type { Locale } from '../i18n/locales.js';
import { msg, str } from '../i18n/msg.js';
import { renderStateBox } from './state-box.js';

/** The notice of older data, adopted by each widget that shows a state view (FeedController). */
export const styles = css`
  /* A notice that takes no room: one short line on the widget's top edge,
     shown only when the refresh takes more than a moment, letting clicks through. */
  .notice-anchor {
    position: relative;
    height: 0;
    z-index: 2;
  }
  .notice--floating {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 1em;
    translate: 0 -50%;
    display: block;
    max-width: calc(100% - 2em);
    margin: 0;
    padding: 0.15em 0.7em;
    border-radius: 1em;
    font-size: 0.75em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    pointer-events: none;
    animation: baltic-notice-in 0.2s 1s both;
  }
  @keyframes baltic-notice-in {
    from {
      opacity: 0;
    }
  }
  /* The error in the skeleton's place: the frame as tall as the skeleton was, the words at its
     top and staying in view while the frame is (a phone's list skeleton is taller than the
     screen, and a timeout comes when the visitor may have scrolled past the widget's top), below
     the page's own fixed header where the page declares it (--_page-top, see pageTopInset). */
  .state-place {
    display: grid;
    align-items: start;
    box-sizing: border-box;
    min-height: var(--_skeleton-height, 0);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state-place > .state {
    position: sticky;
    top: var(--_page-top, 0);
    border: 0;
  }
`;

/** "3 hours ago", "yesterday" — the age of something, in the largest fitting unit. */
function formatAge(locale: Locale, then: number, now = Date.now()): string {
  const seconds = Math.round((then - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export interface StateViewOptions {
  locale: Locale;
  /** The heading of the error state, in the widget's words. */
  title: string;
  /** Loads the feed again; no retry button without it. */
  retry?: () => void;
}

export function errorReason({ kind, status }: FeedError): string {
  switch (kind) {
    case 'network':
      return msg('The feed could not be reached. Check the connection and try again.', { id: 'error.network', desc: 'Feed load failed: network error.' });
    case 'timeout':
      return msg('The feed did not answer in time.', { id: 'error.timeout', desc: 'Feed load failed: timeout.' });
    case 'http':
      return msg(str`The feed server answered with an error (${status ?? '?'}).`, { id: 'error.http', desc: 'Feed load failed: HTTP error; the placeholder is the HTTP status code.' });
    case 'encoding':
      return msg('The feed is not saved as UTF-8 text. Whoever keeps it needs to save it again as UTF-8.', {
        id: 'error.encoding',
        desc: 'Feed load failed: the file is in UTF-16 or an old encoding such as Windows-1251, not UTF-8. "Whoever keeps it": the person who edits the feed file.',
      });
    case 'not-json':
      return msg('The feed is not a JSON document.', { id: 'error.not-json', desc: 'Feed load failed: the answer was not JSON.' });
    case 'invalid':
      return msg('The feed is not in the expected format.', { id: 'error.invalid', desc: 'Feed load failed: JSON, but not a feed.' });
    case 'missing':
      return msg('No feed is set for this widget.', { id: 'error.missing', desc: 'Widget placed on a page without a src attribute or feed property.' });
    case 'chunk':
      return chunkFailureMessage();
  }
}

/** Why the feed failed, and whether it is tried again by itself. */
const failureText = (snapshot: FeedSnapshot) =>
  html`${errorReason(snapshot.error!)}
  ${snapshot.retryAt
    ? msg('Trying again automatically.', { id: 'state.retrying', desc: 'After a failed load, when the widget will fetch the feed again by itself in a few seconds.' })
    : nothing}`;

/**
 * The Try again button, in the error state and in the notice over older data. Pressing it keeps
 * the visitor's place: the button goes while the feed loads (with the skeleton, or under the
 * notice's "updating" line), and focus would fall to the page's start; once the feed has loaded,
 * focus comes back to Try again when it failed again, else to the widget's content.
 */
const retryButton = (retry: (() => void) | undefined) =>
  retry
    ? html`<button
        type="button"
        class="button button--secondary"
        part="retry"
        @click=${(event: Event) => {
          const button = event.currentTarget as Element;
          const root = button.getRootNode() as ShadowRoot; // the widget's render root
          if (root.activeElement === button) keepFocusThroughLoading(root);
          retry();
        }}
      >
        ${msg('Try again', { id: 'state.retry', desc: 'Button: load the feed again after an error.' })}
      </button>`
    : nothing;

/**
 * Focus back in the widget once its feed has loaded or failed (its base no longer busy, no
 * "updating" notice): on Try again if there is one, else on the base (focusable until it loses focus).
 */
function keepFocusThroughLoading(root: ParentNode): void {
  const observer = new MutationObserver(() => {
    const base = root.querySelector<HTMLElement>('[part="base"]');
    if (!base || base.getAttribute('aria-busy') === 'true' || base.querySelector('.notice--floating')) return;
    observer.disconnect();
    const retry = base.querySelector<HTMLElement>('[part="retry"]');
    if (!retry) {
      base.tabIndex = -1;
      base.addEventListener('blur', () => base.removeAttribute('tabindex'), { once: true });
    }
    (retry ?? base).focus();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/**
 * The error state shown instead of the widget when there is no data at all, in the place of the
 * skeleton it replaces (in `root`, the widget's render root): as tall, so that the partner's page
 * below does not move when a feed fails (were it to shrink to the words' height, a page with a
 * broken or unreachable feed would jump on every visit, a failed request after 15 s under the
 * reader's eyes).
 */
export function renderErrorState(options: StateViewOptions, snapshot: FeedSnapshot, root: ParentNode): TemplateResult {
  const height = skeletonHeight(root);
  const pageTop = pageTopInset();
  followPageTop(root);
  return html`<div class="state-place" style=${cssProperties({ '--_skeleton-height': height ? `${height}px` : null, '--_page-top': pageTop ? `${pageTop}px` : null })}>
    ${renderStateBox(options.title, snapshot.error && failureText(snapshot), retryButton(options.retry))}
  </div>`;
}

/**
 * How far down the window the page's own fixed header reaches, px, as the page declares it for
 * its anchors: `scroll-padding-top` on its root (`html { scroll-padding-top: 5rem }`, what a page
 * with a fixed header sets so that `#links` do not land under it). The error's sticky words stay
 * below it; 0 for a page without (`auto`). A percentage is of the window's height.
 */
function pageTopInset(): number {
  const root = document.scrollingElement ?? document.documentElement;
  const value = getComputedStyle(root).scrollPaddingTop;
  const amount = parseFloat(value);
  if (!(amount > 0)) return 0;
  return value.endsWith('%') ? (amount / 100) * root.clientHeight : amount;
}

/** The render roots that show an error state, while they do (see `followPageTop`). */
const rootsWithErrors = new Set<ParentNode>();

/**
 * Keeps the sticky words of `root`'s error below the page's fixed header when the window
 * changes size: a phone turned, a window made wider, where the page's header (and the
 * `scroll-padding-top` it declares) is of another height. A root leaves the set at the first
 * resize that finds it without an error state or off the page.
 */
function followPageTop(root: ParentNode): void {
  if (!rootsWithErrors.size) addEventListener('resize', movePageTops, { passive: true });
  rootsWithErrors.add(root);
}

function movePageTops(): void {
  const pageTop = pageTopInset();
  for (const root of rootsWithErrors) {
    const place = root.querySelector<HTMLElement>('[part="base"] > .state-place');
    if (!place?.isConnected) rootsWithErrors.delete(root);
    else if (pageTop) place.style.setProperty('--_page-top', `${pageTop}px`);
    else place.style.removeProperty('--_page-top');
  }
  if (!rootsWithErrors.size) removeEventListener('resize', movePageTops);
}

/** Per render root, the height of the skeleton its error state took the place of, px. */
const skeletonHeights = new WeakMap<ParentNode, number>();

/**
 * The skeleton's height inside the widget's base (its padding and border stay), read as the
 * error state replaces it (the loading view is still in `root`), as laid out (no transform of
 * the page's counts); kept while the error stays. None when the error replaces data shown
 * before (a new `src` whose feed failed already), nor for a widget not rendered (`display: none`).
 */
function skeletonHeight(root: ParentNode): number | undefined {
  const base = root.querySelector('[part="base"]');
  if (base?.getAttribute('aria-busy') === 'true') {
    const style = getComputedStyle(base);
    const height = [style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth].reduce((left, length) => left - parseFloat(length), parseFloat(style.height));
    if (height > 0) skeletonHeights.set(root, height);
    else skeletonHeights.delete(root);
  } else if (!base?.querySelector(':scope > .state-place')) {
    skeletonHeights.delete(root);
  }
  return skeletonHeights.get(root);
}

/**
 * The notice over older data. After a failed refresh it stands above the data, with the
 * failure and "Try again", until a refresh succeeds. While a refresh runs (a returning
 * visitor's saved copy, usually replaced within a second) it is one short line on the widget's
 * top edge, taking no room: were it in the flow, its going away would move the widget and the
 * rest of the partner's page up (a layout shift on every repeat visit).
 */
export function renderStaleNotice(options: StateViewOptions, snapshot: FeedSnapshot): TemplateResult | typeof nothing {
  if (!snapshot.stale || snapshot.updatedAt === undefined) return nothing;
  const age = formatAge(options.locale, snapshot.updatedAt);
  const failed = snapshot.status === 'error' && snapshot.error;
  if (!failed) {
    return html`<div class="notice-anchor"><p class="notice notice--floating" part="stale-notice" role="status">
      ${msg(str`Saved ${age}, updating…`, { id: 'state.stale-updating', desc: 'A short note (one line on a phone) over information saved at an earlier visit while the fresh one loads; the placeholder is a relative time such as "3 hours ago".' })}
    </p></div>`;
  }
  return html`<p class="notice" part="stale-notice" role="status">
    <span>${failureText(snapshot)}
      ${msg(str`Showing the information saved ${age}.`, { id: 'state.stale-failed', desc: 'After a failed refresh; the placeholder is a relative time such as "3 hours ago".' })}</span>
    ${retryButton(options.retry)}
  </p>`;
}
