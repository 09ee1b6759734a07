/**
 * The banner reads the festival in the feed's time zone whatever the visitor's machine says:
 * this file also runs in Chromium set to Asia/Tokyo (see web-test-runner.config.mjs).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/dialogue-banner/define.js';
import type { BalticDialogueBanner } from '../../src/components/dialogue-banner/dialogue-banner.js';
import { loadFixtureFeed, settled, shadow } from './helpers.js';

const statusOf = (element: BalticDialogueBanner) => shadow(element).querySelector('[part="status"]')!.textContent!.trim();

async function bannerAt(now: string, change: (festival: Record<string, any>) => void = () => {}) {
  const feed = await loadFixtureFeed();
  change(feed.festival);
  const element = await fixture<BalticDialogueBanner>(html`<baltic-dialogue-banner lang="en" .now=${Date.parse(now)} .feed=${feed}></baltic-dialogue-banner>`);
  await settled(element);
  return element;
}

describe(`baltic-dialogue-banner in the feed's time zone (machine: ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  it('counts days by Helsinki\'s calendar', async () => {
    // 23:30 on 5 May in Helsinki is already 6 May in Tokyo: still "in 3 days" to 8 May.
    const element = await bannerAt('2027-05-05T23:30+03:00');
    expect(statusOf(element)).to.include(new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(3, 'day'));
  });

  it('starts and ends the festival at Helsinki\'s midnight', async () => {
    expect(statusOf(await bannerAt('2027-05-07T23:59+03:00'))).to.include(new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(1, 'minute'));
    expect(statusOf(await bannerAt('2027-05-08T00:00+03:00'))).to.equal('Happening now');
    expect(statusOf(await bannerAt('2027-05-10T23:59+03:00'))).to.equal('Happening now');
    expect(statusOf(await bannerAt('2027-05-11T00:00+03:00'))).to.equal('The festival is over');
  });

  it('shows programme times on Helsinki\'s clock', async () => {
    const element = await bannerAt('2027-05-08T10:30+03:00');
    const expected = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }).formatRange(
      Date.parse('2027-05-08T10:00+03:00'),
      Date.parse('2027-05-08T11:00+03:00'),
    );
    expect(shadow(element).querySelector('[part="programme"]')!.textContent!.replace(/\s+/g, ' ')).to.include(expected);
  });
});
