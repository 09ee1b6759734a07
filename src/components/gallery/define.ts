/**
 * Registers `<baltic-gallery>`: the entry `baltic-widgets/gallery.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `gallery.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticGallery } from './gallery.js';

export * from './gallery.js';

defineElement('baltic-gallery', BalticGallery);
