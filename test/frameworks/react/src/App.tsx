import { useState } from 'react';
import 'baltic-widgets';                        // defines the tags (before the first render)
import type {} from 'baltic-widgets/react';     // JSX types for every tag, its attributes and events
import type { FeedInput } from 'baltic-widgets';

export function About({ feed }: { feed: FeedInput }) {
  const [skipped, setSkipped] = useState<string[]>();
  return (
    <>
      <baltic-org-card
        feed={feed}
        heading-level={2}
        onbaltic-feed-load={(event) => setSkipped(event.detail.problems.map((problem) => problem.path))}
      />
      {skipped && <p id="loaded">Feed loaded, skipped: {skipped.join(', ') || 'nothing'}</p>}
    </>
  );
}
