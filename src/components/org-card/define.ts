/**
 * Registers `<baltic-org-card>`: the entry `baltic-widgets/org-card.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `org-card.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticOrgCard } from './org-card.js';

export * from './org-card.js';

defineElement('baltic-org-card', BalticOrgCard);
