/**
 * `style=${cssProperties({ '--x': '1' })}`: sets CSS custom properties through the CSSOM on
 * every render. Lit's `styleMap` writes a `style` attribute on the first render, which a page's
 * Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks (and reports).
 */
import { noChange } from 'lit';
import { directive, Directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Custom property names (`--x`) and their values; `null`/`undefined` removes one. */
export type CssProperties = Readonly<Record<`--${string}`, string | null | undefined>>;

class CssPropertiesDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProperties() belongs in a style attribute');
  }

  render(_properties: CssProperties): unknown {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [CssProperties]): unknown {
    const style = part.element.style;
    for (const name of this.names) {
      if (properties[name as `--${string}`] == null) style.removeProperty(name);
    }
    this.names = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
