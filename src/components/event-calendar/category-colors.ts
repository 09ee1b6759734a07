/** The feed's categories on the calendar: an occurrence's category, and the categories' colours as a stylesheet. */
import { feedIndex } from '../../feed/feed-index.js';
import type { Category, Feed } from '../../feed/schema.js';
import { adoptStyles } from '../../internal/adopted-styles.js';
import type { Occurrence } from './calendar-layout.js';

/** The feed's category of an occurrence. */
export const categoryOf = (feed: Feed, occurrence: Occurrence): Category | undefined =>
  occurrence.category === undefined ? undefined : feedIndex(feed).categories.get(occurrence.category);

/**
 * The feed's category colours as a stylesheet: `[data-cat="culture"] { --cat: #b0304a }`.
 * Adopted into the shadow root (a constructed stylesheet: allowed by a strict CSP). Ids and
 * colours are validated by the feed schema, so they cannot break out of the rule.
 */
export function categoryColorSheet(feed: Feed): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    feed.categories
      .filter((category) => category.color)
      .map((category) => `[data-cat="${category.id}"]{--cat:${category.color}}`)
      .join(''),
  );
  return sheet;
}

const adopted = new WeakMap<ShadowRoot, { feed: Feed; sheet: CSSStyleSheet }>();

/** Gives a shadow root the feed's category colours (replacing those of an earlier feed). */
export function adoptCategoryColors(root: ShadowRoot, feed: Feed): void {
  const previous = adopted.get(root);
  if (previous?.feed === feed) return;
  const sheet = categoryColorSheet(feed);
  adopted.set(root, { feed, sheet });
  adoptStyles(root, sheet, { replacing: previous?.sheet });
}
