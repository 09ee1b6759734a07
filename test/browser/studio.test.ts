/**
 * The feed studio with its local server (a mock of the server's API contract): a volunteer
 * creates a feed from nothing in Russian, fills it, saves, reopens; nothing of an existing
 * feed is lost; changes on disk and earlier versions.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateFeed } from '../../src/feed/validate.js';
import type { BalticStudio } from '../../src/studio/define.js';
import { $, $$, button, chooseFile, chooseSection, click, disk, mountStudio, pngFile, serverSession, type, until } from './studio-helpers.js';
import { stampedText } from './helpers.js';

const saved = async (studio: BalticStudio, session: string, saves: number) => {
  await until(async () => (await disk(session)).saves === saves, 'the feed was not saved', { timeout: 5000 });
  await studio.updateComplete;
  return JSON.parse((await disk(session)).text!) as Record<string, any>;
};

/** Where the location map remembers "Show map" for OpenStreetMap's tiles (the widget's key, written out by hand). */
const MAP_CONSENT = 'baltic-widgets:map-consent:v1:tile.openstreetmap.org';

describe('feed studio with its server', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
    localStorage.removeItem(MAP_CONSENT);
  });

  it('a volunteer creates a feed from nothing in Russian, adds a DST-night event, a weekly club with a day off and an album of two photos, saves and reopens it', async function () {
    this.timeout(30000);
    const session = await serverSession(null);
    let studio = await mountStudio(session, 'ru');

    // The wizard, in Russian.
    expect($(studio, '#wizard-title').textContent).to.equal('Новый фид');
    await type(studio, '#wizard-name', 'Балтийский регион');
    const english = $$<HTMLInputElement>(studio, 'input[name=language]').find((input) => input.value === 'en')!;
    english.checked = false;
    await click(studio, 'form.wizard button[type=submit]');
    expect(studio.screen).to.equal('editor');

    // An event at 03:30 on the night the clocks go forward in Helsinki: flagged at the field.
    await click(studio, button(studio, 'Новое мероприятие'));
    await type(studio, '#f-events-0-title-ru', 'Ночь музеев');
    await type(studio, '#f-events-0-title-fi', 'Museoyö');
    await type(studio, '#f-events-0-start-date', '2027-03-28');
    await type(studio, '#f-events-0-start-time', '03:30');
    const start = $(studio, '#f-events-0-start');
    expect(start.classList.contains('flagged')).to.be.true;
    expect(start.textContent).to.include('03:30 этой ночью нет');
    expect($(studio, '#f-events-0-start-time').getAttribute('aria-invalid')).to.equal('true');
    // The hour that comes twice in autumn is flagged too.
    await type(studio, '#f-events-0-start-date', '2026-10-25');
    expect($(studio, '#f-events-0-start').textContent).to.include('наступает дважды');
    // 02:30 on the spring night exists: no flag.
    await type(studio, '#f-events-0-start-date', '2027-03-28');
    await type(studio, '#f-events-0-start-time', '02:30');
    expect($(studio, '#f-events-0-start').classList.contains('flagged')).to.be.false;
    await type(studio, '#f-events-0-end-date', '2027-03-28');
    await type(studio, '#f-events-0-end-time', '05:00');
    await type(studio, '#f-events-0-price-amount', '5');

    // A weekly club with a day off.
    await chooseSection(studio, 'Еженедельные занятия');
    await click(studio, button(studio, 'Новое еженедельное занятие'));
    await type(studio, '#f-schedule-0-title-ru', 'Шахматный клуб');
    await type(studio, '#f-schedule-0-title-fi', 'Shakkikerho');
    const tuesday = $$<HTMLInputElement>(studio, '#f-schedule-0-days input').find((input) => input.value === 'tue')!;
    tuesday.click();
    await studio.updateComplete;
    await type(studio, '#f-schedule-0-start', '17:00');
    await type(studio, '#f-schedule-0-end', '18:30');
    await type(studio, '#f-schedule-0-seasonStart', '2027-01-12');
    await type(studio, '#f-schedule-0-seasonEnd', '2027-05-25');
    await click(studio, $(studio, '#f-schedule-0-exceptions > button.add'));
    await type(studio, '#f-schedule-0-exceptions-0-date', '2027-02-23');
    await type(studio, '#f-schedule-0-exceptions-0-note-ru', 'Каникулы');

    // An album with two photos: their sizes come from the files; the second has no alt text (a warning).
    await chooseSection(studio, 'Фотоальбомы');
    await click(studio, button(studio, 'Новый фотоальбом'));
    await type(studio, '#f-albums-0-title-ru', 'Масленица');
    await type(studio, '#f-albums-0-title-fi', 'Laskiainen');
    for (const [index, name] of ['blini.png', 'sani.png'].entries()) {
      await click(studio, $(studio, '#f-albums-0-photos > button.add'));
      await chooseFile(studio, `#f-albums-0-photos-${index}-picture-file`, await pngFile(name, 40 + index * 20, 30));
      await until(() => ($(studio, `#f-albums-0-photos-${index}-width`) as HTMLInputElement).value !== '1', 'the photo size was not read', { timeout: 5000 });
    }
    await type(studio, '#f-albums-0-photos-0-alt-ru', 'Блины на столе');
    expect($(studio, '#f-albums-0-photos-1-alt').textContent).to.include('нет описания изображения');

    // The preview shows the album being edited.
    const preview = $(studio, 'baltic-studio-preview');
    await until(() => preview.shadowRoot?.querySelector('baltic-gallery')?.getAttribute('album') === 'album', 'the gallery does not show the album', { timeout: 5000 });

    await click(studio, '#save');
    const feed = await saved(studio, session, 1);
    expect((await disk(session)).images.map((image) => image.name)).to.deep.equal(['blini.png', 'sani.png']);

    // What was entered, as the file says it (hand-written).
    expect(feed.organization).to.deep.equal({ name: 'Балтийский регион' });
    expect(feed.languages).to.deep.equal(['fi', 'ru']);
    expect(feed.timeZone).to.equal('Europe/Helsinki');
    expect(feed.events).to.deep.equal([
      { id: 'event', title: { ru: 'Ночь музеев', fi: 'Museoyö' }, start: '2027-03-28T02:30', end: '2027-03-28T05:00', price: { amount: 5 } },
    ]);
    expect(feed.schedule).to.deep.equal([
      {
        id: 'activity',
        title: { ru: 'Шахматный клуб', fi: 'Shakkikerho' },
        days: ['tue'],
        start: '17:00',
        end: '18:30',
        seasonStart: '2027-01-12',
        seasonEnd: '2027-05-25',
        exceptions: [{ date: '2027-02-23', note: { ru: 'Каникулы' } }],
      },
    ]);
    expect(feed.albums[0].title).to.deep.equal({ ru: 'Масленица', fi: 'Laskiainen' });
    expect(feed.albums[0].photos).to.deep.equal([
      { id: 'photo', src: 'images/blini.png', width: 40, height: 30, alt: { ru: 'Блины на столе' } },
      { id: 'photo-2', src: 'images/sani.png', width: 60, height: 30 },
    ]);

    // The file validates with the project's validator: no errors, one warning (the missing alt text).
    const validation = validateFeed(feed);
    expect(validation.ok).to.be.true;
    expect(validation.problems.map((problem) => `${problem.severity} ${problem.path}`)).to.deep.equal(['warning albums[0].photos[1].alt']);

    // Reopened, the studio shows what was saved, in the feed's time zone.
    fixtureCleanup();
    studio = await mountStudio(session, 'ru');
    expect(studio.screen).to.equal('editor');
    expect($(studio, '.item-list').textContent).to.include('Ночь музеев');
    expect(($(studio, '#f-events-0-start-date') as HTMLInputElement).value).to.equal('2027-03-28');
    expect(($(studio, '#f-events-0-start-time') as HTMLInputElement).value).to.equal('02:30');
    expect(studio.dirty).to.be.false;

    // The preview's calendar opens at the edited event, in Russian, and shows it.
    const calendar = () => $(studio, 'baltic-studio-preview').shadowRoot?.querySelector('baltic-event-calendar');
    await until(() => calendar()?.shadowRoot?.textContent?.includes('Ночь музеев'), 'the calendar does not show the event', { timeout: 8000 });
    expect(calendar()!.getAttribute('date')).to.equal('2027-03-28');
    expect(calendar()!.getAttribute('lang')).to.equal('ru');
  });

  it('saving an unchanged demo feed changes nothing; an edit changes only its field; unknown fields are kept', async function () {
    this.timeout(20000);
    const demo = await (await fetch('/demo/feed.json')).text();
    const withExtensions = JSON.parse(demo);
    withExtensions['x-editor'] = { note: 'kept' };
    withExtensions.events[0]['x-ticket-system'] = { id: 42 };
    withExtensions.futureField = [1, 2, 3];
    const original = `${JSON.stringify(withExtensions, null, 2)}\n`;
    const session = await serverSession(demo);
    const studio = await mountStudio(session);
    expect(studio.dirty).to.be.false;
    await click(studio, '#save');
    await saved(studio, session, 1);
    expect((await disk(session)).text).to.equal(demo);

    const second = await serverSession(original);
    const editor = await mountStudio(second);
    await type(editor, '#f-events-0-title-ru', 'Новое название');
    await click(editor, '#save');
    const feed = await saved(editor, second, 1);
    const expected = JSON.parse(original);
    expected.events[0].title.ru = 'Новое название';
    // Fields the widgets do not read: not stamped, and the demo's stamp, which no longer matches, is gone.
    delete expected.checked;
    expect(feed).to.deep.equal(expected);
  });

  it('says so before it overwrites a file changed on disk, and saves over it only when asked', async () => {
    const session = await serverSession('{"languages":["fi"],"organization":{"name":"A"}}\n');
    const studio = await mountStudio(session);
    await chooseSection(studio, 'Organization');
    await type(studio, '#f-organization-name-all', 'Mine');
    await fetch(`/__studio/${session}/external-save`, { method: 'POST', body: JSON.stringify({ text: '{"organization":{"name":"Theirs"}}\n' }) });
    await click(studio, '#save');
    await until(() => studio.shadowRoot!.querySelector('[role=alertdialog]'), 'no question about the changed file');
    expect(JSON.parse((await disk(session)).text!).organization.name).to.equal('Theirs');
    await click(studio, button(studio, 'Save mine over it'));
    await until(async () => JSON.parse((await disk(session)).text!).organization.name === 'Mine', 'not saved with force');
  });

  it('warns while open that the file changed on disk, and loads that version when asked', async function () {
    this.timeout(20000);
    const session = await serverSession('{"languages":["fi"],"organization":{"name":"Mine"}}\n');
    const studio = await mountStudio(session);
    await fetch(`/__studio/${session}/external-save`, { method: 'POST', body: JSON.stringify({ text: '{"languages":["fi"],"organization":{"name":"Theirs"}}\n' }) });
    await until(() => studio.shadowRoot!.querySelector('.notice.error')?.textContent?.includes('changed on disk'), 'no warning within the poll interval', { timeout: 12000 });
    await click(studio, button(studio, 'Load that version'));
    await chooseSection(studio, 'Organization');
    await until(() => ($(studio, '#f-organization-name-all') as HTMLInputElement | null)?.value === 'Theirs', 'their version was not loaded');
    expect(studio.dirty).to.be.false;
  });

  it('keeps an event\'s date and time while a volunteer retypes part of them by keyboard, says it is not complete, and takes the value once it is', async () => {
    const feed = { languages: ['ru', 'fi'], events: [{ id: 'concert', title: { ru: 'Концерт', fi: 'Konsertti' }, start: '2026-12-05T18:00' }] };
    const session = await serverSession(JSON.stringify(feed));
    const studio = await mountStudio(session, 'ru');
    const start = () => (studio.document!.events as { start: string }[])[0]!.start;
    await until(() => studio.shadowRoot!.querySelector('#f-events-0-start-time'), 'no time field');
    const time = $<HTMLInputElement>(studio, '#f-events-0-start-time');
    const notice = () => $(studio, '#f-events-0-start .incomplete');
    expect(getComputedStyle(notice()).display, 'no notice for a complete time').to.equal('none');
    // The hour wiped with Backspace: half a time, which the browser reports as no value.
    time.focus();
    await sendKeys({ press: 'Backspace' });
    await studio.updateComplete;
    expect(time.validity.badInput, 'the browser holds half a time').to.equal(true);
    expect(start(), 'the event keeps its time').to.equal('2026-12-05T18:00');
    expect(studio.shadowRoot!.querySelector('#f-events-0-start-time'), 'not made an all-day event').to.equal(time);
    expect(time.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(notice()).display).not.to.equal('none');
    expect(notice().textContent).to.contain('Не дописано: допишите дату и время.');
    // A new hour typed: the time is complete, and the event takes it (the day stays).
    await sendKeys({ type: '9' });
    await until(() => !time.validity.badInput && time.value, 'the time is still incomplete');
    await studio.updateComplete;
    expect(start()).to.equal(`2026-12-05T${time.value}`);
    expect(time.value, 'another hour than before').not.to.equal('18:00');
    expect(getComputedStyle(notice()).display).to.equal('none');
    expect(time.getAttribute('aria-invalid')).to.equal('false');
    // The date: its first part typed anew is half a date; the event keeps its day meanwhile.
    const date = $<HTMLInputElement>(studio, '#f-events-0-start-date');
    date.focus();
    await sendKeys({ press: 'Backspace' });
    await studio.updateComplete;
    expect(date.validity.badInput, 'the browser holds half a date').to.equal(true);
    expect(start().slice(0, 10), 'the event keeps its day').to.equal('2026-12-05');
    expect(getComputedStyle(notice()).display).not.to.equal('none');
  });

  it('reads a price as a volunteer writes it ("10,50", "10.50", "12 €"), and keeps the earlier one while the text is no number', async () => {
    const feed = { languages: ['fi'], events: [{ id: 'concert', title: 'Konsertti', start: '2026-12-05T18:00', price: { amount: 5 } }] };
    const studio = await mountStudio(await serverSession(JSON.stringify(feed)), 'fi');
    const amount = () => (studio.document!.events as { price: { amount?: number } }[])[0]!.price.amount;
    await until(() => studio.shadowRoot!.querySelector('#f-events-0-price-amount'), 'no price field');
    const box = $<HTMLInputElement>(studio, '#f-events-0-price-amount');
    expect(box.value, 'shown with a decimal comma in Finnish').to.equal('5');
    await type(studio, '#f-events-0-price-amount', '10,50');
    expect(amount()).to.equal(10.5);
    expect(box.value, 'as typed').to.equal('10,50');
    await type(studio, '#f-events-0-price-amount', '7.25');
    expect(amount()).to.equal(7.25);
    await type(studio, '#f-events-0-price-amount', '12 €');
    expect(amount()).to.equal(12);
    await type(studio, '#f-events-0-price-amount', 'kaksitoista');
    expect(amount(), 'the feed keeps the last number').to.equal(12);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect($(studio, '#f-events-0-price-amount-not-a-number').textContent).to.equal('Ei luku: kirjoita esimerkiksi 10 tai 10,50.');
    await type(studio, '#f-events-0-price-amount', '');
    expect(amount(), 'emptied: no amount').to.equal(undefined);
    expect(studio.shadowRoot!.querySelector('#f-events-0-price-amount-not-a-number')).to.equal(null);
  });

  it('opens a hand-edited feed with a comma after its last item (which JSON refuses) without it, says so in Russian, and saves it corrected', async () => {
    const text = '{\n  "languages": ["ru"],\n  "events": [\n    { "id": "klub", "title": "Клуб, для детей", "start": "2027-01-10T10:00" },\n  ]\n}\n';
    const session = await serverSession(text);
    const studio = await mountStudio(session, 'ru');
    expect(studio.screen).to.equal('editor');
    expect((studio.document!.events as { title: string }[]).map((event) => event.title), 'the comma inside the title stays').to.deep.equal(['Клуб, для детей']);
    expect($(studio, '.notice').textContent).to.contain('В файле стояла запятая после последнего элемента (строка 4)');
    expect(studio.dirty, 'marked unsaved').to.equal(true);
    await click(studio, '#save');
    const stored = await saved(studio, session, 1);
    expect(stored.events[0].title).to.equal('Клуб, для детей');
  });

  it('says where a feed\'s text breaks, in the volunteer\'s language, and offers its earlier versions instead of "Loading…" for good', async () => {
    const session = await serverSession('{\n  "languages": ["fi"],\n  "events": [ { "id": "a" "title": "A" } ]\n}\n');
    const studio = await mountStudio(session, 'fi');
    expect(studio.screen).to.equal('start');
    expect($(studio, '.notice.error').textContent).to.contain('teksti katkeaa rivillä 3, sarakkeessa 27');
    expect(button(studio, 'Aiemmat versiot'), 'a way back to an earlier version').to.exist;
  });

  it('says the validator\'s problems in the volunteer\'s language: a field left out, a currency sign, a skipped hour, a misspelt time zone', async () => {
    const feed = {
      languages: ['ru'],
      events: [{ id: 'concert', title: 'Концерт', start: '2027-03-28T03:30', end: '2027-03-28T02:00', price: { amount: 5, currency: '€' } }],
    };
    const studio = await mountStudio(await serverSession(JSON.stringify(feed)), 'ru');
    const problemsAt = (id: string) => studio.shadowRoot!.querySelector(`#${id}-problems`)?.textContent?.replace(/\s+/g, ' ') ?? '';
    await until(() => problemsAt('f-events-0-end'), 'no problem at the end');
    expect(problemsAt('f-events-0-end')).to.contain('заканчивается раньше, чем начинается (не учитывается)');
    expect(problemsAt('f-events-0-price-currency')).to.contain('не код валюты (три заглавные латинские буквы, например EUR) (не учитывается)');
    expect(problemsAt('f-events-0-start')).to.contain('этого времени в ту ночь нет (часы переводят вперёд): календари прочтут его как');
    const english = ['(ignored)', 'not a currency code', 'ends before it starts', 'does not exist in'];
    for (const words of english) expect(studio.shadowRoot!.textContent, words).not.to.contain(words);

    // A misspelt time zone: said with the one meant.
    fixtureCleanup();
    const misspelt = await mountStudio(await serverSession(JSON.stringify({ ...feed, timeZone: 'Europe/Helsinky' })), 'ru');
    await until(() => misspelt.shadowRoot!.textContent!.includes('не название часового пояса; может быть, Europe/Helsinki?'), `not said in Russian: ${misspelt.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300)}`);
    expect(misspelt.shadowRoot!.textContent).not.to.contain('not an IANA time zone');
  });

  it('sets a place\'s point on the map with the keyboard, and says when a category colour is too faint', async function () {
    this.timeout(20000);
    const feed = { languages: ['fi'], locations: [{ id: 'talo', name: 'Talo' }], categories: [{ id: 'c', name: 'C', color: '#ffff00' }] };
    const session = await serverSession(JSON.stringify(feed));
    const studio = await mountStudio(session);
    await chooseSection(studio, 'Places');
    const opener = button(studio, 'Set on the map');
    opener.focus();
    await click(studio, opener);
    // Asked first, as the location map asks: nothing of the map (no tile) before "Show map".
    await until(() => studio.shadowRoot!.querySelector('dialog .map-consent'), 'no question before the map');
    expect($(studio, 'dialog .map-consent').textContent).to.include('The map is loaded from tile.openstreetmap.org');
    expect(studio.shadowRoot!.querySelector('dialog .leaflet-container, dialog img')).to.equal(null);
    await click(studio, button(studio, 'Show map'));
    await until(() => studio.shadowRoot!.querySelector('dialog .leaflet-container'), 'the map did not load', { timeout: 8000 });
    expect(localStorage.getItem(MAP_CONSENT)).to.equal('yes');
    const map = studio.shadowRoot!.querySelector<HTMLElement>('dialog .map')!;
    map.focus();
    map.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await studio.updateComplete;
    // A new place starts at Turku's market square; Enter puts the point at the map's middle.
    expect(Number(($(studio, '#f-locations-0-geo-lat') as HTMLInputElement).value)).to.be.closeTo(60.4518, 0.001);
    expect(Number(($(studio, '#f-locations-0-geo-lon') as HTMLInputElement).value)).to.be.closeTo(22.2666, 0.001);
    button(studio, 'Done').click();
    await until(() => !studio.shadowRoot!.querySelector('dialog'), 'the map dialog did not close');
    expect(studio.shadowRoot!.activeElement).to.equal(opener);

    await chooseSection(studio, 'Categories');
    expect($(studio, '#f-categories-0-color-contrast').textContent).to.include('too faint');
    await type(studio, '#f-categories-0-color', '#d04a02');
    const contrast = $(studio, '#f-categories-0-color-contrast').textContent!.replace(/\s+/g, ' ');
    expect(contrast).not.to.include('too faint');
    // WCAG 2.1 ratios worked out by hand for #d04a02: 4.50 on white, 4.16 on #121212.
    expect(contrast).to.include('light page 4.5:1 ✓, on a dark page 4.2:1 ✓');
  });

  it('asks in the volunteer\'s language before the map loads tiles, as the location map does, and remembers the answer', async function () {
    this.timeout(20000);
    const session = await serverSession(JSON.stringify({ languages: ['ru'], locations: [{ id: 'dom', name: 'Дом' }] }));
    const studio = await mountStudio(session, 'ru');
    await chooseSection(studio, 'Места');
    await click(studio, button(studio, 'Указать на карте'));
    await until(() => studio.shadowRoot!.querySelector('dialog .map-consent'), 'no question before the map');
    expect($(studio, 'dialog .map-consent p').textContent).to.equal('Карта загружается со стороннего сервера tile.openstreetmap.org, который при этом видит ваш IP-адрес.');
    expect(studio.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Показать карту');
    expect(studio.shadowRoot!.querySelector('dialog .leaflet-container')).to.equal(null);
    // Cancelled: still nothing loaded, nothing remembered.
    await click(studio, button(studio, 'Отмена'));
    await until(() => !studio.shadowRoot!.querySelector('dialog'), 'the dialog did not close');
    expect(localStorage.getItem(MAP_CONSENT)).to.equal(null);
    // Agreed once (as on the location map, whose key it shares): the next time the map opens at once.
    localStorage.setItem(MAP_CONSENT, 'yes');
    await click(studio, button(studio, 'Указать на карте'));
    await until(() => studio.shadowRoot!.querySelector('dialog .leaflet-container'), 'the remembered choice was not used', { timeout: 8000 });
    expect(studio.shadowRoot!.querySelector('dialog .map-consent')).to.equal(null);
  });

  it('loads an earlier version from the history; saving makes it current again', async () => {
    const first = '{\n  "languages": [\n    "fi"\n  ],\n  "organization": {\n    "name": "First"\n  }\n}\n';
    const session = await serverSession(first);
    const studio = await mountStudio(session);
    await chooseSection(studio, 'Organization');
    await type(studio, '#f-organization-name-all', 'Second');
    // Saving also writes the calendar file in the language asked for, and shows the embed snippets.
    await click(studio, $$<HTMLInputElement>(studio, '.calendar-files input')[0]!);
    await click(studio, '#save');
    await saved(studio, session, 1);
    expect((await disk(session)).ics).to.deep.equal([{ lang: 'fi', file: 'feed.fi.ics' }]);
    expect($(studio, '.publish').textContent).to.include('feed.fi.ics');
    expect($(studio, '.publish').textContent).to.include('<baltic-event-calendar src="feed.json"></baltic-event-calendar>');
    await click(studio, button(studio, 'Earlier versions'));
    await until(() => studio.shadowRoot!.querySelector('.history li'), 'no history');
    await click(studio, button(studio, 'Open this version'));
    await until(() => studio.dirty, 'the earlier version was not loaded');
    expect(($(studio, '#f-organization-name-all') as HTMLInputElement).value).to.equal('First');
    await click(studio, '#save');
    await saved(studio, session, 2);
    // The first version's content, stamped as checked (a feed without problems).
    expect((await disk(session)).text).to.equal(await stampedText(JSON.parse(first)));
  });

  it('keeps the edit session across a reload of the page', async () => {
    const session = await serverSession('{"languages":["fi","ru"],"events":[{"id":"a","title":{"fi":"Yksi"},"start":"2027-01-01"}]}');
    let studio = await mountStudio(session);
    await type(studio, '#f-events-0-title-ru', 'Один');
    // Closed at once after typing: the last keystroke is kept all the same.
    fixtureCleanup();
    studio = await mountStudio(session, 'en', true);
    expect(($(studio, '#f-events-0-title-ru') as HTMLInputElement).value).to.equal('Один');
    expect(studio.dirty).to.be.true;
    expect($(studio, '.notice').textContent).to.include('unsaved changes from last time');
  });

  it("never opens one feed's unsaved changes into another feed", async () => {
    const first = await serverSession('{"languages":["fi"],"organization":{"name":"Ensimmäinen"}}');
    const second = await serverSession('{"languages":["fi"],"organization":{"name":"Toinen"}}');
    let studio = await mountStudio(first);
    await chooseSection(studio, 'Organization');
    await type(studio, '#f-organization-name-all', 'Ensimmäinen, muokattu');
    fixtureCleanup();
    await until(() => localStorage.getItem('baltic-studio-draft') !== null, 'the unsaved changes were not kept');
    studio = await mountStudio(second, 'en', true);
    await chooseSection(studio, 'Organization');
    expect(($(studio, '#f-organization-name-all') as HTMLInputElement).value).to.equal('Toinen');
    expect(studio.dirty).to.be.false;
    expect(studio.shadowRoot!.querySelector('.notice')?.textContent ?? '').not.to.include('unsaved changes from last time');
    fixtureCleanup();
    // The first feed's changes are still there for it.
    studio = await mountStudio(first, 'en', true);
    await chooseSection(studio, 'Organization');
    expect(($(studio, '#f-organization-name-all') as HTMLInputElement).value).to.equal('Ensimmäinen, muokattu');
  });

  it('shows problems at their fields and links the list to them; counts missing translations per language', async () => {
    const session = await serverSession('{"languages":["fi","ru"],"events":[{"id":"a","title":{"fi":"Yksi"},"start":"2027-13-01"}]}');
    const studio = await mountStudio(session);
    expect($(studio, '#f-events-0-start').textContent).to.include('not a date');
    expect($(studio, '.translations').textContent).to.match(/Русский:\s*1 texts missing/);
    expect($(studio, '#f-events-0-title').textContent).to.include('Not yet translated into: Русский');
    await chooseSection(studio, 'Settings');
    const link = $$<HTMLAnchorElement>(studio, '.problems a').find((candidate) => candidate.textContent!.includes('start'))!;
    link.click();
    await studio.updateComplete;
    await until(() => studio.shadowRoot!.activeElement?.id === 'f-events-0-start-date', 'the link did not lead to the field');
    expect(studio.section).to.equal('events');
  });

  it('is accessible (axe) with a whole feed open', async function () {
    this.timeout(20000);
    const session = await serverSession(await (await fetch('/demo/feed.json')).text());
    const studio = await mountStudio(session, 'fi');
    await expect(studio).to.be.accessible();
  });
});
