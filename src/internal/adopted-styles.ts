/**
 * Styles that join a shadow root after its first render (a view or a menu loaded on demand,
 * the feed's category colours, Leaflet's CSS): the one place that edits `adoptedStyleSheets`.
 * Constructed stylesheets are allowed by a strict CSP, and one sheet serves every widget.
 */
import type { CSSResult } from 'lit';

export interface AdoptOptions {
  /** Before the root's own styles (shared base styles the widget's own override); default after. */
  first?: boolean;
  /** A sheet this one takes the place of (an earlier feed's category colours). */
  replacing?: CSSStyleSheet;
}

/** Adds `styles` to the shadow root `root` once; nothing for a root without adopted stylesheets (light DOM). */
export function adoptStyles(root: Node | null | undefined, styles: CSSResult | CSSStyleSheet | readonly CSSStyleSheet[], options: AdoptOptions = {}): void {
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const sheets = (Array.isArray(styles) ? styles : [styles instanceof CSSStyleSheet ? styles : (styles as CSSResult).styleSheet]).filter(
    (sheet): sheet is CSSStyleSheet => !!sheet,
  );
  const kept = root.adoptedStyleSheets.filter((sheet) => sheet !== options.replacing);
  const added = sheets.filter((sheet) => !kept.includes(sheet));
  if (!added.length && kept.length === root.adoptedStyleSheets.length) return;
  root.adoptedStyleSheets = options.first ? [...added, ...kept] : [...kept, ...added];
}
