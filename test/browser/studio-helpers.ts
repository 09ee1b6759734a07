/** Helpers for the studio's tests: a studio on the mock server (test/middleware/studio-api.mjs), and a volunteer's hands. */
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/studio/define.js';
import type { BalticStudio } from '../../src/studio/define.js';
import { waitUntil } from './helpers.js';

let counter = 0;
/** A fresh mock-server session (its own feed file "on disk"), seeded with `text` (null: no file yet). */
export async function serverSession(text: string | null): Promise<string> {
  const name = `s${Date.now().toString(36)}${(counter++).toString(36)}`;
  await fetch(`/__studio/${name}/seed`, { method: 'POST', body: JSON.stringify({ text }) });
  return name;
}

export interface Disk {
  text: string | null;
  version: string | null;
  saves: number;
  ics: { lang: string; file: string }[];
  images: { name: string; size: number }[];
}

export async function disk(session: string): Promise<Disk> {
  return (await fetch(`/__studio/${session}/disk`)).json();
}

/**
 * Mounts the studio in the given interface language; `session` undefined means a static page
 * (no server answers), a path ending in `/` a server's API there (the real studio's pass-through).
 */
export async function mountStudio(session: string | undefined, locale = 'en', keepDraft = false): Promise<BalticStudio> {
  localStorage.setItem('baltic-studio-locale', locale);
  if (!keepDraft) localStorage.removeItem('baltic-studio-draft');
  const base = session ? (session.endsWith('/') ? session : `/__studio/${session}/`) : '/__studio-none/';
  const studio = await fixture<BalticStudio>(html`<baltic-studio api-base=${base}></baltic-studio>`);
  await waitUntil(() => studio.screen !== 'loading', 'the studio did not start', { timeout: 5000 });
  await studio.updateComplete;
  return studio;
}

export const $ = <T extends HTMLElement = HTMLElement>(studio: BalticStudio, selector: string): T => {
  const element = studio.shadowRoot!.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the studio`);
  return element;
};

export const $$ = <T extends Element = HTMLElement>(studio: BalticStudio, selector: string): T[] => [...studio.shadowRoot!.querySelectorAll<T>(selector)];

/** Types into an input as a person does: the value changes and `input` fires. */
export async function type(studio: BalticStudio, selector: string, value: string): Promise<void> {
  // As a person does, it waits for the field to be there (a section's form renders after it is chosen).
  await waitUntil(() => studio.shadowRoot!.querySelector(selector), `no ${selector} in the studio`, { timeout: 5000 });
  const input = $<HTMLInputElement>(studio, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

export async function click(studio: BalticStudio, selector: string | HTMLElement): Promise<void> {
  (typeof selector === 'string' ? $(studio, selector) : selector).click();
  await studio.updateComplete;
}

/** The button whose text contains `text`. */
export function button(studio: BalticStudio, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(studio, 'button').find((candidate) => candidate.textContent!.includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export async function chooseSection(studio: BalticStudio, label: string): Promise<void> {
  await click(studio, $$<HTMLButtonElement>(studio, 'nav.sections button').find((candidate) => candidate.textContent!.includes(label))!);
}

/** A PNG of the given size, as a file from the computer. */
export async function pngFile(name: string, width: number, height: number): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Chooses a file in a file input, as the file dialog does. */
export async function chooseFile(studio: BalticStudio, selector: string, file: File): Promise<void> {
  const input = $<HTMLInputElement>(studio, selector);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await studio.updateComplete;
}

/**
 * Catches the next file download the page offers (the link the studio clicks): its name and
 * text. The download itself is stopped.
 */
export function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href).then(async (response) => resolve({ name: link.download, text: await response.text() }));
    };
    document.addEventListener('click', onClick, true);
  });
}

/** `waitUntil` with room for a busy machine (5 s unless said otherwise). */
export const until = (predicate: () => unknown, message: string, options: { timeout?: number } = {}) =>
  waitUntil(predicate as () => boolean | Promise<boolean>, message, { timeout: 5000, ...options });
