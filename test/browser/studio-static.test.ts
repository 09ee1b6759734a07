/**
 * The studio as a static page (dist/studio from any web host, no server answering): a feed
 * dropped onto the page, edited, saved as a download (no File System Access API), and its
 * calendar file downloaded and read back with ical.js.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { BalticStudio } from '../../src/studio/define.js';
import { $, button, chooseFile, mountStudio, nextDownload, pngFile, type, until } from './studio-helpers.js';

const FEED = {
  version: 1,
  timeZone: 'Europe/Helsinki',
  languages: ['fi', 'ru'],
  'x-origin': 'kept as it was',
  organization: { name: 'Baltic Region ry' },
  events: [{ id: 'museum-night', title: { fi: 'Museoyö', ru: 'Ночь музеев' }, start: '2027-03-28T02:30', end: '2027-03-28T05:00' }],
};

type PickerWindow = { showSaveFilePicker?: unknown; showOpenFilePicker?: unknown };

async function dropFeed(studio: BalticStudio, text: string): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'events.json', { type: 'application/json' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
  await until(() => studio.screen === 'editor', 'the dropped feed was not opened');
  await studio.updateComplete;
}

describe('feed studio as a static page', () => {
  const saved: PickerWindow = {};
  beforeEach(() => {
    // A browser without the File System Access API (Firefox, Safari): saving is a download.
    saved.showSaveFilePicker = (window as PickerWindow).showSaveFilePicker;
    saved.showOpenFilePicker = (window as PickerWindow).showOpenFilePicker;
    Object.assign(window, { showSaveFilePicker: undefined, showOpenFilePicker: undefined });
  });
  afterEach(() => {
    Object.assign(window, saved);
    fixtureCleanup();
    localStorage.removeItem('baltic-studio-draft');
  });

  it('opens a dropped feed, saves the edit as a download that validates, keeping unknown fields', async function () {
    this.timeout(20000);
    const studio = await mountStudio(undefined, 'fi');
    expect(studio.shadowRoot!.textContent).to.include('Avaa syöte tai aloita uusi');
    await dropFeed(studio, JSON.stringify(FEED));
    await type(studio, '#f-events-0-start-time', '03:30');
    expect($(studio, '#f-events-0-start').textContent).to.include('Kellonaikaa 03:30 ei ole tänä yönä');
    await type(studio, '#f-events-0-start-time', '02:45');
    // An image on a static page: its size from the file, its address relative to the feed.
    await chooseFile(studio, '#f-events-0-image-file', await pngFile('Ilta kuva.png', 64, 48));
    await until(() => ($(studio, '#f-events-0-image-width') as HTMLInputElement).value === '64', 'the image size was not read', { timeout: 5000 });
    expect($(studio, '#f-events-0-image').textContent).to.include('kuvalta puuttuu kuvaus');

    const download = nextDownload();
    $(studio, '#save').click();
    const file = await download;
    expect(file.name).to.equal('events.json');
    const feed = JSON.parse(file.text);
    expect(feed['x-origin']).to.equal('kept as it was');
    expect(feed.events[0]).to.deep.equal({ ...FEED.events[0], start: '2027-03-28T02:45', image: { src: 'images/Ilta-kuva.png', width: 64, height: 48 } });
    const validation = validateFeed(feed);
    expect(validation.ok).to.be.true;
    expect(validation.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    await until(() => !studio.dirty, 'still unsaved after the download');
    expect($(studio, '.notice').textContent).to.include('Tallennettu latauksena: events.json');
  });

  it('downloads the calendar file, with the DST-night event at the right instant (read with ical.js)', async function () {
    this.timeout(20000);
    const studio = await mountStudio(undefined, 'ru');
    await dropFeed(studio, JSON.stringify(FEED));
    const download = nextDownload();
    button(studio, 'Скачать файл календаря (Русский)').click();
    const file = await download;
    expect(file.name).to.equal('events.ru.ics');
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).to.deep.equal(['Ночь музеев']);
    // 02:30 in Helsinki on 28 March 2027 is still winter time (UTC+2): 00:30 UTC.
    expect(events[0]!.startDate.toJSDate().toISOString()).to.equal('2027-03-28T00:30:00.000Z');
    // 05:00 is after the change (UTC+3): 02:00 UTC.
    expect(events[0]!.endDate.toJSDate().toISOString()).to.equal('2027-03-28T02:00:00.000Z');
  });

  it('starts a new feed from the wizard and warns before leaving with unsaved changes', async function () {
    this.timeout(20000);
    const studio = await mountStudio(undefined, 'en');
    button(studio, 'Start a new feed').click();
    await studio.updateComplete;
    await type(studio, '#wizard-name', 'Baltic Region ry');
    $(studio, 'form.wizard button[type=submit]').click();
    await studio.updateComplete;
    expect(studio.screen).to.equal('editor');
    const leaving = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.be.true;
  });
});

describe('feed studio on a phone', () => {
  for (const [width, locale] of [[320, 'ru'], [375, 'fi']] as const) {
    it(`${width} px, ${locale}: Save beside the title, every choice readable, nothing sideways`, async () => {
      await setViewport({ width, height: 740 });
      try {
        const studio = await mountStudio(undefined, locale);
        await dropFeed(studio, JSON.stringify(FEED));
        const title = $(studio, '.top h1').getBoundingClientRect();
        const save = $(studio, '#save').getBoundingClientRect();
        expect(Math.abs(save.top + save.height / 2 - (title.top + title.height / 2)), 'Save on the title\'s line').to.be.below(12);
        expect(save.right).to.be.at.most(width);
        // Title and Save, the file name, Open and Import, the language and theme (two lines at 320 px).
        for (const select of studio.shadowRoot!.querySelectorAll('.top select')) {
          expect(select.scrollWidth, 'a select shows its whole choice').to.be.at.most(select.clientWidth + 1);
        }
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
      } finally {
        await setViewport({ width: 800, height: 600 });
        fixtureCleanup();
      }
    });
  }
});
