// What TypeScript refuses with the package's React types (type-checked, never rendered).
import type {} from 'baltic-widgets/react';

export const ok = (
  <>
    <baltic-org-card theme="dark" class="card" onbaltic-feed-error={(event) => event.detail.kind} />
    <baltic-event-calendar src="/feed.json" view="month" onbaltic-event-select={(event) => event.detail.eventId.toUpperCase()} />
    <baltic-add-to-calendar event-id="concert" onbaltic-add-to-calendar={(event) => event.detail.target} />
  </>
);
// @ts-expect-error: no such widget
export const unknownTag = <baltic-org-cards />;
// @ts-expect-error: theme is auto, light or dark
export const wrongTheme = <baltic-org-card theme="purple" />;
// @ts-expect-error: React 19 would listen for an event named "BalticFeedLoad", which never fires
export const camelListener = <baltic-org-card onBalticFeedLoad={() => {}} />;
// @ts-expect-error: the detail of baltic-feed-load has no eventId
export const wrongDetail = <baltic-org-card onbaltic-feed-load={(event) => event.detail.eventId} />;
