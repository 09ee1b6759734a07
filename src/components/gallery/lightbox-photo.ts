/**
 * What the lightbox needs of a photo, resolved by the gallery (texts in the visitor's
 * language, URLs through the feed's allow-list), so the lazily loaded lightbox knows
 * nothing of feeds.
 */
export interface LightboxPhoto {
  id: string;
  /** Allowed, absolute URL; undefined when the feed's URL was refused. */
  src?: string;
  /** `srcset` from the feed's variants and the photo itself, or undefined without variants. */
  srcset?: string;
  width: number;
  height: number;
  /** Never empty: the feed's alt text, else the caption, else the photo's position. */
  alt: string;
  caption?: string;
  /** The caption's language when it fell back to another than the visitor's. */
  captionLang?: string;
  credit?: string;
}

/** `srcset` for a photo: each variant at its width, and the photo itself at its own. */
export function photoSrcset(photo: { src?: string; width: number }, variants: { src?: string; width: number }[]): string | undefined {
  const candidates = [...variants, photo].filter((item) => item.src);
  if (candidates.length < 2) return undefined;
  const byWidth = new Map(candidates.map((item) => [item.width, item.src!]));
  return [...byWidth].map(([width, src]) => `${src} ${width}w`).join(', ');
}
