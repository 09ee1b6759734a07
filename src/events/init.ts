/**
 * Every `baltic-…` event bubbles and crosses shadow roots, so a page can listen on `document`
 * for every widget (e.g. for analytics).
 */
export const init = { bubbles: true, composed: true } as const;
