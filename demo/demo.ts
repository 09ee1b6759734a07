/**
 * The demo page's language and theme switchers: the language is the page's own `<html
 * lang>` (the widgets follow it), the theme goes to the page and to every widget.
 */
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

const params = new URLSearchParams(location.search);
const savedLanguage = params.get('lang') ?? localStorage.getItem('demo-language') ?? document.documentElement.lang;
const savedTheme = params.get('theme') ?? localStorage.getItem('demo-theme') ?? 'auto';

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  languageSelect.value = lang;
}

function applyTheme(theme: string): void {
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('baltic-')) widget.setAttribute('theme', theme);
  }
  themeSelect.value = theme;
}

applyLanguage(savedLanguage);
applyTheme(savedTheme);
languageSelect.addEventListener('change', () => {
  applyLanguage(languageSelect.value);
  localStorage.setItem('demo-language', languageSelect.value);
});
themeSelect.addEventListener('change', () => {
  applyTheme(themeSelect.value);
  localStorage.setItem('demo-theme', themeSelect.value);
});
