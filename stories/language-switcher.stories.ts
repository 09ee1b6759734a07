import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/language-switcher/define.js';
import '../src/components/org-card/define.js';
import { LOCALE_NAMES, LOCALES } from '../src/i18n/locales.js';
import type { Theme } from '../src/internal/baltic-element.js';
import { DEMO_FEED_URL, description, widgetGlobals } from './helpers.js';

/** The attributes of `<baltic-language-switcher>` (names as in HTML), plus the event action. */
interface LanguageSwitcherArgs {
  languages?: string;
  target?: string;
  remember?: boolean;
  /** Empty: the language of the page around (the toolbar's). */
  lang?: string;
  /** Unset: the toolbar's theme. */
  theme?: Theme;
  onBalticLanguageChange?: (event: Event) => void;
}

type Context = Parameters<typeof widgetGlobals>[0];

function switcher(args: LanguageSwitcherArgs, context: Context): TemplateResult {
  const { theme } = widgetGlobals(context);
  return html`<baltic-language-switcher
    languages=${ifDefined(args.languages || undefined)}
    target=${ifDefined(args.target || undefined)}
    ?remember=${args.remember}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme || theme}
    @baltic-language-change=${(event: Event) => args.onBalticLanguageChange?.(event)}
  ></baltic-language-switcher>`;
}


const argTypes: ArgTypes = {
  languages: { control: 'text' },
  target: { control: 'text' },
  remember: { control: 'boolean' },
  lang: {
    control: 'select',
    options: ['', ...LOCALES],
    labels: { '': '(page language: the toolbar)', ...LOCALE_NAMES },
  },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  onBalticLanguageChange: { action: 'baltic-language-change', table: { disable: true } },
  offeredLanguages: { control: false },
  targetElement: { control: false },
  value: { control: false },
};

const meta = {
  title: 'Widgets/Language switcher',
  component: 'baltic-language-switcher',
  tags: ['autodocs'],
  // Storybook's frame carries the toolbar's `lang`, nearer to the widgets than <html>: the stories target their own section.
  render: (args, context) => html`<section id="language-demo">${switcher(args, context)}</section>`,
  args: { target: '#language-demo', remember: false },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'A labelled list of the eight languages, each named in itself. Choosing one sets `lang` on the page (`<html>`) or on the `target` element, and every widget there follows. ' +
          'With `remember`, the choice is kept in `localStorage` and applied on the next page. The label speaks the language around the switcher (the toolbar\'s here).',
      },
    },
  },
} satisfies Meta<LanguageSwitcherArgs>;

export default meta;
type Story = StoryObj<LanguageSwitcherArgs>;

export const AllLanguages: Story = {
  parameters: description('All eight languages, in the page\'s language.'),
};

export const FewLanguages: Story = {
  args: { languages: 'fi sv en' },
  parameters: description('`languages="fi sv en"`: only the languages a site offers, in that order.'),
};

export const WithAWidget: Story = {
  render: (args, context) => html`<section id="language-demo" lang=${widgetGlobals(context).lang}>
    ${switcher(args, context)}
    <baltic-org-card src=${DEMO_FEED_URL} theme=${args.theme || widgetGlobals(context).theme}></baltic-org-card>
  </section>`,
  parameters: description('The switcher sets `lang` on the section around the card (`target="#language-demo"`): the card follows at once, feed texts and all.'),
};

export const ChosenNotApplied: Story = {
  name: 'Moved with the arrow keys (not applied)',
  play: async ({ canvasElement }) => {
    // In a closed list the arrow keys fire `change` at each step: the language only waits for Enter or "Change" (WCAG 3.2.2).
    for (let attempt = 0; attempt < 100; attempt++) {
      const select = canvasElement.querySelector('baltic-language-switcher')?.shadowRoot?.querySelector('select');
      if (select) {
        select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
        select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
        select.dispatchEvent(new Event('change'));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
  parameters: description('The visitor moved through the closed list with the arrow keys: nothing changes yet; the "Change" button (and Enter) applies the language shown.'),
};
