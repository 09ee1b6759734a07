import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, LocalizedText, Organization, SocialLink } from '../../feed/schema.js';
import { numberFormat } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { LazyChunk } from '../../internal/lazy-chunk.js';
import { addressLine, addressLines } from '../../presentation/address.js';
import { directionsLinks } from '../../presentation/directions.js';
import { headingLevel } from '../../presentation/heading.js';
import { renderAddressLines } from '../../presentation/templates.js';
import { presentationStyles } from '../../presentation/styles.js';
import { orgCardStyles } from './org-card.styles.js';

/** The JSON-LD code: a chunk of its own, loaded only for cards with `json-ld`. */
const jsonLdChunk = new LazyChunk('the JSON-LD code', () => import('./organization-json-ld.js'));

/** Networks' names as people write them (not translated); the rest are named by the link's label or "website". */
const NETWORK_NAMES: Partial<Record<SocialLink['network'], string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  vk: 'VK',
  telegram: 'Telegram',
  youtube: 'YouTube',
  x: 'X',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
};

/**
 * @summary The organization at a glance: logo, name, description, key figures, aims,
 * contact and social links, from the feed's `organization`.
 *
 * @tagname baltic-org-card
 *
 * @fires baltic-feed-load - The feed was loaded; `detail.problems` lists what was skipped.
 * @fires baltic-feed-error - The feed could not be loaded; `detail.kind` says why.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart card - The card.
 * @csspart header - Logo and name.
 * @csspart logo - The logo image.
 * @csspart name - The organization's name.
 * @csspart description - The description paragraph.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart aims - The list of aims.
 * @csspart contact - Address, email and phone.
 * @csspart social - The list of social links.
 * @csspart more-link - The "read more" link.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart stale-notice - The notice shown over saved (older) information.
 *
 * @cssprop --baltic-color-accent - Accent colour (links, figures, buttons). Every colour property takes `light-dark(light, dark)` to set both themes.
 * @cssprop --baltic-color-surface - Card background.
 * @cssprop --baltic-color-surface-alt - Background of the figure tiles.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour.
 * @cssprop --baltic-color-border - Border colour.
 * @cssprop --baltic-radius - Corner radius of the card.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-org-card-logo-size - Width and height of the logo (default 4em).
 */
export class BalticOrgCard extends BalticElement {
  static override styles = [...BalticElement.styles, presentationStyles, orgCardStyles];

  static override properties: PropertyDeclarations = {
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Adds a schema.org `Organization` JSON-LD block to the document head (once per page) for search engines. */
  declare jsonLd: boolean;

  /** The level of the name's heading (1–6) in the page's outline. */
  declare headingLevel: number;

  #jsonLdLoaded = false;

  constructor() {
    super();
    this.jsonLd = false;
    this.headingLevel = 2;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncJsonLd();
  }

  /** The JSON-LD code is a chunk of its own, loaded only for cards with `json-ld`. */
  #syncJsonLd(): void {
    if (!this.jsonLd && !this.#jsonLdLoaded) return;
    this.#jsonLdLoaded = true;
    // The card's state is read when the module is there, not when it was asked for.
    jsonLdChunk.load().then(
      ({ syncOrganizationJsonLd }) =>
        syncOrganizationJsonLd({
          owner: this,
          jsonLd: this.jsonLd,
          isConnected: this.isConnected,
          organization: this.feedSnapshot.feed?.organization,
          text: (value) => this.feedText(value),
          url: (value) => this.feedUrl(value),
        }),
      // Logged by the chunk; the next update asks again. Visitors see nothing of JSON-LD, so no notice.
      () => undefined,
    );
  }

  protected override errorTitle(): string {
    return msg('The organization\'s information could not be loaded.', { id: 'org-card.error-title', desc: 'Heading of the organization card when its feed failed to load.' });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="card" part="card">
      <div class="header"><span class="skeleton logo"></span><span class="skeleton sk-lines"></span></div>
      <div class="main"><span class="skeleton sk-block"></span></div>
      <div class="aside"><span class="skeleton sk-block"></span></div>
    </div>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const organization = feed.organization;
    if (!organization) {
      return html`<div class="state" part="empty">
        <p class="state__title">${msg('No organization information in this feed.', { id: 'org-card.empty', desc: 'The feed has no "organization" section.' })}</p>
      </div>`;
    }
    const name = this.feedText(organization.name);
    const logoSrc = this.feedUrl(organization.logo?.src);
    const website = this.feedUrl(organization.url);
    return html`<article class="card" part="card" aria-labelledby="name">
      <div class="header" part="header">
        ${organization.logo && logoSrc
          ? html`<img class="logo" part="logo" src=${logoSrc} width=${organization.logo.width} height=${organization.logo.height}
              alt=${this.feedText(organization.logo.alt)} decoding="async" />`
          : nothing}
        <div>
          <div class="name" part="name" id="name" role="heading" aria-level=${headingLevel(this.headingLevel)}>${this.renderFeedText(organization.name)}</div>
          ${organization.legalName ? this.#renderLegalName(organization.legalName, feed) : nothing}
        </div>
      </div>
      <div class="main">
        ${organization.description ? html`<p part="description">${this.renderFeedText(organization.description)}</p>` : nothing}
        ${this.#renderAims(organization)}
        ${website
          ? html`<a class="button more" part="more-link" href=${website}>${msg(str`Read more about ${name}`, { id: 'org-card.read-more', desc: 'Link to the organization\'s website; the placeholder is its name.' })}</a>`
          : nothing}
      </div>
      <div class="aside">${this.#renderFigures(organization)} ${this.#renderContact(organization, website)} ${this.#renderSocial(organization, name)}</div>
    </article>`;
  }

  #renderFigures(organization: Organization): TemplateResult | typeof nothing {
    const count = (value: number) => numberFormat(this.locale).format(value);
    const figures: [string, string][] = [];
    if (organization.founded !== undefined) {
      figures.push([msg('Founded', { id: 'org-card.founded', desc: 'Label of the year the organization was founded.' }), String(organization.founded)]);
    }
    if (organization.members !== undefined) {
      figures.push([msg('Members', { id: 'org-card.members', desc: 'Label of the number of members.' }), count(organization.members)]);
    }
    if (organization.network !== undefined) {
      figures.push([msg('People in our network', { id: 'org-card.network', desc: 'Label of the number of people in the network (followers, subscribers).' }), `${count(organization.network)}+`]);
    }
    if (organization.participants !== undefined) {
      figures.push([msg('Take part regularly', { id: 'org-card.participants', desc: 'Label of the number of people who take part in activities regularly.' }), count(organization.participants)]);
    }
    if (figures.length === 0) return nothing;
    return html`<section>
      <h3>${msg('In figures', { id: 'org-card.figures-title', desc: 'Heading of the key figures (founded, members…).' })}</h3>
      <dl class="figures" part="figures">
        ${figures.map(([label, value]) => html`<div class="figure" part="figure"><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
    </section>`;
  }

  /**
   * The registered name: a legal name is in the language it was registered in, which a plain
   * string in the feed does not say; it is taken as the feed's first language (`languages`), so a
   * Finnish name in a Russian card is marked `lang="fi"` (WCAG 3.1.2).
   */
  #renderLegalName(legalName: LocalizedText, feed: Feed): TemplateResult {
    const registeredIn = typeof legalName === 'string' ? feed.languages?.[0] : undefined;
    return registeredIn && registeredIn.split('-')[0] !== this.locale
      ? html`<p class="legal-name" lang=${registeredIn}>${legalName}</p>`
      : html`<p class="legal-name">${this.renderFeedText(legalName)}</p>`;
  }

  #renderAims(organization: Organization): TemplateResult | typeof nothing {
    if (!organization.aims?.length) return nothing;
    return html`<section>
      <h3>${msg('Our aims', { id: 'org-card.aims-title', desc: 'Heading of the list of the organization\'s aims.' })}</h3>
      <ul part="aims">
        ${organization.aims.map((aim) => html`<li>${this.renderFeedText(aim)}</li>`)}
      </ul>
    </section>`;
  }

  #renderContact(organization: Organization, website: string | undefined): TemplateResult | typeof nothing {
    const lines = addressLines(organization.address, this.locale);
    const { email, phone } = organization;
    if (!lines.length && !email && !phone && !website) return nothing;
    // The address opens the first directions service (Google Maps), as a place's first directions link does in other widgets.
    const [map] = directionsLinks({ address: addressLine(organization.address) });
    return html`<section>
      <h3>${msg('Contact', { id: 'org-card.contact-title', desc: 'Heading of the address, email and phone.' })}</h3>
      <address class="contact" part="contact">
        ${lines.length
          ? html`<a href=${map!.href} class="address" aria-label=${msg(str`${lines.join(', ')} (on a map)`, { id: 'org-card.address-link', desc: 'Accessible name of the address link that opens a map; the placeholder is the address.' })}>${renderAddressLines(organization.address, this.locale)}</a>`
          : nothing}
        ${email ? html`<a href=${`mailto:${email}`}>${email}</a>` : nothing}
        ${phone ? html`<a href=${`tel:${phone.replace(/[^+\d]/g, '')}`}>${phone}</a>` : nothing}
        ${website ? html`<a href=${website}>${new URL(website).host}</a>` : nothing}
      </address>
    </section>`;
  }

  #renderSocial(organization: Organization, name: string): TemplateResult | typeof nothing {
    const links = (organization.social ?? []).flatMap((link) => {
      const href = this.feedUrl(link.url);
      return href ? [{ ...link, href }] : [];
    });
    if (!links.length) return nothing;
    return html`<section>
      <h3>${msg('Follow us', { id: 'org-card.social-title', desc: 'Heading of the social network links.' })}</h3>
      <ul class="social" part="social">
        ${links.map((link) => {
          const network = NETWORK_NAMES[link.network];
          const visible = this.feedText(link.label) || network || msg('Website', { id: 'org-card.website', desc: 'Visible text of a link to another website of the organization.' });
          const label = network
            ? msg(str`${name} on ${network}`, { id: 'org-card.social-link', desc: 'Accessible name of a social link, e.g. "Baltic Region ry on Facebook".' })
            : `${name}: ${visible}`;
          return html`<li><a href=${link.href} aria-label=${label}>${visible}</a></li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'baltic-org-card': BalticOrgCard;
  }
}
