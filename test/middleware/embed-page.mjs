/**
 * A plain partner page that embeds the widgets exactly as the README's snippet says (the
 * stylesheet and the script of the built dist/cdn), for the embed tests and `npm run size`:
 *   /__embed/page?widgets=org-card,schedule[&feed=URL][&root=62.5][&lang=ru][&header=6.4]
 * The page has a global reset, a root font size of its own (`root`, in %), a font of the usual
 * width (Arial, which both browsers find here; a phone's Roboto or San Francisco is about as wide,
 * where DejaVu Sans, Firefox's `sans-serif` on Linux, is about 10 % wider) and text before and
 * after the widgets; it records its layout shifts in `window.layoutShift` (Chromium) and the
 * widgets' `baltic-feed-load` events in `window.feedLoads`, its errors in `pageErrors` and
 * console warnings in `consoleWarnings`. `twice` loads the script twice (two partner
 * snippets); `noscript` leaves it out (the stylesheet alone). `header` gives the page a fixed
 * header that tall (in rem), declared for its anchors as a well-made page does
 * (`scroll-padding-top`).
 */
/** Each widget's tag as the embed pages place it, with dates fixed so its content is the same on every run (the map asks before it loads tiles). */
const attributes = {
  'org-card': '',
  'event-calendar': 'date="2026-12"',
  schedule: 'week="2026-12-07"',
  gallery: '',
  'location-map': 'consent',
  'dialogue-banner': 'now="2027-05-09T09:00Z"',
  'add-to-calendar': 'event-id="2026-12-advent-concert"',
  // Needs no feed: its `src` is an attribute it does not read.
  'language-switcher': '',
};

export const EMBED_WIDGETS = Object.keys(attributes);

/** The markup of one widget on a page (an unknown name: an error, not an empty page). */
export function widgetMarkup(name, feed) {
  if (!(name in attributes)) throw new Error(`no widget ${name}`);
  return `<baltic-${name} ${attributes[name]} src="${feed}"></baltic-${name}>`;
}

export function embedPage({ widgets, feed = '/demo/feed.json', root = '62.5', lang = 'en', base = '/dist/cdn', twice = false, script = true, header }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A partner page</title>
  <script>
    window.pageErrors = [];
    addEventListener('error', (event) => window.pageErrors.push(event.message));
    addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
    window.consoleWarnings = [];
    const warn = console.warn;
    console.warn = (...args) => { window.consoleWarnings.push(args.join(' ')); warn.apply(console, args); };
    window.feedLoads = [];
    document.addEventListener('baltic-feed-load', (event) => window.feedLoads.push(event.target.localName));
    window.layoutShift = 0;
    window.layoutShifts = [];
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.layoutShift += entry.value;
          window.layoutShifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName + ' ' + JSON.stringify(source.previousRect) + '→' + JSON.stringify(source.currentRect)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    }
  </script>
  <style>
    *, *::before, *::after { margin: 0; padding: 0; box-sizing: border-box; }
    html { font-size: ${root}%; }
    body { font: 1.6rem/1.5 Arial, Helvetica, sans-serif; max-width: 120rem; margin: 0 auto; padding: 1.6rem; }
    h1 { font-size: 2.4rem; margin-block-end: 1.6rem; }
    p { margin-block: 1.6rem; }${header ? `
    html { scroll-padding-top: ${header}rem; }
    body { padding-top: calc(${header}rem + 1.6rem); }
    .site-header { position: fixed; top: 0; left: 0; right: 0; z-index: 10; height: ${header}rem; padding: 1.6rem; background: #123; color: #fff; }` : ''}
  </style>
  <link rel="stylesheet" href="${base}/baltic-widgets.css">
  ${script ? `<script type="module" src="${base}/baltic-widgets.js"></script>` : ''}${twice ? `\n  <script type="module" src="${base}/baltic-widgets.js?copy=2"></script>` : ''}
</head>
<body>${header ? `
  <header class="site-header">City of Turku</header>` : ''}
  <h1>Our partners</h1>
  <p>Baltic Region ry brings Finnish and Russian-speaking families together in Turku.</p>
${widgets.map((name) => `  ${widgetMarkup(name, feed)}`).join('\n')}
  <p>The end of the partner's page.</p>
</body>
</html>
`;
}

export async function middleware(context, next) {
  if (context.path !== '/__embed/page') return next();
  const params = new URL(context.url, 'http://localhost').searchParams;
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = embedPage({
    widgets: (params.get('widgets') ?? '').split(',').filter(Boolean),
    twice: params.has('twice'),
    script: !params.has('noscript'),
    ...Object.fromEntries(['feed', 'root', 'lang', 'header'].filter((key) => params.has(key)).map((key) => [key, params.get(key)])),
  });
}
