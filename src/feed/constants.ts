/**
 * The feed's fixed vocabularies, apart from the schema so that widgets can use them without
 * loading the validator.
 */

/**
 * Above this many characters a feed's JSON is parsed and checked in slices, letting the page
 * respond in between, and not taken by its stamp (hashing it would hold the page).
 */
export const BIG_FEED_CHARS = 1_000_000;
/** The feed format version this code understands. */
export const FEED_VERSION = 1;
/** The zone of a feed that names none (the association's), and of times shown before a feed is loaded. */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const AUDIENCES = ['children', 'youth', 'adults', 'seniors', 'families'] as const;
export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'vk', 'telegram', 'youtube', 'x', 'linkedin', 'whatsapp', 'website', 'other'] as const;
