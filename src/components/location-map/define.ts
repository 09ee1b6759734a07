/**
 * Registers `<baltic-location-map>`: the entry `baltic-widgets/location-map.js`, and the module the one-script
 * embed's loader imports when a page has the tag. `location-map.ts` holds the class, without side effects.
 */
import { defineElement } from '../../internal/define.js';
import { BalticLocationMap } from './location-map.js';

export * from './location-map.js';

defineElement('baltic-location-map', BalticLocationMap);
