/**
 * Icons of the social networks the feed can link to: simple 24×24 glyphs (our own drawing,
 * not the networks' trademarked logos), `aria-hidden` — the link carries the name.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { SocialLink } from '../../feed/schema.js';

const paths: Record<SocialLink['network'], SVGTemplateResult> = {
  facebook: svg`<path d="M14 8h2.5V4.5H14c-2.5 0-4 1.6-4 4V11H7.5v3.5H10V21h3.5v-6.5H16l.5-3.5h-3V8.8c0-.5.2-.8.5-.8z"/>`,
  instagram: svg`<rect x="3.5" y="3.5" width="17" height="17" rx="5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="17.2" cy="6.8" r="1.2"/>`,
  vk: svg`<path d="M3 7h3.2c.3 3.3 1.7 5.3 3 5.6V7h3v3.2c1.3-.2 2.6-1.7 3.1-3.2h3c-.4 2-2 3.7-3.1 4.4 1.2.6 3 2.1 3.6 4.6h-3.3c-.5-1.6-1.9-2.9-3.3-3V16h-.6C7 16 3.3 13 3 7z"/>`,
  telegram: svg`<path d="M20.7 4.3 2.9 11.2c-.9.4-.9 1.4.1 1.7l4.5 1.4 1.7 5.3c.2.7 1.1.9 1.6.4l2.5-2.3 4.6 3.4c.7.5 1.6.1 1.8-.7L22 5.5c.2-1-.6-1.6-1.3-1.2zM9.6 14l8-6.2-6.3 7.1-.3 3.1z"/>`,
  youtube: svg`<path d="M21.6 7.2a2.6 2.6 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4A2.6 2.6 0 0 0 2.4 7.2 27 27 0 0 0 2 12a27 27 0 0 0 .4 4.8 2.6 2.6 0 0 0 1.8 1.8C5.8 19 12 19 12 19s6.2 0 7.8-.4a2.6 2.6 0 0 0 1.8-1.8A27 27 0 0 0 22 12a27 27 0 0 0-.4-4.8zM10 15V9l5.2 3z"/>`,
  x: svg`<path d="M4 4h4.5l4 5.6L17.3 4H20l-6.2 7.3L20.5 20H16l-4.4-6.1L6.3 20H3.5l6.8-7.9z"/>`,
  linkedin: svg`<path d="M4 9h3.5v11H4zM5.8 3.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM9.5 9h3.3v1.6c.5-.9 1.7-1.9 3.6-1.9 3.6 0 4.3 2.3 4.3 5.4V20h-3.5v-5.2c0-1.3 0-2.9-1.8-2.9s-2.1 1.4-2.1 2.8V20H9.5z"/>`,
  whatsapp: svg`<path d="M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3zm4.4 12.6c-.2.5-1.1 1-1.6 1-.4.1-.9.1-1.5-.1a13 13 0 0 1-5.4-4.8c-.4-.7-.9-1.6-.9-2.6s.6-1.6.8-1.8c.2-.2.5-.3.6-.3h.5c.2 0 .4 0 .6.5l.8 1.9c.1.2.1.3 0 .5l-.4.6-.3.4c-.1.1-.2.3 0 .5.2.3.8 1.3 1.7 2 1.1 1 2 1.3 2.3 1.4.3.1.4.1.6-.1l.8-1c.2-.2.3-.2.6-.1l1.8.9c.3.1.4.2.5.3 0 .1 0 .6-.2 1.1z"/>`,
  website: svg`<circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3.5 12h17M12 3.5c2.5 2.6 3.5 5.4 3.5 8.5s-1 5.9-3.5 8.5c-2.5-2.6-3.5-5.4-3.5-8.5s1-5.9 3.5-8.5z" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  other: svg`<path d="M10.6 13.4a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M13.4 10.6a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
};

/** The network's name as people write it (names are not translated). */
export const NETWORK_NAMES: Record<SocialLink['network'], string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  vk: 'VK',
  telegram: 'Telegram',
  youtube: 'YouTube',
  x: 'X',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  website: '',
  other: '',
};

export const socialIcon = (network: SocialLink['network']) =>
  svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true" focusable="false">${paths[network]}</svg>`;
