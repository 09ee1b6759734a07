/** Serves the pages of test/pages/ with their shared widgets in (see test/pages/render-page.mjs). */
import { renderTestPage } from '../pages/render-page.mjs';

export async function middleware(context, next) {
  if (!context.path.startsWith('/test/pages/') || !context.path.endsWith('.html')) return next();
  const page = await renderTestPage(context.path);
  if (page === undefined) return next();
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = page;
}
