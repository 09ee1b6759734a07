import type { FeedInput } from 'baltic-widgets';

/** A feed given as an object; its one event is on 30 February, so the widget skips it and says so. */
export const feed: FeedInput = {
  organization: { name: 'Aura River Friends ry', description: { en: 'Neighbours who meet by the river.', fi: 'Naapurit, jotka tapaavat joen rannalla.' } },
  events: [{ id: 'picnic', title: 'Picnic', start: '2026-02-30' }],
};
