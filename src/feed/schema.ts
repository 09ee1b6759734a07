/**
 * The feed schema: the one source of truth for the feed's TypeScript types, its runtime
 * validation (see `validate.ts`) and the published JSON Schema (`feed.schema.json`, generated
 * by `scripts/feed-schema.ts`). Change the feed here and nowhere else.
 */
import * as v from 'valibot';
import { SAFE_URL_PATTERN } from './url.js';
import { FIRST_YEAR, FIRST_YEAR_WITH_TIME, LAST_YEAR } from './time.js';
import * as checks from './schema-checks.js';
import { AUDIENCES, DEFAULT_TIME_ZONE, EVENT_STATUSES, FEED_VERSION, SOCIAL_NETWORKS, WEEKDAYS } from './constants.js';

export { AUDIENCES, DEFAULT_TIME_ZONE, EVENT_STATUSES, FEED_VERSION, SOCIAL_NETWORKS, WEEKDAYS };


const schemasValidatedPerEntry = new WeakSet<object>();
/**
 * Marks an array or object schema as lenient: an array is validated item by item (a bad item
 * is skipped and reported, the rest kept), an object field by field (a bad optional field is
 * dropped and reported, the object kept).
 */
/* @__NO_SIDE_EFFECTS__ */
function lenient<T extends object>(schema: T): T {
  schemasValidatedPerEntry.add(schema);
  return schema;
}
export const isLenient = (schema: object) => schemasValidatedPerEntry.has(schema);

const checkFields = new WeakMap<object, string>();
/**
 * A check of a whole item whose problem is reported at one of its fields (`events[2].end: ends
 * before it starts`). The field is also kept where the rules generated from this schema find
 * it (scripts/feed-rules.ts): `v.forward` keeps it to itself.
 */
/* @__NO_SIDE_EFFECTS__ */
function reportedAt<TItem extends Record<string, unknown>>(field: keyof TItem & string, requirement: (item: TItem) => boolean, message: string) {
  const action = v.forward<TItem, v.CheckIssue<TItem>, [typeof field]>(v.check(requirement, message), [field] as never);
  checkFields.set(action, field);
  return action;
}
/** The field a check marked with `reportedAt` reports at; undefined for other actions. */
export const checkedField = (action: object) => checkFields.get(action);

/**
 * A description for feed.schema.json, written doc`…`: the browser builds leave its text out
 * (`stripSchemaDocs()` in scripts/vite-plugins.mjs), validation does not need it.
 */
const doc = String.raw;
const described = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

export const LanguageCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'not a language code (expected e.g. "fi", "ru", "en-GB")'),
);

export const LocalizedTextSchema = described(
  v.union(
    [v.string(), v.record(LanguageCodeSchema, v.string())],
    'not a text: expected a string or an object of strings by language code',
  ),
  doc`A text: one string, or an object of strings by language code ({"fi": "…", "ru": "…", "en": "…"}).`,
);

export const IdSchema = v.pipe(
  v.string('not an id: expected a string'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'not an id: letters, digits, "_", ".", ":" and "-" only'),
);

export const UrlSchema = described(
  v.pipe(
    v.string('not a URL: expected a string'),
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    v.regex(/^[^\u0000-\u001F\u007F]*$/, 'not a URL: contains control characters'),
    v.regex(SAFE_URL_PATTERN, 'URL scheme not allowed (use https:, http:, mailto:, tel:, webcal: or a relative URL)'),
  ),
  doc`A URL: https:, http:, mailto:, tel:, webcal: or relative to the feed.`,
);

const { DATE_PATTERN, DATE_TIME_PATTERN } = checks;

export const DateSchema = described(
  v.pipe(
    v.string('not a date: expected a string'),
    v.regex(DATE_PATTERN, 'not a date (expected YYYY-MM-DD)'),
    v.check(checks.dateIsInCalendar, 'not a date: no such day in the calendar'),
    v.check(checks.dateYearIsSupported, `year out of range (${FIRST_YEAR}–${LAST_YEAR})`),
  ),
  doc`A calendar date, YYYY-MM-DD, in the years ${FIRST_YEAR}–${LAST_YEAR}.`,
);

export const DateTimeSchema = described(
  v.pipe(
    v.string('not a date: expected a string'),
    v.regex(DATE_TIME_PATTERN, 'not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, optionally with Z or an offset)'),
    v.check(checks.dateTimeIsInCalendar, 'not a date: no such day or time in the calendar'),
    v.check(checks.dateTimeYearIsSupported, `year out of range (dates ${FIRST_YEAR}–${LAST_YEAR}; with a time of day ${FIRST_YEAR_WITH_TIME}–${LAST_YEAR})`),
  ),
  doc`A date (all-day) or a date and time, ISO 8601, in the years ${FIRST_YEAR}–${LAST_YEAR} (with a time of day from ${FIRST_YEAR_WITH_TIME}: calendar apps know the time zones' history from then on). Without Z or an offset it is a local time in the feed's time zone; a local time the clocks skip (the night summer time begins) is read that much later, and the event keeps its length.`,
);

export const ClockTimeSchema = described(
  v.pipe(v.string('not a time: expected a string'), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'not a time (expected HH:mm, 00:00–23:59)')),
  doc`A local clock time, HH:mm, in the feed's time zone.`,
);

export const ColorSchema = v.pipe(v.string(), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'not a colour (expected #rgb or #rrggbb)'));

const NOT_A_LIST = 'not a list (expected an array)';
const PositiveInteger = v.pipe(v.number('not a number'), v.integer('not a whole number'), v.minValue(1, 'must be at least 1'));
const NonNegativeInteger = v.pipe(v.number('not a number'), v.integer('not a whole number'), v.minValue(0, 'must not be negative'));

export const ImageVariantSchema = v.object({
  src: UrlSchema,
  width: PositiveInteger,
});

export const ImageSchema = lenient(
  v.object({
    src: UrlSchema,
    width: PositiveInteger,
    height: PositiveInteger,
    alt: v.optional(LocalizedTextSchema),
    variants: v.optional(v.array(ImageVariantSchema)),
  }),
);

export const PriceSchema = lenient(
  v.object({
    amount: v.pipe(v.number('not a number'), v.minValue(0, 'must not be negative')),
    currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'not a currency code (expected e.g. "EUR")')), 'EUR'),
    note: v.optional(LocalizedTextSchema),
  }),
);

export const AddressSchema = v.object({
  street: v.optional(v.string()),
  postalCode: v.optional(v.string()),
  city: v.optional(v.string()),
  country: v.optional(v.string()),
});

export const GeoSchema = v.object({
  lat: v.pipe(v.number('not a number'), v.minValue(-90, 'latitude out of range'), v.maxValue(90, 'latitude out of range')),
  lon: v.pipe(v.number('not a number'), v.minValue(-180, 'longitude out of range'), v.maxValue(180, 'longitude out of range')),
});

export const CategorySchema = lenient(
  v.object({
    id: IdSchema,
    name: LocalizedTextSchema,
    color: v.optional(ColorSchema),
  }),
);

export const LocationSchema = lenient(
  v.object({
    id: IdSchema,
    name: LocalizedTextSchema,
    address: v.optional(AddressSchema),
    geo: v.optional(GeoSchema),
    directions: v.optional(LocalizedTextSchema),
    url: v.optional(UrlSchema),
  }),
);

/** Where `baltic-widgets import` took an item from: importing the calendar again updates the item instead of adding a copy. */
const ImportedFrom = {
  icsUid: v.optional(described(v.string(), 'Written by `baltic-widgets import`: the UID of the calendar entry this item came from.')),
  icsRecurrenceId: v.optional(described(v.string(), 'Written by `baltic-widgets import` for one instance of a series: its original start, as the calendar gives it.')),
};

const EventFields = v.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  category: v.optional(IdSchema),
  location: v.optional(IdSchema),
  summary: v.optional(LocalizedTextSchema),
  description: v.optional(LocalizedTextSchema),
  descriptionFormat: v.optional(v.picklist(['text', 'html'], 'not a format (expected "text" or "html")'), 'text'),
  image: v.optional(ImageSchema),
  price: v.optional(PriceSchema),
  registration: v.optional(UrlSchema),
  url: v.optional(UrlSchema),
  status: v.optional(v.picklist(EVENT_STATUSES, 'not a status (expected "scheduled", "cancelled" or "postponed")'), 'scheduled'),
  reminders: v.optional(v.array(NonNegativeInteger)),
  album: v.optional(IdSchema),
  ...ImportedFrom,
});
export const EventSchema = lenient(
  v.pipe(EventFields, reportedAt<v.InferOutput<typeof EventFields>>('end', checks.eventEndsAfterStart, 'ends before it starts')),
);


export const ScheduleExceptionSchema = v.object({
  date: DateSchema,
  note: v.optional(LocalizedTextSchema),
});

const ActivityFields = v.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  category: v.optional(IdSchema),
  location: v.optional(IdSchema),
  days: v.pipe(
    v.array(v.picklist(WEEKDAYS, 'not a weekday (expected mon, tue, wed, thu, fri, sat or sun)')),
    v.minLength(1, 'needs at least one weekday'),
  ),
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  seasonStart: v.optional(DateSchema),
  seasonEnd: v.optional(DateSchema),
  exceptions: v.optional(v.array(ScheduleExceptionSchema)),
  audience: v.optional(v.array(v.picklist(AUDIENCES, 'not an audience (expected children, youth, adults, seniors or families)'))),
  languages: v.optional(v.array(LanguageCodeSchema)),
  leader: v.optional(LocalizedTextSchema),
  price: v.optional(PriceSchema),
  registration: v.optional(UrlSchema),
  url: v.optional(UrlSchema),
  reminders: v.optional(v.array(NonNegativeInteger)),
  ...ImportedFrom,
});
type ActivityFields = v.InferOutput<typeof ActivityFields>;
export const ActivitySchema = lenient(
  v.pipe(
    ActivityFields,
    reportedAt<ActivityFields>('end', checks.activityEndsAfterStart, 'ends before it starts'),
    reportedAt<ActivityFields>('seasonEnd', checks.seasonEndsAfterStart, 'season ends before it starts'),
  ),
);

export const PhotoSchema = lenient(
  v.object({
    id: IdSchema,
    src: UrlSchema,
    width: PositiveInteger,
    height: PositiveInteger,
    alt: v.optional(LocalizedTextSchema),
    caption: v.optional(LocalizedTextSchema),
    /** The photographer or source, e.g. "Marina L.": the lightbox shows it as "Photo: Marina L." in the visitor's language. */
    credit: v.optional(described(v.string(), doc`The photographer or source, e.g. "Marina L."; the gallery shows it as "Photo: Marina L." in the visitor's language.`)),
    variants: v.optional(v.array(ImageVariantSchema)),
  }),
);

export const AlbumSchema = lenient(
  v.object({
    id: IdSchema,
    title: LocalizedTextSchema,
    date: v.optional(DateSchema),
    event: v.optional(IdSchema),
    description: v.optional(LocalizedTextSchema),
    photos: lenient(v.array(PhotoSchema, NOT_A_LIST)),
  }),
);


export const SocialLinkSchema = v.object({
  network: v.picklist(SOCIAL_NETWORKS, `not a network (expected one of ${SOCIAL_NETWORKS.join(', ')})`),
  url: UrlSchema,
  label: v.optional(LocalizedTextSchema),
});

export const OrganizationSchema = lenient(
  v.object({
    name: LocalizedTextSchema,
    legalName: v.optional(LocalizedTextSchema),
    description: v.optional(LocalizedTextSchema),
    logo: v.optional(ImageSchema),
    founded: v.optional(v.pipe(v.number('not a year'), v.integer('not a year'), v.minValue(1000, 'not a year'), v.maxValue(9999, 'not a year'))),
    members: v.optional(NonNegativeInteger),
    network: v.optional(NonNegativeInteger),
    participants: v.optional(NonNegativeInteger),
    aims: v.optional(lenient(v.array(LocalizedTextSchema, NOT_A_LIST))),
    address: v.optional(AddressSchema),
    email: v.optional(v.pipe(v.string(), v.email('not an email address'))),
    phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number'))),
    url: v.optional(UrlSchema),
    social: v.optional(lenient(v.array(SocialLinkSchema, NOT_A_LIST))),
  }),
);

export const FestivalActionSchema = v.object({
  label: LocalizedTextSchema,
  url: UrlSchema,
  kind: v.optional(v.picklist(['primary', 'secondary']), 'secondary'),
});

export const ProgrammeItemSchema = v.object({
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  title: LocalizedTextSchema,
  location: v.optional(IdSchema),
});

export const FestivalSchema = lenient(
  v.object({
    id: v.optional(IdSchema, 'festival'),
    title: LocalizedTextSchema,
    secondLanguage: v.optional(LanguageCodeSchema),
    tagline: v.optional(LocalizedTextSchema),
    start: DateTimeSchema,
    end: DateTimeSchema,
    location: v.optional(IdSchema),
    image: v.optional(v.object({ wide: v.optional(ImageSchema), narrow: v.optional(ImageSchema) })),
    actions: v.optional(lenient(v.array(FestivalActionSchema, NOT_A_LIST))),
    programme: v.optional(lenient(v.array(ProgrammeItemSchema, NOT_A_LIST))),
    album: v.optional(IdSchema),
    url: v.optional(UrlSchema),
  }),
);

export const CalendarPublishingSchema = v.object({
  ics: v.optional(UrlSchema),
  name: v.optional(LocalizedTextSchema),
});

export const FeedSchema = lenient(
  v.object({
    version: v.optional(PositiveInteger, FEED_VERSION),
    timeZone: v.optional(
      v.pipe(v.string(), v.check(checks.isValidTimeZone, 'not an IANA time zone (expected e.g. "Europe/Helsinki")')),
      DEFAULT_TIME_ZONE,
    ),
    languages: v.optional(v.array(LanguageCodeSchema)),
    fallbackLanguages: v.optional(v.array(LanguageCodeSchema)),
    description: v.optional(LocalizedTextSchema),
    calendar: v.optional(CalendarPublishingSchema),
    organization: v.optional(OrganizationSchema),
    categories: v.optional(lenient(v.array(CategorySchema, NOT_A_LIST)), []),
    locations: v.optional(lenient(v.array(LocationSchema, NOT_A_LIST)), []),
    events: v.optional(lenient(v.array(EventSchema, NOT_A_LIST)), []),
    schedule: v.optional(lenient(v.array(ActivitySchema, NOT_A_LIST)), []),
    albums: v.optional(lenient(v.array(AlbumSchema, NOT_A_LIST)), []),
    festival: v.optional(FestivalSchema),
  }),
);

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Image = v.InferOutput<typeof ImageSchema>;
export type Price = v.InferOutput<typeof PriceSchema>;
export type Address = v.InferOutput<typeof AddressSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Location = v.InferOutput<typeof LocationSchema>;
export type FeedEvent = v.InferOutput<typeof EventSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Activity = v.InferOutput<typeof ActivitySchema>;
export type Photo = v.InferOutput<typeof PhotoSchema>;
export type Album = v.InferOutput<typeof AlbumSchema>;
export type SocialLink = v.InferOutput<typeof SocialLinkSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type Festival = v.InferOutput<typeof FestivalSchema>;
export type Feed = v.InferOutput<typeof FeedSchema>;
/** What a feed author writes (defaults not yet applied). */
export type FeedInput = v.InferInput<typeof FeedSchema>;
