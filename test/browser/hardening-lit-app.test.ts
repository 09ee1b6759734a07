/**
 * Hardening: our one-script bundle on a page whose own application is built with Lit and
 * @lit/localize (its own copies, its own locale). Neither may break the other, and neither
 * may change the other's language.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html } from 'lit';
import { loadFixtureFeed, waitUntil } from './helpers.js';

const BUNDLE = '/dist/cdn/baltic-widgets.js';

/** The host page's application: a Lit element speaking German through @lit/localize. */
class HostApp extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<p>${msg('Good morning', { id: 'host.greeting' })}</p>`;
  }
}
customElements.define('host-app', HostApp);

const { setLocale, getLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'host.greeting': 'Guten Morgen' } }),
});

type Calendar = HTMLElement & { feed: object; updateComplete: Promise<unknown> };

const appText = (app: HostApp) => app.shadowRoot!.querySelector('p')!.textContent!.trim();
const todayText = (calendar: Calendar) => calendar.shadowRoot?.querySelector('[part="today"]')?.textContent?.trim();

describe('hardening: our bundle beside an application that uses Lit and @lit/localize', function () {
  this.timeout(20_000);

  it('both work, and each keeps its own language', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const app = document.createElement('host-app') as HostApp;
    document.body.append(app);
    try {
      await setLocale('de');
      await app.updateComplete;
      expect(appText(app)).to.equal('Guten Morgen');

      await import(/* @vite-ignore */ BUNDLE);
      const feed = await loadFixtureFeed();
      const calendars = (['ru', 'fi'] as const).map((lang) => {
        const calendar = document.createElement('baltic-event-calendar') as Calendar;
        calendar.setAttribute('lang', lang);
        calendar.setAttribute('date', '2026-12');
        calendar.feed = feed;
        document.body.append(calendar);
        return calendar;
      });
      const [russian, finnish] = calendars as [Calendar, Calendar];
      await waitUntil(() => todayText(russian) === 'Сегодня' && todayText(finnish) === 'Tänään', 'our widgets did not render in Russian and Finnish', { timeout: 8000 });
      expect(getLocale(), "the application's locale").to.equal('de');
      expect(appText(app)).to.equal('Guten Morgen');

      // The application changes its language: ours stay as they are.
      await setLocale('en');
      await app.updateComplete;
      expect(appText(app)).to.equal('Good morning');
      await russian.updateComplete;
      expect(todayText(russian)).to.equal('Сегодня');
      expect(todayText(finnish)).to.equal('Tänään');

      // One of ours changes its language: the application and the other widget stay.
      russian.setAttribute('lang', 'fi');
      await waitUntil(() => todayText(russian) === 'Tänään', 'the widget did not switch to Finnish', { timeout: 5000 });
      expect(getLocale()).to.equal('en');
      expect(appText(app)).to.equal('Good morning');

      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      app.remove();
      for (const calendar of document.querySelectorAll('baltic-event-calendar')) calendar.remove();
    }
  });
});
