// FullCalendar 7, month + week (timeGrid) + list views, classic theme.
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import timeGridPlugin from 'fullcalendar/timegrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

window.anchor = (element, events) =>
  new Calendar(element, { plugins: [dayGridPlugin, timeGridPlugin, listPlugin, classicThemePlugin], initialView: 'dayGridMonth', events }).render();
