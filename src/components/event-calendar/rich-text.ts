/**
 * Rich-text event descriptions (`descriptionFormat: "html"`), sanitized with DOMPurify before
 * they reach `unsafeHTML`: paragraphs, line breaks, emphasis, lists and links only; every link
 * through the feed URL allow-list, opened with `rel="noopener"`. Nothing from the feed can run
 * script or style the page. Loaded lazily, the first time such a description is shown.
 */
import createDOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'];

/** A DOMPurify of our own: hooks on the shared default instance would affect the page's other users. */
const purify = createDOMPurify(window);

let resolveLink: (href: string) => string | undefined = () => undefined;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = resolveLink(node.getAttribute('href') ?? '');
  if (href) {
    node.setAttribute('href', href);
    node.setAttribute('rel', 'noopener');
  } else {
    node.removeAttribute('href');
  }
});

/**
 * The description as safe HTML. `feedUrl` is the widget's URL allow-list and resolver:
 * a link it refuses loses its `href` (its text stays).
 */
export function sanitizeDescription(html: string, feedUrl: (url: string) => string | undefined): string {
  resolveLink = feedUrl;
  try {
    return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
  } finally {
    resolveLink = () => undefined;
  }
}
