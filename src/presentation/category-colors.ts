/**
 * The feed's category colours, the one way every widget shows them: a constructed stylesheet
 * `[data-cat="culture"]{--cat:#b0304a}` adopted into the widget's shadow root (allowed by a
 * strict CSP, one rule per category instead of a style on every element). An element shows
 * its category's colour with `data-cat=${category.id}` and `var(--cat, fallback)` in its CSS.
 * Ids and colours are validated by the feed schema, so they cannot break out of the rule.
 */
import type { Feed } from '../feed/schema.js';
import { adoptStyles } from '../internal/adopted-styles.js';

/** The feed's category colours as a stylesheet. */
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

const adopted = new WeakMap<Node, { feed: Feed; sheet: CSSStyleSheet }>();

/** Gives a widget's shadow root the feed's category colours (replacing those of an earlier feed). */
export function adoptCategoryColors(root: Node, feed: Feed): void {
  const previous = adopted.get(root);
  if (previous?.feed === feed) return;
  const sheet = categoryColorSheet(feed);
  adopted.set(root, { feed, sheet });
  adoptStyles(root, sheet, { replacing: previous?.sheet });
}
