/**
 * Every event the widgets fire for the host page, with its `detail` type. All bubble and
 * cross shadow roots, and all are in `GlobalEventHandlersEventMap`, so
 * `document.addEventListener('baltic-feed-load', (event) => event.detail.problems)` is typed.
 */
export { BalticFeedLoadEvent, BalticFeedErrorEvent, type FeedLoadDetail, type FeedErrorDetail } from './feed.js';
export { BalticEventSelectEvent } from './event-select.js';
export { BalticViewChangeEvent, BalticFilterChangeEvent, type CalendarView, type ViewChangeDetail, type FilterChangeDetail } from './calendar.js';
export { BalticActivitySelectEvent } from './schedule.js';
export { BalticPhotoOpenEvent, BalticPhotoCloseEvent, type PhotoDetail } from './gallery.js';
export { BalticAddToCalendarEvent, type AddToCalendarDetail, type AddToCalendarTarget } from './add-to-calendar.js';
export { BalticLanguageChangeEvent, type LanguageChangeDetail } from './language-switcher.js';
