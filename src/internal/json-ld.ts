/**
 * schema.org JSON-LD blocks in the document head, where search engines read them: one
 * block per key however many widgets ask for it, removed when the last of them goes away.
 * Nothing from the feed can close the script element (`<` is escaped).
 */
interface Block {
  script: HTMLScriptElement;
  owners: Set<object>;
}

const blocks = new Map<string, Block>();
let policy: { createScript(input: string): string } | null | undefined;

/** Under a Trusted Types CSP a script's text needs a policy; `null` when the page does not allow ours. */
function trustedTypesPolicy(): { createScript(input: string): string } | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createScript(input: string): string } } })
    .trustedTypes;
  try {
    policy = factory ? factory.createPolicy('baltic-widgets-json-ld', { createScript: (input: string) => input }) : { createScript: (input) => input };
  } catch {
    policy = null;
  }
  return policy;
}

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Adds (or shares) the block `key` for `owner`; returns the function that releases it. */
export function addJsonLd(key: string, data: object, owner: object): () => void {
  let block = blocks.get(key);
  if (!block) {
    const trusted = trustedTypesPolicy();
    if (!trusted) {
      console.warn('[baltic-widgets] JSON-LD not added: the page\'s Trusted Types policy does not allow "baltic-widgets-json-ld"');
      return () => {};
    }
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.balticWidgets = key;
    script.text = trusted.createScript(serializeJsonLd(data)) as string;
    document.head.append(script);
    block = { script, owners: new Set() };
    blocks.set(key, block);
  }
  block.owners.add(owner);
  const taken = block;
  return () => {
    taken.owners.delete(owner);
    if (taken.owners.size === 0 && blocks.get(key) === taken) {
      taken.script.remove();
      blocks.delete(key);
    }
  };
}
