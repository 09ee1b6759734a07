/**
 * The feed's fixed vocabularies, apart from the schema so that widgets can use them without
 * loading the validator.
 */

/** The feed format version this code understands. */
export const FEED_VERSION = 1;
/** The zone of a feed that names none (the association's), and of times shown before a feed is loaded. */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const AUDIENCES = ['children', 'youth', 'adults', 'seniors', 'families'] as const;
export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'vk', 'telegram', 'youtube', 'x', 'linkedin', 'whatsapp', 'website', 'other'] as const;
