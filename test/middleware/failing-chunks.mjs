/**
 * A CDN that fails some files of the built bundle, for test/browser/hardening-chunks.test.ts.
 * Pages and files under `/failing-cdn/<token>/…` are the repository's, with the page's
 * `/dist/cdn/` URLs moved under the same prefix; while the page's cookie `baltic-fail-chunks`
 * names chunks (comma-separated, e.g. `calendar-file,rich-text`), their files there answer
 * HTTP 503 (and those `baltic-slow-chunks` names arrive 1.5 s late). A new token per test: a failure a browser keeps (Chromium reuses a failed module
 * script) cannot reach another test or the normal `/dist/cdn/` URLs. A cookie (not server
 * state) so that Chromium and Firefox, running at the same time, do not meet.
 */
import { renderTestPage } from '../pages/render-page.mjs';

const PREFIX = /^\/failing-cdn\/([\w-]+)(\/.*)$/;

export async function middleware(context, next) {
  const prefixed = PREFIX.exec(context.path);
  if (!prefixed) return next();
  const [, token, path] = prefixed;
  context.set('Cache-Control', 'no-store');
  const page = await renderTestPage(path);
  if (page !== undefined) {
    context.type = 'text/html';
    context.body = page.replaceAll('"/dist/cdn/', `"/failing-cdn/${token}/dist/cdn/`);
    return;
  }
  // A chunk of the shared build (`chunks/`) or of a bundle (`bundles/<bundle>/`) in the version folder, by its name (`dates2` is `dates`).
  const chunk = /^\/dist\/cdn\/v-[0-9a-f]{8}\/(?:chunks|bundles\/[\w-]+)\/(.+?)\d*\.js$/.exec(path);
  const failing = /(?:^|;\s*)baltic-fail-chunks=([^;]*)/.exec(context.get('cookie') ?? '')?.[1];
  if (chunk && failing && decodeURIComponent(failing).split(',').includes(chunk[1])) {
    context.status = 503;
    context.body = 'Service Unavailable';
    return;
  }
  // A slow network for the chunks the cookie `baltic-slow-chunks` names: their files arrive 1.5 s late.
  const slow = /(?:^|;\s*)baltic-slow-chunks=([^;]*)/.exec(context.get('cookie') ?? '')?.[1];
  if (chunk && slow && decodeURIComponent(slow).split(',').includes(chunk[1])) await new Promise((resolve) => setTimeout(resolve, 1500));
  context.path = path;
  return next();
}
