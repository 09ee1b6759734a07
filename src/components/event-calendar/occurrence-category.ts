/** The feed's category of a calendar occurrence (its colour comes from src/presentation/category-colors.ts). */
import { feedIndex } from '../../feed/feed-index.js';
import type { Category, Feed } from '../../feed/schema.js';
import type { Occurrence } from './calendar-layout.js';

/** The feed's category of an occurrence. */
export const categoryOf = (feed: Feed, occurrence: Occurrence): Category | undefined =>
  occurrence.category === undefined ? undefined : feedIndex(feed).categories.get(occurrence.category);
