import { html, nothing, type TemplateResult } from 'lit';

/** The box every widget uses for a state instead of content: error, empty. */
export const renderStateBox = (title: string, detail?: unknown, action: unknown = nothing, error = true): TemplateResult =>
  html`<div class="state ${error ? 'state--error' : ''}" part=${error ? 'error' : 'empty'} role=${error ? 'alert' : 'status'}>
    <p class="state__title">${title}</p>
    ${detail ? html`<p class="state__detail">${detail}</p>` : nothing} ${action}
  </div>`;

/** The box for "nothing to show" (part=empty, role=status): a title, maybe a hint, maybe an action. */
export const renderEmptyState = (title: string, detail?: unknown, action: unknown = nothing): TemplateResult => renderStateBox(title, detail, action, false);
