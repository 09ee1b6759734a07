/** The photos both gallery benches show: `count` distinct URLs of one 1200×800 SVG under bench/. */
export const photoUrl = (index: number) => `/bench/photo.svg?n=${index}`;
export const PHOTO_WIDTH = 1200;
export const PHOTO_HEIGHT = 800;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
export { frame };

/** Resolves when `find()` returns a truthy value, polling with setTimeout(0); throws after 30 s. */
export async function until<T>(find: () => T | null | undefined | false, started: number, what: string): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - started > 30_000) throw new Error(`${what}: not within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** An image that is loaded and decoded. */
export const loaded = (image: HTMLImageElement | null | undefined) => !!image && image.complete && image.naturalWidth > 0;
