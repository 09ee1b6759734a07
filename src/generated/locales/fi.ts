
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`Syötteen palvelin vastasi virheellä (${0}).`,
'error.invalid': `Syöte ei ole odotetussa muodossa.`,
'error.missing': `Tälle pienoisohjelmalle ei ole määritetty syötettä.`,
'error.network': `Syötteeseen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.`,
'error.not-json': `Syöte ei ole JSON-muotoinen.`,
'error.timeout': `Syöte ei vastannut ajoissa.`,
'org-card.address-link': str`${0} (kartalla)`,
'org-card.aims-title': `Tavoitteemme`,
'org-card.contact-title': `Yhteystiedot`,
'org-card.empty': `Syötteessä ei ole yhdistyksen tietoja.`,
'org-card.error-title': `Yhdistyksen tietoja ei voitu ladata.`,
'org-card.figures-title': `Lukuina`,
'org-card.founded': `Perustettu`,
'org-card.members': `Jäseniä`,
'org-card.network': `Ihmisiä verkostossamme`,
'org-card.participants': `Osallistuu säännöllisesti`,
'org-card.read-more': str`Lue lisää: ${0}`,
'org-card.social-link': str`${0} palvelussa ${1}`,
'org-card.social-title': `Seuraa meitä`,
'state.error-title': `Tietoja ei voitu ladata.`,
'state.loading': `Ladataan…`,
'state.retry': `Yritä uudelleen`,
'state.stale-failed': str`Näytetään tiedot, jotka tallennettiin ${0}.`,
'state.stale-loading': str`Näytetään tiedot, jotka tallennettiin ${0}, kunnes päivitys valmistuu.`,
'error.chunk': `A part of the widget could not be loaded. Reload the page to try again.`,
'org-card.website': `Website`,
    };
  