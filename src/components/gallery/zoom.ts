/**
 * The arithmetic of zooming and panning a photo centred in a stage. A view is the photo's
 * scale and its offset (px) from the stage's centre; points are relative to that centre.
 */
export interface Point {
  x: number;
  y: number;
}

export interface View extends Point {
  scale: number;
}

interface Size {
  width: number;
  height: number;
}

/** The view at `scale` that keeps the photo's point under `at` where it is. */
export function zoomAround(view: View, scale: number, at: Point): View {
  const factor = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * factor, y: at.y - (at.y - view.y) * factor };
}

/** The view moved just enough that the zoomed photo covers the stage where it can (no empty band at an edge). */
export function clampPan(view: View, photo: Size, stage: Size): View {
  const limit = (photoSize: number, stageSize: number) => Math.max(0, (photoSize * view.scale - stageSize) / 2);
  const clamp = (value: number, max: number) => Math.min(max, Math.max(-max, value));
  return { scale: view.scale, x: clamp(view.x, limit(photo.width, stage.width)), y: clamp(view.y, limit(photo.height, stage.height)) };
}
