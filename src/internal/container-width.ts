/**
 * A widget's layout decided by its container's width: one reactive controller for every
 * widget that changes what it shows (not only how, which container queries do) with the room
 * it has. It measures before the first render, so that a phone loads and shows its own layout
 * straight away, then follows a ResizeObserver.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ContainerWidthOptions<Layout> {
  /** The layout for a container `width` px wide whose font size is `fontSize` px. */
  layout: (width: number, fontSize: number) => Layout;
  /** The layout until a width is known (a container not laid out yet, or hidden). */
  initial: Layout;
  /**
   * The element measured; by default the host. A zero-height element as wide as the widget
   * keeps the observer free of loops when the host's height changes with the layout chosen.
   */
  target?: () => Element;
}

/** Equal layouts: the same value, or objects whose own properties are the same values. */
function sameLayout<Layout>(a: Layout, b: Layout): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const keys = Object.keys(a) as (keyof Layout)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/** Keeps `value` the layout for the container's width, and renders the host again when it changes. */
export class ContainerWidthController<Layout> implements ReactiveController {
  value: Layout;
  #observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ContainerWidthOptions<Layout>,
  ) {
    this.value = options.initial;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      const next = entry && entry.contentRect.width > 0 ? this.#changed(entry.contentRect.width) : undefined;
      // In the next frame: changing the layout inside the observer's callback could loop.
      if (next) requestAnimationFrame(() => this.#set(next.layout));
    });
    const target = this.#target();
    this.#observer.observe(target);
    const next = this.#changed(target.getBoundingClientRect().width);
    if (next) this.#set(next.layout);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #target(): Element {
    return this.options.target?.() ?? this.host;
  }

  /** The layout for `width`, when it differs from the one shown. */
  #changed(width: number): { layout: Layout } | undefined {
    if (!(width > 0)) return undefined;
    const layout = this.options.layout(width, parseFloat(getComputedStyle(this.host).fontSize) || 16);
    return sameLayout(layout, this.value) ? undefined : { layout };
  }

  #set(layout: Layout): void {
    this.value = layout;
    this.host.requestUpdate();
  }
}
