/**
 * Messages per element, not per page: @lit/localize's `msg()` reads one global locale,
 * which cannot serve two widgets in two languages on one page, nor leave a host page's own
 * @lit/localize alone. So messages are written with `msg()`/`str` (the extractor finds
 * them and writes XLIFF), and at render time this `msg` looks them up in the templates of
 * the element being rendered (see `BalticElement.update`).
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { SOURCE_LOCALE, type Locale } from './locales.js';

export type { TemplateMap };

interface StrResult {
  strings: readonly string[];
  values: readonly unknown[];
}

/** `str` tagged templates, as @lit/localize's (same shape, so the generated locale modules fit). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true, strings, values })) as unknown as typeof litStr;

/** Joins a `str` template's strings with values, in the order a translation gives (`${1} … ${0}`). */
const join = ({ strings }: StrResult, values: readonly unknown[], order?: readonly unknown[]) =>
  strings.reduce((text, part, index) => text + String(values[order ? (order[index - 1] as number) : index - 1]) + part);

let activeTemplates: TemplateMap | undefined;

/**
 * Looks a message up by its id in the templates of the locale being rendered; the source
 * (English) text when there is none. Every message has an explicit id.
 */
export const msg = ((template: string | StrResult, options: { id: string }) => {
  const localized = activeTemplates?.[options.id] as string | StrResult | undefined;
  if (typeof localized === 'string') return localized;
  if (typeof template === 'string') return template;
  return localized ? join(localized, template.values, localized.values) : join(template, template.values);
}) as unknown as typeof litMsg;

/** Runs `render` with `templates` as the messages `msg()` returns. Nested calls restore the outer templates. */
export function withMessages<T>(templates: TemplateMap | undefined, render: () => T): T {
  const outer = activeTemplates;
  activeTemplates = templates;
  try {
    return render();
  } finally {
    activeTemplates = outer;
  }
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ templates: TemplateMap }>> = {
  fi: () => import('../generated/locales/fi.js'),
  sv: () => import('../generated/locales/sv.js'),
  ru: () => import('../generated/locales/ru.js'),
  uk: () => import('../generated/locales/uk.js'),
  et: () => import('../generated/locales/et.js'),
  lv: () => import('../generated/locales/lv.js'),
  lt: () => import('../generated/locales/lt.js'),
};

const loaded = new Map<Locale, TemplateMap | undefined>([[SOURCE_LOCALE, undefined]]);
const loading = new Map<Locale, Promise<TemplateMap | undefined>>();

/** The templates of a locale if they are loaded (English needs none). */
export function loadedMessages(locale: Locale): { ready: boolean; templates?: TemplateMap } {
  return loaded.has(locale) ? { ready: true, templates: loaded.get(locale) } : { ready: false };
}

/** Loads a locale's messages (each locale is its own lazily loaded chunk). */
export function loadMessages(locale: Locale): Promise<TemplateMap | undefined> {
  if (loaded.has(locale)) return Promise.resolve(loaded.get(locale));
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]()
      .then((module) => module.templates)
      .catch((error: unknown) => {
        console.warn(`[baltic-widgets] "${locale}" messages not loaded`, error);
        return undefined;
      })
      .then((templates) => {
        // A language that failed to load is tried again by the next widget that asks for it.
        if (templates) loaded.set(locale, templates);
        loading.delete(locale);
        return templates;
      });
    loading.set(locale, pending);
  }
  return pending;
}

