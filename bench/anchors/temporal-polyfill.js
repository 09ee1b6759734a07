// The Temporal polyfill FullCalendar 7 needs in browsers without a native Temporal: measured
// apart, so FullCalendar's bytes are given with and without it.
import 'temporal-polyfill/global';
