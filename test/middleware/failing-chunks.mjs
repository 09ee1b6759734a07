/**
 * A CDN that fails some files of the built bundle, for test/browser/hardening-chunks.test.ts:
 * while the page's cookie `baltic-fail-chunks` names chunks (comma-separated, e.g.
 * `calendar-file,rich-text`), `/dist/cdn/chunks/<name>-<hash>.js` answers HTTP 503. A cookie
 * (not server state) so that Chromium and Firefox, running at the same time, do not meet.
 */
export async function middleware(context, next) {
  const match = /^\/dist\/cdn\/chunks\/(.+)-[\w-]{8}\.js$/.exec(context.path);
  const failing = /(?:^|;\s*)baltic-fail-chunks=([^;]*)/.exec(context.get('cookie') ?? '')?.[1];
  if (!match || !failing || !decodeURIComponent(failing).split(',').includes(match[1])) return next();
  context.set('Cache-Control', 'no-store');
  context.status = 503;
  context.body = 'Service Unavailable';
}
