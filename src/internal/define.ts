/**
 * Registers a custom element unless its tag is taken: a page may well load two copies of
 * the bundle (two partner snippets), and the second must not throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
