/**
 * The parts of the feed the studio edits, each with its fields: the settings and the
 * organization (one object each), the festival, and the collections (categories, locations,
 * events, weekly activities, albums).
 */
import { AUDIENCES, EVENT_STATUSES, SOCIAL_NETWORKS, WEEKDAYS } from '../../feed/constants.js';
import { LOCALES } from '../../i18n/locales.js';
import { LOCALE_NAMES, type Locale } from '../../i18n/locales.js';
import { msg } from '../i18n.js';
import { feedLanguages, idsOf, isObject, uniqueId, type FeedDocument } from './document.js';
import type { Field, Options } from './fields.js';
import { audienceName, statusName, weekdayName } from './vocabulary.js';

export type SectionId = 'settings' | 'organization' | 'categories' | 'locations' | 'events' | 'schedule' | 'albums' | 'festival';

export interface Section {
  id: SectionId;
  label: () => string;
  /** The document key the section edits; '' for the feed's own top-level fields. */
  key: string;
  /** A collection (a list of items with ids) or one object. */
  collection: boolean;
  fields: Field[];
  /** A new item for a collection, with a fresh id. */
  newItem?: (document: FeedDocument) => Record<string, unknown>;
  /** A collection's add button: "New event". */
  newLabel?: () => string;
}

const references = (collection: string): Options => (document) => {
  const items = document[collection];
  if (!Array.isArray(items)) return [];
  const language = feedLanguages(document)[0]!;
  return items.flatMap((item) => {
    if (!isObject(item) || typeof item.id !== 'string') return [];
    const title = item.title ?? item.name;
    const text = typeof title === 'string' ? title : isObject(title) ? String(title[language] ?? Object.values(title)[0] ?? '') : '';
    return [[item.id, text ? `${text} (${item.id})` : item.id] as const];
  });
};

const languageOptions: Options = (document) => {
  const codes = new Set<string>([...LOCALES, ...feedLanguages(document)]);
  return [...codes].map((code) => [code, LOCALE_NAMES[code as Locale] ?? code] as const);
};

let timeZoneList: string[] | undefined;
const timeZones: Options = (document) => {
  timeZoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Helsinki'];
  const current = typeof document.timeZone === 'string' ? [document.timeZone] : [];
  return [...new Set([...current, 'Europe/Helsinki', ...timeZoneList])].map((zone) => [zone, zone.replaceAll('_', ' ')] as const);
};

const newId = (document: FeedDocument, collection: string, base: string) => uniqueId(idsOf(document, collection), base);

const idField = (): Field => ({
  kind: 'string',
  key: 'id',
  required: true,
  pattern: '[A-Za-z0-9][A-Za-z0-9_.:\\-]*',
  label: () => msg('Identifier', { id: 'studio.field.id' }),
  hint: () => msg('Letters, digits and dashes; used in links and embed codes. Change it only before you publish.', { id: 'studio.hint.id' }),
});

const addressField = (): Field => ({
  kind: 'group',
  key: 'address',
  label: () => msg('Address', { id: 'studio.field.address' }),
  fields: [
    { kind: 'string', key: 'street', label: () => msg('Street', { id: 'studio.field.street' }) },
    { kind: 'string', key: 'postalCode', label: () => msg('Postal code', { id: 'studio.field.postal-code' }) },
    { kind: 'string', key: 'city', label: () => msg('City', { id: 'studio.field.city' }) },
    { kind: 'string', key: 'country', label: () => msg('Country', { id: 'studio.field.country' }) },
  ],
});

const priceField = (): Field => ({
  kind: 'group',
  key: 'price',
  label: () => msg('Price', { id: 'studio.field.price' }),
  fields: [
    { kind: 'number', key: 'amount', min: 0, step: 0.01, label: () => msg('Amount (0 = free)', { id: 'studio.field.amount' }) },
    { kind: 'string', key: 'currency', pattern: '[A-Z]{3}', label: () => msg('Currency (e.g. EUR)', { id: 'studio.field.currency' }) },
    { kind: 'text', key: 'note', label: () => msg('Price note', { id: 'studio.field.price-note' }) },
  ],
});

const urlField = (key: string, label: () => string): Field => ({ kind: 'string', type: 'url', key, label });
const webPage = () => urlField('url', () => msg('Web page', { id: 'studio.field.url' }));
const registration = () => urlField('registration', () => msg('Registration link', { id: 'studio.field.registration' }));
const categoryRef = (): Field => ({ kind: 'select', key: 'category', options: references('categories'), label: () => msg('Category', { id: 'studio.field.category' }) });
const locationRef = (): Field => ({ kind: 'select', key: 'location', options: references('locations'), label: () => msg('Place', { id: 'studio.field.location' }) });
const description = (): Field => ({ kind: 'text', key: 'description', multiline: true, label: () => msg('Description', { id: 'studio.field.description' }) });
const title = (): Field => ({ kind: 'text', key: 'title', required: true, label: () => msg('Title', { id: 'studio.field.title' }) });
const image = (key = 'image'): Field => ({ kind: 'image', key, label: () => msg('Image', { id: 'studio.field.image' }) });

export const SECTIONS: Section[] = [
  {
    id: 'events',
    label: () => msg('Events', { id: 'studio.section.events' }),
    key: 'events',
    collection: true,
    newLabel: () => msg('New event', { id: 'studio.new.event' }),
    newItem: (document) => ({ id: newId(document, 'events', 'event'), title: '', start: '' }),
    fields: [
      title(),
      { kind: 'datetime', key: 'start', required: true, allDayToggle: true, label: () => msg('Starts', { id: 'studio.field.start' }) },
      { kind: 'datetime', key: 'end', label: () => msg('Ends (optional; a later day for a multi-day event)', { id: 'studio.field.end' }) },
      {
        kind: 'select',
        key: 'status',
        options: () => EVENT_STATUSES.map((status) => [status, statusName(status)] as const),
        empty: () => statusName('scheduled'),
        label: () => msg('Status', { id: 'studio.field.status' }),
      },
      categoryRef(),
      locationRef(),
      { kind: 'text', key: 'summary', label: () => msg('Short summary', { id: 'studio.field.summary' }) },
      description(),
      image(),
      priceField(),
      registration(),
      webPage(),
      { kind: 'select', key: 'album', options: references('albums'), label: () => msg('Photo album', { id: 'studio.field.album' }) },
      idField(),
    ],
  },
  {
    id: 'schedule',
    label: () => msg('Weekly activities', { id: 'studio.section.schedule' }),
    key: 'schedule',
    collection: true,
    newLabel: () => msg('New weekly activity', { id: 'studio.new.activity' }),
    newItem: (document) => ({ id: newId(document, 'schedule', 'activity'), title: '', days: [], start: '', end: '' }),
    fields: [
      title(),
      { kind: 'multi', key: 'days', required: true, options: () => WEEKDAYS.map((day) => [day, weekdayName(day)] as const), label: () => msg('Days', { id: 'studio.field.days' }) },
      { kind: 'clock', key: 'start', required: true, label: () => msg('From', { id: 'studio.field.clock-start' }) },
      { kind: 'clock', key: 'end', required: true, label: () => msg('Until', { id: 'studio.field.clock-end' }) },
      { kind: 'date', key: 'seasonStart', label: () => msg('Season starts', { id: 'studio.field.season-start' }) },
      { kind: 'date', key: 'seasonEnd', label: () => msg('Season ends', { id: 'studio.field.season-end' }) },
      {
        kind: 'list',
        key: 'exceptions',
        label: () => msg('Days off (no session)', { id: 'studio.field.exceptions' }),
        itemTitle: (item) => String(item.date || '…'),
        newItem: () => ({ date: '' }),
        fields: [
          { kind: 'date', key: 'date', required: true, label: () => msg('Date', { id: 'studio.field.date' }) },
          { kind: 'text', key: 'note', label: () => msg('Note (e.g. why)', { id: 'studio.field.exception-note' }) },
        ],
      },
      categoryRef(),
      locationRef(),
      description(),
      { kind: 'multi', key: 'audience', options: () => AUDIENCES.map((audience) => [audience, audienceName(audience)] as const), label: () => msg('For whom', { id: 'studio.field.audience' }) },
      { kind: 'multi', key: 'languages', options: languageOptions, label: () => msg('Languages spoken', { id: 'studio.field.activity-languages' }) },
      { kind: 'text', key: 'leader', label: () => msg('Leader', { id: 'studio.field.leader' }) },
      priceField(),
      registration(),
      webPage(),
      idField(),
    ],
  },
  {
    id: 'locations',
    label: () => msg('Places', { id: 'studio.section.locations' }),
    key: 'locations',
    collection: true,
    newLabel: () => msg('New place', { id: 'studio.new.place' }),
    newItem: (document) => ({ id: newId(document, 'locations', 'place'), name: '' }),
    fields: [
      { kind: 'text', key: 'name', required: true, label: () => msg('Name', { id: 'studio.field.name' }) },
      addressField(),
      { kind: 'geo', key: 'geo', label: () => msg('Point on the map', { id: 'studio.field.geo' }) },
      { kind: 'text', key: 'directions', multiline: true, label: () => msg('How to get there', { id: 'studio.field.directions' }) },
      webPage(),
      idField(),
    ],
  },
  {
    id: 'organization',
    label: () => msg('Organization', { id: 'studio.section.organization' }),
    key: 'organization',
    collection: false,
    fields: [
      { kind: 'text', key: 'name', required: true, label: () => msg('Name', { id: 'studio.field.name' }) },
      { kind: 'text', key: 'legalName', label: () => msg('Official name', { id: 'studio.field.legal-name' }) },
      description(),
      image('logo'),
      { kind: 'number', key: 'founded', min: 1000, max: 9999, label: () => msg('Founded (year)', { id: 'studio.field.founded' }) },
      { kind: 'number', key: 'members', min: 0, label: () => msg('Members', { id: 'studio.field.members' }) },
      { kind: 'number', key: 'network', min: 0, label: () => msg('People in the network', { id: 'studio.field.network' }) },
      { kind: 'number', key: 'participants', min: 0, label: () => msg('Participants a year', { id: 'studio.field.participants' }) },
      { kind: 'texts', key: 'aims', label: () => msg('Aims', { id: 'studio.field.aims' }) },
      addressField(),
      { kind: 'string', type: 'email', key: 'email', label: () => msg('Email', { id: 'studio.field.email' }) },
      { kind: 'string', type: 'tel', key: 'phone', label: () => msg('Phone', { id: 'studio.field.phone' }) },
      webPage(),
      {
        kind: 'list',
        key: 'social',
        label: () => msg('Social media', { id: 'studio.field.social' }),
        itemTitle: (item) => String(item.network || '…'),
        newItem: () => ({ network: 'facebook', url: '' }),
        fields: [
          { kind: 'select', key: 'network', required: true, options: () => SOCIAL_NETWORKS.map((network) => [network, network] as const), label: () => msg('Network', { id: 'studio.field.network-name' }) },
          { kind: 'string', type: 'url', key: 'url', required: true, label: () => msg('Address (URL)', { id: 'studio.field.social-url' }) },
          { kind: 'text', key: 'label', label: () => msg('Link text', { id: 'studio.field.link-label' }) },
        ],
      },
    ],
  },
  {
    id: 'categories',
    label: () => msg('Categories', { id: 'studio.section.categories' }),
    key: 'categories',
    collection: true,
    newLabel: () => msg('New category', { id: 'studio.new.category' }),
    newItem: (document) => ({ id: newId(document, 'categories', 'category'), name: '' }),
    fields: [
      { kind: 'text', key: 'name', required: true, label: () => msg('Name', { id: 'studio.field.name' }) },
      { kind: 'color', key: 'color', label: () => msg('Colour', { id: 'studio.field.color' }) },
      idField(),
    ],
  },
  {
    id: 'albums',
    label: () => msg('Photo albums', { id: 'studio.section.albums' }),
    key: 'albums',
    collection: true,
    newLabel: () => msg('New photo album', { id: 'studio.new.album' }),
    newItem: (document) => ({ id: newId(document, 'albums', 'album'), title: '', photos: [] }),
    fields: [
      title(),
      { kind: 'date', key: 'date', label: () => msg('Date', { id: 'studio.field.date' }) },
      { kind: 'select', key: 'event', options: references('events'), label: () => msg('Event', { id: 'studio.field.event' }) },
      description(),
      {
        kind: 'list',
        key: 'photos',
        label: () => msg('Photos', { id: 'studio.field.photos' }),
        itemTitle: (item, index) => String(item.src || index + 1),
        newItem: (_document, list) => ({ id: uniqueId(list.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])), 'photo'), src: '', width: 1, height: 1 }),
        fields: [
          image(''),
          { kind: 'text', key: 'caption', label: () => msg('Caption', { id: 'studio.field.caption' }) },
          { kind: 'string', key: 'credit', label: () => msg('Photographer', { id: 'studio.field.credit' }) },
          idField(),
        ],
      },
    ],
  },
  {
    id: 'festival',
    label: () => msg('Festival', { id: 'studio.section.festival' }),
    key: 'festival',
    collection: false,
    fields: [
      title(),
      { kind: 'text', key: 'tagline', label: () => msg('Tagline', { id: 'studio.field.tagline' }) },
      { kind: 'datetime', key: 'start', required: true, allDayToggle: true, label: () => msg('Starts', { id: 'studio.field.start' }) },
      { kind: 'datetime', key: 'end', required: true, allDayToggle: true, label: () => msg('Ends', { id: 'studio.field.festival-end' }) },
      locationRef(),
      { kind: 'select', key: 'secondLanguage', options: languageOptions, label: () => msg('Second language of the banner', { id: 'studio.field.second-language' }) },
      {
        kind: 'group',
        key: 'image',
        label: () => msg('Banner images', { id: 'studio.field.banner-images' }),
        fields: [
          { kind: 'image', key: 'wide', label: () => msg('Wide image (desktop)', { id: 'studio.field.image-wide' }) },
          { kind: 'image', key: 'narrow', label: () => msg('Narrow image (phone)', { id: 'studio.field.image-narrow' }) },
        ],
      },
      {
        kind: 'list',
        key: 'actions',
        label: () => msg('Buttons', { id: 'studio.field.actions' }),
        itemTitle: (_item, index) => String(index + 1),
        newItem: () => ({ label: '', url: '' }),
        fields: [
          { kind: 'text', key: 'label', required: true, label: () => msg('Button text', { id: 'studio.field.action-label' }) },
          { kind: 'string', type: 'url', key: 'url', required: true, label: () => msg('Link', { id: 'studio.field.action-url' }) },
        ],
      },
      {
        kind: 'list',
        key: 'programme',
        label: () => msg('Programme', { id: 'studio.field.programme' }),
        itemTitle: (item, index) => String(item.start || index + 1),
        newItem: () => ({ start: '', title: '' }),
        fields: [
          { kind: 'datetime', key: 'start', required: true, label: () => msg('Starts', { id: 'studio.field.start' }) },
          { kind: 'datetime', key: 'end', label: () => msg('Ends', { id: 'studio.field.festival-end' }) },
          title(),
          locationRef(),
        ],
      },
      { kind: 'select', key: 'album', options: references('albums'), label: () => msg('Photo album', { id: 'studio.field.album' }) },
      webPage(),
    ],
  },
  {
    id: 'settings',
    label: () => msg('Settings', { id: 'studio.section.settings' }),
    key: '',
    collection: false,
    fields: [
      { kind: 'select', key: 'timeZone', options: timeZones, label: () => msg('Time zone', { id: 'studio.field.time-zone' }) },
      { kind: 'multi', key: 'languages', required: true, options: languageOptions, label: () => msg('Languages of the feed', { id: 'studio.field.languages' }) },
      {
        kind: 'multi',
        key: 'fallbackLanguages',
        options: languageOptions,
        label: () => msg('When a text is missing, show it in', { id: 'studio.field.fallbacks' }),
      },
      { kind: 'text', key: 'description', multiline: true, label: () => msg('About this feed', { id: 'studio.field.feed-description' }) },
      {
        kind: 'group',
        key: 'calendar',
        label: () => msg('Calendar file', { id: 'studio.field.calendar' }),
        fields: [
          { kind: 'string', key: 'ics', label: () => msg('Address of the published .ics file', { id: 'studio.field.ics' }) },
          { kind: 'text', key: 'name', label: () => msg('Calendar name', { id: 'studio.field.calendar-name' }) },
        ],
      },
    ],
  },
];

export const sectionById = (id: SectionId): Section => SECTIONS.find((section) => section.id === id)!;
