/**
 * The demo pages' own controls. The language is chosen with the real
 * `<baltic-language-switcher>` (it sets <html lang>; every widget follows); `?lang=` in the
 * URL or the last choice on these pages comes first. The theme select sets the page's colours
 * and every widget's `theme`. The site's own words follow the language (demo-texts.ts).
 */
import '../src/components/language-switcher/define.js';
import './demo-texts.js';

const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const params = new URLSearchParams(location.search);

const language = params.get('lang') ?? localStorage.getItem('demo-language');
if (language) document.documentElement.lang = language;
document.addEventListener('baltic-language-change', (event) => localStorage.setItem('demo-language', event.detail.lang));

function applyTheme(theme: string): void {
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('baltic-') && widget.localName !== 'baltic-language-switcher') widget.setAttribute('theme', theme);
  }
  themeSelect.value = theme;
}

applyTheme(params.get('theme') ?? localStorage.getItem('demo-theme') ?? 'auto');
themeSelect.addEventListener('change', () => {
  applyTheme(themeSelect.value);
  localStorage.setItem('demo-theme', themeSelect.value);
});
