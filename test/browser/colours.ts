/** Colours as the browser computed them, and WCAG contrast ratios between them (an oracle independent of our CSS). */

export type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computed (rgb(), color(srgb …), …) as 0–255 RGBA, read back from a canvas. */
export function rgba(color: string): Rgba {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** A colour composited over another. */
export const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];

const luminance = ([r, g, b]: Rgba) =>
  [r, g, b].map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

/** The WCAG 2 contrast ratio of two opaque colours. */
export const contrast = (a: Rgba, b: Rgba) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/** The opaque background an element is seen on: its own and its ancestors' backgrounds (across shadow roots), over `base`. */
export function backgroundOf(element: Element, base: Rgba = [255, 255, 255, 1]): Rgba {
  const layers: Rgba[] = [];
  for (let el: Element | null = element; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    layers.unshift(rgba(getComputedStyle(el).backgroundColor));
  }
  return layers.reduce((below, layer) => over(layer, below), base);
}

/** Contrast of an element's text colour against what it stands on. */
export function textContrast(element: Element): number {
  const background = backgroundOf(element);
  return contrast(over(rgba(getComputedStyle(element).color), background), background);
}

/** Contrast of an input's (top) border colour against the surface it encloses (WCAG 1.4.11 for a control's boundary). */
export function borderContrast(element: Element): number {
  const border = rgba(getComputedStyle(element).borderTopColor);
  const inside = backgroundOf(element);
  return contrast(over(border, inside), inside);
}
