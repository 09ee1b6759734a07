/**
 * Feeds and helpers for the iCalendar tests: a feed made to catch the classic mistakes (a DST
 * change inside a week, an event at a time that does not exist, multi-day all-day events,
 * texts that need escaping and folding), and a reader that parses .ics text back with ical.js,
 * an independent parser.
 */
import ICAL from 'ical.js';

/** Europe/Helsinki: clocks go from 03:00 to 04:00 on 2027-03-28. */
export const trickyFeed = {
  version: 1,
  timeZone: 'Europe/Helsinki',
  languages: ['fi', 'ru', 'en'],
  organization: { name: 'Testiyhdistys ry', url: 'https://yhdistys.example.fi/' },
  calendar: { ics: 'calendar/events.ics', name: { fi: 'Testiyhdistys: tapahtumat', ru: 'Тестовое общество: события' } },
  categories: [
    { id: 'culture', name: { fi: 'Kulttuuri', ru: 'Культура', en: 'Culture' } },
    { id: 'sport', name: { fi: 'Liikunta', ru: 'Спорт', en: 'Sport' } },
  ],
  locations: [
    {
      id: 'hall',
      name: { fi: 'Seurojentalo, sali; 2. krs', ru: 'Дом обществ, зал; 2-й этаж' },
      address: { street: 'Linnankatu 2', postalCode: '20100', city: 'Turku', country: 'Finland' },
      geo: { lat: 60.4509, lon: 22.2717 },
    },
  ],
  events: [
    {
      id: 'before-dst',
      title: { fi: 'Ilta ennen kellojen siirtoa', ru: 'Вечер перед переводом часов' },
      start: '2027-03-27T18:00',
      end: '2027-03-27T20:00',
      category: 'culture',
      location: 'hall',
      reminders: [60, 1440],
    },
    {
      id: 'dst-night',
      title: { fi: 'Yöretki', ru: 'Ночная прогулка' },
      // 03:30 does not exist in Helsinki that night: the widgets read it as 04:30 (01:30 UTC).
      start: '2027-03-28T03:30',
      end: '2027-03-28T05:00',
      category: 'sport',
    },
    {
      id: 'after-dst',
      title: { fi: 'Ilta kellojen siirron jälkeen', ru: 'Вечер после перевода часов' },
      start: '2027-03-29T18:00',
      end: '2027-03-29T20:00',
      category: 'culture',
    },
    {
      id: 'festival-days',
      title: { fi: 'Kolmen päivän festivaali', ru: 'Трёхдневный фестиваль' },
      start: '2027-05-08',
      end: '2027-05-10',
      category: 'culture',
    },
    {
      id: 'long-texts',
      title: {
        ru: 'Очень длинное название мероприятия, которое не помещается в одну строку файла календаря; с запятыми, точками с запятой и обратной косой чертой \\ тоже',
        fi: 'Hyvin pitkä tapahtuman nimi, joka ei mahdu kalenteritiedoston yhdelle riville; pilkkuja, puolipisteitä ja kenoviiva \\ myös — äöå ÄÖÅ',
      },
      start: '2027-03-30T17:00',
      end: '2027-03-30T19:15',
      location: 'hall',
      description: {
        ru: 'Первая строка, с запятой; и точкой с запятой.\nВторая строка: обратная косая черта \\ и «кавычки».\n\nТретий абзац — Ёё Йй Щщ Ъъ 😀 эмодзи в середине длинного текста, чтобы перенос строки пришёлся на многобайтовый символ.',
        fi: 'Ensimmäinen rivi, pilkulla; ja puolipisteellä.\nToinen rivi: kenoviiva \\ ja "lainausmerkit".',
      },
      url: 'events/long-texts.html',
    },
    {
      id: 'html-description',
      title: 'HTML & more',
      start: '2027-04-02T12:00Z',
      end: '2027-04-02T16:00+02:00',
      descriptionFormat: 'html',
      description: '<p>First <b>paragraph</b> &amp; more.</p><ul><li>One</li><li>Two</li></ul><script>alert(1)</script><p>Last&nbsp;line</p>',
    },
    {
      id: 'cancelled-one',
      title: { fi: 'Peruttu konsertti', ru: 'Отменённый концерт' },
      start: '2027-04-03T19:00',
      status: 'cancelled',
      reminders: [30],
    },
    { id: 'broken', title: 'Broken date', start: '2027-02-30T10:00' },
  ],
  schedule: [
    {
      id: 'evening-choir',
      title: { fi: 'Kuoroharjoitus', ru: 'Репетиция хора' },
      category: 'culture',
      location: 'hall',
      days: ['tue', 'thu'],
      start: '18:00',
      end: '19:30',
      seasonStart: '2027-03-01',
      seasonEnd: '2027-04-30',
      // 25 March is a session (Thursday) before the change, 6 April one after; 28 March is a Sunday (no session).
      exceptions: [{ date: '2027-03-25' }, { date: '2027-04-06' }, { date: '2027-03-28' }],
      reminders: [30],
    },
    {
      id: 'morning-run',
      title: { fi: 'Aamulenkki', ru: 'Утренняя пробежка' },
      category: 'sport',
      days: ['sat'],
      start: '08:00',
      end: '09:00',
      seasonStart: '2027-03-20',
      seasonEnd: '2027-04-10',
    },
  ],
  festival: {
    id: 'kevatjuhla',
    title: { fi: 'Kevätjuhla', ru: 'Весенний праздник' },
    start: '2027-05-08',
    end: '2027-05-10',
    location: 'hall',
  },
};

/** The raw (folded) lines of an .ics text, split at CRLF; the text must end with CRLF. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  return text.slice(0, -2).split('\r\n');
}

/** The UTF-8 byte length of a string. */
export const octets = (line: string) => new TextEncoder().encode(line).length;

export interface ParsedOccurrence {
  /** UTC milliseconds, or a date `YYYY-MM-DD` for all-day. */
  start: number | string;
  end: number | string;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  status?: string;
  url?: string;
  geo?: [number, number];
  categories: string[];
  start: number | string;
  end: number | string;
  startTzid?: string;
  alarms: string[];
  rrule?: string;
  exdates: number[];
  /** For a series, every occurrence as ical.js expands it (EXDATEs applied), up to 200. */
  occurrences?: ParsedOccurrence[];
}

const instantOrDate = (time: ICAL.Time): number | string => (time.isDate ? time.toString() : time.toUnixTime() * 1000);

/** Parses an .ics text with ical.js, its VTIMEZONEs registered, and lists its events. */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const geo = component.getFirstPropertyValue('geo') as unknown as [number, number] | null;
    const rrule = component.getFirstProperty('rrule');
    const parsed: ParsedEvent = {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? undefined,
      location: event.location ?? undefined,
      status: (component.getFirstPropertyValue('status') as string | null) ?? undefined,
      url: (component.getFirstPropertyValue('url') as string | null) ?? undefined,
      geo: geo ?? undefined,
      categories: component.getAllProperties('categories').flatMap((property) => property.getValues() as string[]),
      start: instantOrDate(event.startDate),
      end: instantOrDate(event.endDate),
      startTzid: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? undefined,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
      rrule: rrule ? String(rrule.getFirstValue()) : undefined,
      exdates: component.getAllProperties('exdate').flatMap((property) => (property.getValues() as ICAL.Time[]).map((time) => time.toUnixTime() * 1000)),
    };
    if (event.isRecurring()) {
      const iterator = event.iterator();
      const occurrences: ParsedOccurrence[] = [];
      for (let next = iterator.next(); next && occurrences.length < 200; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        occurrences.push({ start: instantOrDate(details.startDate), end: instantOrDate(details.endDate) });
      }
      parsed.occurrences = occurrences;
    }
    return parsed;
  });
  return { calendar, events };
}
