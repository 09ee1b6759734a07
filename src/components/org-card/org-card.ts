import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Address, Feed, Organization } from '../../feed/schema.js';
import { numberFormat } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { BalticElement } from '../../internal/baltic-element.js';
import { defineElement } from '../../internal/define.js';
import { addJsonLd } from '../../internal/json-ld.js';
import { orgCardStyles } from './org-card.styles.js';
import { NETWORK_NAMES, socialIcon } from './social-icons.js';

const icon = (path: string) =>
  svg`<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${path}/></svg>`;
const PIN = 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z';
const MAIL = 'M3 6h18v12H3zM3 7l9 6 9-6';
const PHONE = 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z';
const GLOBE = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z';

const addressLines = (address: Address | undefined): string[] =>
  address
    ? [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country].filter((line): line is string => !!line)
    : [];

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
 * @cssprop --baltic-color-accent - Accent colour (links, figures, buttons).
 * @cssprop --baltic-color-surface - Card background.
 * @cssprop --baltic-color-surface-alt - Background of the figure tiles.
 * @cssprop --baltic-color-text - Text colour.
 * @cssprop --baltic-color-muted - Secondary text colour.
 * @cssprop --baltic-color-border - Border colour.
 * @cssprop --baltic-dark-color-surface - Card background in the dark theme (likewise every `--baltic-dark-color-*`).
 * @cssprop --baltic-radius - Corner radius of the card.
 * @cssprop --baltic-font-family - Font (default: the page's).
 * @cssprop --baltic-org-card-logo-size - Width of the logo (default 4rem, 5rem in the wide layout).
 */
export class BalticOrgCard extends BalticElement {
  static override styles = [...BalticElement.styles, orgCardStyles];

  /** Adds a schema.org `Organization` JSON-LD block to the document head (once per page) for search engines. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /** The level of the name's heading (1–6) in the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private releaseJsonLd?: () => void;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseJsonLd?.();
    this.releaseJsonLd = undefined;
  }

  private syncJsonLd(): void {
    const organization = this.feedSnapshot.feed?.organization;
    if (!this.jsonLd || !organization || !this.isConnected) {
      this.releaseJsonLd?.();
      this.releaseJsonLd = undefined;
      return;
    }
    if (this.releaseJsonLd) return;
    this.releaseJsonLd = addJsonLd(`organization:${this.feedText(organization.name)}`, this.organizationJsonLd(organization), this);
  }

  private organizationJsonLd(organization: Organization): object {
    const address = organization.address;
    return {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: this.feedText(organization.name),
      legalName: this.feedText(organization.legalName) || undefined,
      description: this.feedText(organization.description) || undefined,
      url: this.feedUrl(organization.url),
      logo: this.feedUrl(organization.logo?.src),
      email: organization.email,
      telephone: organization.phone,
      foundingDate: organization.founded ? String(organization.founded) : undefined,
      address: address && {
        '@type': 'PostalAddress',
        streetAddress: address.street,
        postalCode: address.postalCode,
        addressLocality: address.city,
        addressCountry: address.country,
      },
      sameAs: organization.social?.map((link) => this.feedUrl(link.url)).filter(Boolean),
    };
  }

  protected override errorTitle(): string {
    return msg('The organization\'s information could not be loaded.', { id: 'org-card.error-title', desc: 'Heading of the organization card when its feed failed to load.' });
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="card" part="card">
      <div class="header">
        <span class="skeleton logo"></span>
        <span class="skeleton-lines"><span class="skeleton skeleton--title"></span><span class="skeleton skeleton--line"></span></span>
      </div>
      <div class="main"><span class="skeleton skeleton--paragraph"></span><span class="skeleton skeleton--list"></span></div>
      <div class="aside"><span class="skeleton skeleton--figures"></span></div>
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
      <header class="header" part="header">
        ${organization.logo && logoSrc
          ? html`<img class="logo" part="logo" src=${logoSrc} width=${organization.logo.width} height=${organization.logo.height}
              alt=${this.feedText(organization.logo.alt)} decoding="async" />`
          : nothing}
        <div>
          <div class="name" part="name" id="name" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))}>${this.renderFeedText(organization.name)}</div>
          ${organization.legalName ? html`<p class="legal-name">${this.renderFeedText(organization.legalName)}</p>` : nothing}
        </div>
      </header>
      <div class="main">
        ${organization.description ? html`<p class="description" part="description">${this.renderFeedText(organization.description)}</p>` : nothing}
        ${this.renderAims(organization)}
        ${website
          ? html`<a class="button more" part="more-link" href=${website}>${msg(str`Read more about ${name}`, { id: 'org-card.read-more', desc: 'Link to the organization\'s website; the placeholder is its name.' })}</a>`
          : nothing}
      </div>
      <div class="aside">${this.renderFigures(organization)} ${this.renderContact(organization, website)} ${this.renderSocial(organization, name)}</div>
    </article>`;
  }

  private renderFigures(organization: Organization): TemplateResult | typeof nothing {
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
    return html`<section aria-labelledby="figures-title">
      <h3 class="section-title" id="figures-title">${msg('In figures', { id: 'org-card.figures-title', desc: 'Heading of the key figures (founded, members…).' })}</h3>
      <dl class="figures" part="figures">
        ${figures.map(([label, value]) => html`<div class="figure" part="figure"><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
    </section>`;
  }

  private renderAims(organization: Organization): TemplateResult | typeof nothing {
    if (!organization.aims?.length) return nothing;
    return html`<section aria-labelledby="aims-title">
      <h3 class="section-title" id="aims-title">${msg('Our aims', { id: 'org-card.aims-title', desc: 'Heading of the list of the organization\'s aims.' })}</h3>
      <ul class="aims" part="aims">
        ${organization.aims.map((aim) => html`<li>${this.renderFeedText(aim)}</li>`)}
      </ul>
    </section>`;
  }

  private renderContact(organization: Organization, website: string | undefined): TemplateResult | typeof nothing {
    const lines = addressLines(organization.address);
    const { email, phone } = organization;
    if (!lines.length && !email && !phone && !website) return nothing;
    const mapUrl = `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}`;
    return html`<section aria-labelledby="contact-title">
      <h3 class="section-title" id="contact-title">${msg('Contact', { id: 'org-card.contact-title', desc: 'Heading of the address, email and phone.' })}</h3>
      <address class="contact" part="contact">
        ${lines.length
          ? html`<span class="contact-line">${icon(PIN)}<a href=${mapUrl} aria-label=${msg(str`${lines.join(', ')} (on a map)`, { id: 'org-card.address-link', desc: 'Accessible name of the address link that opens a map; the placeholder is the address.' })}>${lines.map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}</a></span>`
          : nothing}
        ${email ? html`<span class="contact-line">${icon(MAIL)}<a href=${`mailto:${email}`}>${email}</a></span>` : nothing}
        ${phone ? html`<span class="contact-line">${icon(PHONE)}<a href=${`tel:${phone.replace(/[^+\d]/g, '')}`}>${phone}</a></span>` : nothing}
        ${website ? html`<span class="contact-line">${icon(GLOBE)}<a href=${website}>${new URL(website).host}</a></span>` : nothing}
      </address>
    </section>`;
  }

  private renderSocial(organization: Organization, name: string): TemplateResult | typeof nothing {
    const links = (organization.social ?? []).flatMap((link) => {
      const href = this.feedUrl(link.url);
      return href ? [{ ...link, href }] : [];
    });
    if (!links.length) return nothing;
    return html`<section aria-labelledby="social-title">
      <h3 class="section-title" id="social-title">${msg('Follow us', { id: 'org-card.social-title', desc: 'Heading of the social network links.' })}</h3>
      <ul class="social" part="social">
        ${links.map((link) => {
          const network = NETWORK_NAMES[link.network];
          const label =
            this.feedText(link.label) ||
            (network
              ? msg(str`${name} on ${network}`, { id: 'org-card.social-link', desc: 'Accessible name of a social link, e.g. "Baltic Region ry on Facebook".' })
              : msg(str`${name}: website`, { id: 'org-card.website-link', desc: 'Accessible name of a link to another website of the organization.' }));
          return html`<li><a href=${link.href} aria-label=${label} title=${label} rel="noopener">${socialIcon(link.network)}</a></li>`;
        })}
      </ul>
    </section>`;
  }
}

defineElement('baltic-org-card', BalticOrgCard);

declare global {
  interface HTMLElementTagNameMap {
    'baltic-org-card': BalticOrgCard;
  }
}
