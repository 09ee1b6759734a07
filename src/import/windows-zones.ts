/**
 * Windows time-zone names, as Outlook and Exchange write them in TZID ("FLE Standard Time"),
 * mapped to the IANA zones they stand for (after CLDR's windowsZones.xml). The first zone of
 * each list is CLDR's default for the name; the others are the zones the same Windows name
 * covers, so that a Helsinki feed takes "FLE Standard Time" as Europe/Helsinki and not Kyiv.
 */
const WINDOWS_ZONES: Readonly<Record<string, readonly string[]>> = {
  'FLE Standard Time': ['Europe/Kiev', 'Europe/Helsinki', 'Europe/Riga', 'Europe/Tallinn', 'Europe/Vilnius', 'Europe/Sofia', 'Europe/Mariehamn', 'Europe/Kyiv'],
  'E. Europe Standard Time': ['Europe/Chisinau'],
  'GTB Standard Time': ['Europe/Bucharest', 'Europe/Athens', 'Asia/Nicosia'],
  'Kaliningrad Standard Time': ['Europe/Kaliningrad'],
  'Russian Standard Time': ['Europe/Moscow', 'Europe/Simferopol', 'Europe/Kirov'],
  'Belarus Standard Time': ['Europe/Minsk'],
  'Turkey Standard Time': ['Europe/Istanbul'],
  'W. Europe Standard Time': ['Europe/Berlin', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Amsterdam', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Rome', 'Europe/Luxembourg', 'Europe/Monaco', 'Europe/Vaduz', 'Europe/Malta', 'Europe/Andorra', 'Europe/San_Marino', 'Europe/Vatican', 'Europe/Gibraltar', 'Arctic/Longyearbyen', 'Europe/Busingen'],
  'Romance Standard Time': ['Europe/Paris', 'Europe/Brussels', 'Europe/Copenhagen', 'Europe/Madrid', 'Africa/Ceuta'],
  'Central Europe Standard Time': ['Europe/Budapest', 'Europe/Prague', 'Europe/Bratislava', 'Europe/Belgrade', 'Europe/Ljubljana', 'Europe/Podgorica', 'Europe/Tirane'],
  'Central European Standard Time': ['Europe/Warsaw', 'Europe/Sarajevo', 'Europe/Skopje', 'Europe/Zagreb'],
  'GMT Standard Time': ['Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Atlantic/Canary', 'Atlantic/Faroe', 'Atlantic/Madeira', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'Europe/Jersey'],
  'Greenwich Standard Time': ['Atlantic/Reykjavik', 'Africa/Abidjan'],
  'UTC': ['Etc/UTC'],
  'Coordinated Universal Time': ['Etc/UTC'],
  'Georgian Standard Time': ['Asia/Tbilisi'],
  'Caucasus Standard Time': ['Asia/Yerevan'],
  'Azerbaijan Standard Time': ['Asia/Baku'],
  'Ekaterinburg Standard Time': ['Asia/Yekaterinburg'],
  'Russia Time Zone 3': ['Europe/Samara'],
  'Volgograd Standard Time': ['Europe/Volgograd'],
  'Astrakhan Standard Time': ['Europe/Astrakhan', 'Europe/Ulyanovsk'],
  'Saratov Standard Time': ['Europe/Saratov'],
  'N. Central Asia Standard Time': ['Asia/Novosibirsk'],
  'North Asia Standard Time': ['Asia/Krasnoyarsk'],
  'North Asia East Standard Time': ['Asia/Irkutsk'],
  'Yakutsk Standard Time': ['Asia/Yakutsk'],
  'Vladivostok Standard Time': ['Asia/Vladivostok'],
  'Central Asia Standard Time': ['Asia/Almaty', 'Asia/Bishkek'],
  'West Asia Standard Time': ['Asia/Tashkent'],
  'Israel Standard Time': ['Asia/Jerusalem'],
  'Arabian Standard Time': ['Asia/Dubai'],
  'India Standard Time': ['Asia/Kolkata'],
  'China Standard Time': ['Asia/Shanghai', 'Asia/Hong_Kong'],
  'Tokyo Standard Time': ['Asia/Tokyo'],
  'Korea Standard Time': ['Asia/Seoul'],
  'Singapore Standard Time': ['Asia/Singapore'],
  'AUS Eastern Standard Time': ['Australia/Sydney', 'Australia/Melbourne'],
  'New Zealand Standard Time': ['Pacific/Auckland'],
  'Eastern Standard Time': ['America/New_York', 'America/Toronto', 'America/Detroit'],
  'Central Standard Time': ['America/Chicago', 'America/Winnipeg'],
  'Mountain Standard Time': ['America/Denver', 'America/Edmonton'],
  'US Mountain Standard Time': ['America/Phoenix'],
  'Pacific Standard Time': ['America/Los_Angeles', 'America/Vancouver'],
  'Alaskan Standard Time': ['America/Anchorage'],
  'Hawaiian Standard Time': ['Pacific/Honolulu'],
  'Atlantic Standard Time': ['America/Halifax'],
  'Newfoundland Standard Time': ['America/St_Johns'],
  'E. South America Standard Time': ['America/Sao_Paulo'],
  'Argentina Standard Time': ['America/Buenos_Aires'],
  'South Africa Standard Time': ['Africa/Johannesburg'],
  'Egypt Standard Time': ['Africa/Cairo'],
  'Morocco Standard Time': ['Africa/Casablanca'],
  'W. Central Africa Standard Time': ['Africa/Lagos'],
  'E. Africa Standard Time': ['Africa/Nairobi'],
};

const isIanaZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The IANA zone a calendar's TZID stands for: the TZID itself when it is an IANA name
 * (Google writes "Europe/Helsinki"), a Windows name mapped (the feed's own zone when the name
 * covers it), "/mozilla.org/…/Europe/Helsinki"-style prefixed names trimmed; undefined when
 * the name is unknown (the caller then uses the file's VTIMEZONE rules).
 */
export function ianaZoneFor(tzid: string, feedTimeZone: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows.includes(feedTimeZone) ? feedTimeZone : windows.find(isIanaZone);
  if (isIanaZone(name)) return name === 'UTC' || name === 'Etc/UTC' || name === 'GMT' ? 'Etc/UTC' : name;
  // Some programs prefix IANA names with a path: "/freeassociation.sourceforge.net/Europe/Helsinki".
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  return tail && isIanaZone(tail) ? tail : undefined;
}
