/** The anchors' packages the bench pages import (some only on demand), for Vite's dependency optimizer. */
export const ANCHOR_DEPENDENCIES = ['fullcalendar', 'fullcalendar/daygrid', 'fullcalendar/list', 'fullcalendar/themes/classic', 'temporal-polyfill/global', 'photoswipe', 'photoswipe/lightbox'];
