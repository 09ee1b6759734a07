/**
 * The count on the "Filters" button of a narrow calendar or schedule: the number shown, then a
 * word only screen readers hear, so the button's name starts with what it shows ("Filters 2
 * active", WCAG 2.5.3 label in name). One pattern and one message for both widgets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';

/** ` <span class=countClass>2</span><span class="visually-hidden"> active</span>`, or nothing when no filter is set. */
export const renderFilterCount = (active: number, countClass: string): TemplateResult | typeof nothing =>
  active
    ? html` <span class=${countClass}>${active}</span
        ><span class="visually-hidden"> ${msg('active', { id: 'filters.active', desc: 'Read after "Filters" and the number shown on the button on a phone ("Filters 2 active"): how many filters are set; must fit any number.' })}</span>`
    : nothing;
