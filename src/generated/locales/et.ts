
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.network': `The feed could not be reached. Check the connection and try again.`,
'error.timeout': `The feed did not answer in time.`,
'error.http': str`The feed server answered with an error (${0}).`,
'error.not-json': `The feed is not a JSON document.`,
'error.invalid': `The feed is not in the expected format.`,
'error.missing': `No feed is set for this widget.`,
'error.chunk': `A part of the widget could not be loaded. Reload the page to try again.`,
'state.retry': `Try again`,
'state.stale-failed': str`Showing the information saved ${0}.`,
'state.stale-loading': str`Showing the information saved ${0} while it updates.`,
'state.error-title': `The information could not be loaded.`,
'state.loading': `Loading…`,
'org-card.error-title': `The organization's information could not be loaded.`,
'org-card.empty': `No organization information in this feed.`,
'org-card.read-more': str`Read more about ${0}`,
'org-card.founded': `Founded`,
'org-card.members': `Members`,
'org-card.network': `People in our network`,
'org-card.participants': `Take part regularly`,
'org-card.figures-title': `In figures`,
'org-card.aims-title': `Our aims`,
'org-card.contact-title': `Contact`,
'org-card.address-link': str`${0} (on a map)`,
'org-card.social-title': `Follow us`,
'org-card.website': `Website`,
'org-card.social-link': str`${0} on ${1}`,
    };
  