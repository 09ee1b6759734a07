/**
 * Code loaded when first needed (a view, the calendar button, the lightbox), with one policy
 * for failures everywhere: what needs the chunk shows a localized notice ("A part of the widget
 * could not be loaded…", role=alert) instead of nothing, the failure is logged once, and the
 * next request loads it again (a failed `import()` is not cached as failed for the page).
 */

export class LazyChunk<T> {
  #pending?: Promise<T>;
  #module?: T;

  constructor(
    /** What it is, for the console. */
    readonly name: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** The module once loaded. */
  get module(): T | undefined {
    return this.#module;
  }

  /** Loads the chunk (once; again after a failure). */
  load(): Promise<T> {
    return (this.#pending ??= this.importer().then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#pending = undefined;
        console.warn(`[baltic-widgets] ${this.name} could not be loaded`, error);
        throw error;
      },
    ));
  }
}
