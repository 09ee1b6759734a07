// FullCalendar 7, month view only (dayGrid), classic theme, as its README shows it.
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

window.anchor = (element, events) => new Calendar(element, { plugins: [dayGridPlugin, classicThemePlugin], initialView: 'dayGridMonth', events }).render();
