/**
 * baltic-widgets: every widget, registered. For one widget only, import its own entry
 * (`baltic-widgets/org-card.js`).
 */
export { BalticOrgCard } from './components/org-card/org-card.js';
export { BalticEventCalendar } from './components/event-calendar/event-calendar.js';
export { BalticAddToCalendar } from './components/add-to-calendar/add-to-calendar.js';
export { BalticLanguageSwitcher, BalticLanguageChangeEvent, type LanguageChangeDetail } from './components/language-switcher/language-switcher.js';
export { BalticViewChangeEvent, BalticFilterChangeEvent, type CalendarView, type ViewChangeDetail, type FilterChangeDetail } from './components/event-calendar/calendar-events.js';
export { BalticLocationMap } from './components/location-map/location-map.js';
export { BalticSchedule } from './components/schedule/schedule.js';
export { BalticDialogueBanner } from './components/dialogue-banner/dialogue-banner.js';
export { BalticGallery, BalticPhotoOpenEvent, BalticPhotoCloseEvent, type PhotoDetail } from './components/gallery/gallery.js';
export { BalticActivitySelectEvent } from './components/schedule/schedule-events.js';
export { BalticElement, type Theme } from './internal/baltic-element.js';
export { BalticFeedErrorEvent, BalticFeedLoadEvent, type FeedErrorDetail, type FeedLoadDetail } from './internal/events.js';
export type * from './feed/schema.js';
export type { FeedProblem, ProblemSeverity } from './feed/problems.js';
export type { FeedError, FeedErrorKind, FeedSnapshot } from './feed/snapshot.js';
export { LOCALES, LOCALE_NAMES, type Locale } from './i18n/locales.js';
