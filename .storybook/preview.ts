/// <reference types="vite/client" />
/**
 * Every story runs inside a frame that carries the toolbar's language (`lang`, which the
 * widgets follow) and theme (the canvas background; stories pass the theme to the widgets
 * with `widgetGlobals()` from `stories/helpers.ts`). Controls and the docs tables come
 * from the Custom Elements Manifest.
 */
import { setCustomElementsManifest, type ArgTypes, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import { widgetGlobals } from '../stories/helpers.js';

// `custom-elements.json` is a build artifact (`npm run analyze`). A glob import keeps type
// checking independent of it; `.storybook/main.ts` refuses to build without it.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(forStorybook(manifest));
} else {
  console.warn('[storybook] custom-elements.json is missing: run `npm run analyze` for controls and docs.');
}

interface ManifestItem {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  summary?: string;
  fieldName?: string;
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
}

/**
 * The manifest as Storybook should show it: public members only (no private or protected
 * fields in the controls), one row per attribute rather than one for `heading-level` and
 * another for `headingLevel`, and the `@summary` as the description when there is no other.
 */
function forStorybook(source: object): object {
  const copy = structuredClone(source) as { modules?: { declarations?: ManifestItem[] }[] };
  for (const declaration of copy.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    if (!declaration.tagName) continue;
    declaration.description ||= declaration.summary?.replace(/\s+/g, ' ');
    const attributes = declaration.attributes ?? [];
    const fieldsWithAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
    for (const attribute of attributes) {
      if (attribute.fieldName && attribute.fieldName !== attribute.name) {
        attribute.description = `${attribute.description ?? ''} (property \`${attribute.fieldName}\`)`.trim();
      }
    }
    declaration.members = declaration.members?.filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        member.privacy !== 'private' &&
        member.privacy !== 'protected' &&
        !fieldsWithAttribute.has(member.name),
    );
  }
  return copy;
}

/** Rows of the docs table that document rather than control: events, CSS custom properties and parts, slots. */
const DOCUMENTED_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const noControlsForDocumentation = ({ argTypes }: { argTypes: ArgTypes }): ArgTypes =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOCUMENTED_ONLY.has(String(argType.table?.category)) && argType.control === undefined ? { ...argType, control: false } : argType,
    ]),
  );

const withFrame: Decorator = (story, context) => {
  const { lang, theme } = widgetGlobals(context);
  return html`<div class="sb-frame sb-frame--${theme}" lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withFrame],
  argTypesEnhancers: [noControlsForDocumentation],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widgets (they follow the nearest lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: LOCALE_NAMES[locale], right: locale })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets and of the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (system)', icon: 'mirror' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
