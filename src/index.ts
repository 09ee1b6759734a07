/**
 * baltic-widgets: every widget, registered, and every event the widgets fire. For one widget
 * only, import its own entry (`baltic-widgets/org-card.js`, which registers the tag).
 */
export { BalticOrgCard } from './components/org-card/define.js';
export { BalticEventCalendar } from './components/event-calendar/define.js';
export { BalticAddToCalendar } from './components/add-to-calendar/define.js';
export { BalticLanguageSwitcher } from './components/language-switcher/define.js';
export { BalticLocationMap } from './components/location-map/define.js';
export { BalticSchedule } from './components/schedule/define.js';
export { BalticDialogueBanner } from './components/dialogue-banner/define.js';
export { BalticGallery } from './components/gallery/define.js';
export * from './events/index.js';
export { BalticElement, type Theme } from './internal/baltic-element.js';
export type * from './feed/schema.js';
export type { FeedProblem, ProblemSeverity } from './feed/problems.js';
export type { FeedError, FeedErrorKind, FeedSnapshot } from './feed/snapshot.js';
export { LOCALES, LOCALE_NAMES, type Locale } from './i18n/locales.js';
