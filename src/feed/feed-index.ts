/**
 * The indexed feed model: a validated feed's items by id, so that no widget searches the
 * feed's arrays. Validation builds the index (see `validate.ts`); a feed built another way
 * (a test, a tool) gets its index on first use.
 */
import type { Activity, Album, Category, Feed, FeedEvent, Location } from './schema.js';

export interface FeedIndex {
  events: ReadonlyMap<string, FeedEvent>;
  /** The weekly activities (the feed's `schedule`). */
  activities: ReadonlyMap<string, Activity>;
  locations: ReadonlyMap<string, Location>;
  categories: ReadonlyMap<string, Category>;
  albums: ReadonlyMap<string, Album>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  // The first of two items with one id wins, as validation keeps the first.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
};

/** Indexes `feed` (its collections as they are now). */
export function indexFeed(feed: Feed): FeedIndex {
  const index: FeedIndex = {
    events: byId(feed.events),
    activities: byId(feed.schedule),
    locations: byId(feed.locations),
    categories: byId(feed.categories),
    albums: byId(feed.albums),
  };
  indexes.set(feed, index);
  return index;
}

/** The feed's items by id. */
export const feedIndex = (feed: Feed): FeedIndex => indexes.get(feed) ?? indexFeed(feed);
