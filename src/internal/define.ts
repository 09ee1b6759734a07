/**
 * Registers a custom element. A page may load two copies of the widgets (two partner
 * snippets, or a bundle beside the one-script embed): the first copy keeps the tag, and
 * another copy's registration says so once on the console instead of throwing
 * (`customElements.define` would), so the page goes on working.
 */
const warned = new Set<string>();

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registered = customElements.get(tag);
  if (!registered) {
    customElements.define(tag, constructor);
  } else if (registered !== constructor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[baltic-widgets] <${tag}> is already defined by another copy of baltic-widgets; this copy's ${constructor.name} is not used. Load the widgets once per page.`);
  }
}
