/** The studio's look: calm, high contrast, large targets; one column on a phone, three on a desktop. */
import { css, unsafeCSS } from 'lit';

/** The dark colours; every pair AA (4.5:1 for text on each surface, 3:1 for borders of controls). */
const DARK = unsafeCSS(`
  --studio-text: #e6eaf0; --studio-muted: #aab4c1; --studio-surface: #161b22; --studio-alt: #0d1117; --studio-border: #5d6876;
  --studio-accent: #7cb7f5; --studio-on-accent: #0d1117; --studio-selected: #1b3552; --studio-error: #ff9aa3; --studio-error-surface: #3a1a1f;
  --studio-warning: #f2c462; --studio-warning-surface: #33290f; --studio-success: #8fdca6; --studio-success-surface: #12301d; color-scheme: dark;
`);

/** The studio's colours, light and dark; the preview inside it inherits them. */
const tokens = css`
  :host {
    --studio-text: #1a1f26;
    --studio-muted: #4a5461;
    --studio-surface: #ffffff;
    --studio-alt: #f3f5f8;
    --studio-border: #b8c0cb;
    --studio-accent: #1d5c96;
    --studio-on-accent: #ffffff;
    --studio-selected: #e6f0fa;
    --studio-error: #a8232f;
    --studio-error-surface: #fdecee;
    --studio-warning: #7a5200;
    --studio-warning-surface: #fff4d6;
    --studio-success: #17562b;
    --studio-success-surface: #e3f4e8;
    color-scheme: light;
    color: var(--studio-text);
  }
  /* Dark: the computer's setting unless the volunteer chose (theme="light" / "dark"). */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${DARK} }
  }
  :host([theme='dark']) { ${DARK} }
`;

const shared = css`
  :host { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--studio-text); }
  * { box-sizing: border-box; }
  a { color: var(--studio-accent); }
  h1, h2, h3 { line-height: 1.25; margin: 0 0 0.5em; }
  h2 { font-size: 1.2rem; }
  h3 { font-size: 1rem; }
  button, .file, select, input, textarea { font: inherit; }
  button, .file {
    display: inline-flex; align-items: center; gap: 0.3em; min-height: 44px; padding: 0.4em 0.9em; cursor: pointer;
    border: 1px solid var(--studio-border); border-radius: 6px; background: var(--studio-surface); color: var(--studio-text);
  }
  button.small { min-height: 36px; padding: 0.2em 0.6em; font-size: 0.9rem; }
  button.primary, .file.primary { background: var(--studio-accent); color: var(--studio-on-accent); border-color: var(--studio-accent); }
  button.danger { color: var(--studio-error); border-color: currentColor; }
  button[data-copied]::after { content: ' ✓'; }
  /* The file input covers its label (the general input rule makes it 100% wide): pinned inside, it never widens the page. */
  .file input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; }
  .file { position: relative; }
  .file:focus-within, :focus-visible { outline: 3px solid var(--studio-accent); outline-offset: 2px; }
  input:not([type='checkbox']):not([type='radio']):not([type='color']), select, textarea {
    width: 100%; min-height: 44px; padding: 0.4em 0.5em; border: 1px solid var(--studio-muted); border-radius: 6px;
    background: var(--studio-surface); color: var(--studio-text);
  }
  input[type='color'] { width: 60px; height: 44px; padding: 2px; }
  input[aria-invalid='true'] { border: 2px solid var(--studio-error); }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  .card { background: var(--studio-surface); border: 1px solid var(--studio-border); border-radius: 10px; padding: 1rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  .row > label { display: flex; flex-direction: column; flex: 1 1 8rem; }
  .row > label.grow { flex: 3 1 14rem; }
  .row > label.check, .row > label.file { flex: 0 0 auto; flex-direction: row; }
  label.check { display: inline-flex; align-items: center; gap: 0.4em; min-height: 44px; margin-right: 1em; }
  label.check input { width: 1.2em; height: 1.2em; }
  fieldset { border: 1px solid var(--studio-border); border-radius: 8px; margin: 0 0 1rem; padding: 0.5rem 0.8rem 0.8rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.3em; }
  .field { margin: 0 0 1rem; }
  div.field > label { display: block; font-weight: 600; }
  .hint { color: var(--studio-muted); font-size: 0.9rem; margin: 0.2em 0 0; }
  .required { color: var(--studio-error); }
  .lang-tag { display: inline-block; font-size: 0.75rem; font-weight: 700; padding: 0 0.4em; border-radius: 4px; background: var(--studio-alt); border: 1px solid var(--studio-border); }
  .languages { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
  .language label { display: block; font-weight: 400; }
  .language.missing input, .language.missing textarea { border: 2px dashed var(--studio-warning); }
  .missing-mark { color: var(--studio-warning); font-weight: 700; font-size: 0.85rem; }
  .field-problems { list-style: none; margin: 0.3em 0 0; padding: 0; font-size: 0.92rem; }
  .field-problems li { padding: 0.2em 0.5em; border-radius: 4px; margin-top: 0.2em; }
  .field-problems .error, .error-text { color: var(--studio-error); background: var(--studio-error-surface); }
  .field-problems .warning, .warning-text { color: var(--studio-warning); background: var(--studio-warning-surface); }
  /* A date or time typed halfway (see renderDateTime): said until it is complete. */
  .datetime .incomplete { display: none; margin: 0.3em 0 0; padding: 0.2em 0.5em; border-radius: 4px; font-size: 0.92rem; }
  .datetime:has(input:invalid) .incomplete { display: block; }
  .flagged { border-color: var(--studio-warning); border-width: 2px; }
  .zone { font-weight: 400; color: var(--studio-muted); font-size: 0.9rem; }
  .count { color: var(--studio-muted); font-weight: 400; }
  .badge { color: var(--studio-error); font-size: 0.85rem; }
`;

export const studioStyles = [
  tokens,
  shared,
  css`
    :host { display: block; background: var(--studio-alt); min-height: 100vh; }
    .top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.6rem 1rem; background: var(--studio-surface); border-bottom: 1px solid var(--studio-border); }
    .top h1 { font-size: 1.3rem; margin: 0; }
    .top .file { border: 0; padding: 0; min-height: 0; cursor: default; }
    .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-left: auto; }
    .tools .file { border: 1px solid var(--studio-border); padding: 0.4em 0.9em; min-height: 44px; cursor: pointer; }
    .ui-language, .ui-theme { display: flex; align-items: center; gap: 0.4em; }
    .ui-language select, .ui-theme select { width: auto; }
    .notice { margin: 0.5rem 1rem; padding: 0.5rem 0.8rem; border-radius: 8px; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; justify-content: space-between; }
    .notice.info { background: var(--studio-selected); }
    .notice.success { background: var(--studio-success-surface); color: var(--studio-success); }
    .notice.error { background: var(--studio-error-surface); color: var(--studio-error); }
    main { padding: 0.5rem 1rem 2rem; }
    .sections ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0 0 1rem; padding: 0; }
    .sections button[aria-current='page'] { background: var(--studio-accent); color: var(--studio-on-accent); border-color: var(--studio-accent); }
    .sections button[aria-current='page'] .count, .sections button[aria-current='page'] .badge { color: inherit; }
    .workspace { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
    .side { display: grid; gap: 1rem; align-content: start; }
    .collection { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
    .item-list, .item-form, .start, .wizard { background: var(--studio-surface); border: 1px solid var(--studio-border); border-radius: 10px; padding: 1rem; }
    .item-list ul { list-style: none; padding: 0; margin: 0 0 0.8rem; display: grid; gap: 0.3rem; max-height: 40vh; overflow: auto; }
    .item-list li button { width: 100%; flex-direction: column; align-items: start; text-align: start; gap: 0; }
    .item-list button[aria-current='true'] { border: 2px solid var(--studio-accent); background: var(--studio-selected); }
    .item-list .date { color: var(--studio-muted); font-size: 0.9rem; white-space: nowrap; }
    .form-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .form-head h2 { flex: 1 1 10rem; margin: 0; }
    .list-item { border-style: dashed; }
    .wizard, .start { max-width: 40rem; margin: 1rem auto; }
    .problems ul { padding-left: 1.2em; max-height: 30vh; overflow: auto; }
    .problems li.error a { color: var(--studio-error); }
    .problems li.warning { color: var(--studio-warning); }
    .problems li.warning a { color: inherit; }
    .translations { list-style: none; padding: 0; }
    .snippet { display: flex; gap: 0.5rem; align-items: start; margin-bottom: 0.5rem; }
    .snippet pre { flex: 1; margin: 0; overflow-x: auto; background: var(--studio-alt); padding: 0.5rem; border-radius: 6px; font-size: 0.8rem; }
    .dialog-backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45); display: grid; place-items: center; padding: 1rem; z-index: 10; }
    .dialog { max-width: 36rem; width: 100%; max-height: 90vh; overflow: auto; }
    .history { list-style: none; padding: 0; }
    .history li { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.3rem 0; border-bottom: 1px solid var(--studio-border); }
    .map-dialog { width: min(56rem, 95vw); border: 1px solid var(--studio-border); border-radius: 10px; background: var(--studio-surface); color: var(--studio-text); }
    .map-dialog h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
    .map-dialog .map, .map-consent { height: min(60vh, 28rem); margin-bottom: 0.5rem; }
    /* Before consent: a map-shaped panel drawn with CSS only (nothing fetched), as the location map's. */
    .map-consent { display: grid; place-content: center; justify-items: center; gap: 0.6rem; padding: 1rem; text-align: center; border-radius: 8px;
      background: repeating-linear-gradient(45deg, var(--studio-alt) 0 12px, var(--studio-surface) 12px 24px); border: 1px solid var(--studio-border); }
    .map-consent p { max-width: 32rem; margin: 0; background: var(--studio-surface); padding: 0.3em 0.6em; border-radius: 6px; }
    @media (max-width: 55.99em) {
      /* On a phone the parts of the feed scroll sideways in one row instead of filling the screen. */
      .sections ul { flex-wrap: nowrap; overflow-x: auto; padding-bottom: 0.3rem; }
      .sections button { white-space: nowrap; }
      main { padding-inline: 0.5rem; }
    }
    @media (max-width: 40em) {
      /* A phone: the title with Save on the first line (Save in reach), then Open and Import, then
         the studio's language and theme, side by side where they fit. */
      .top { gap: 0.5rem; padding: 0.5rem; }
      .tools { display: contents; }
      .top h1 { order: 0; flex: 1 1 0; min-width: 0; font-size: 1.15rem; }
      .top #save { order: 1; margin-left: auto; }
      .top > .file { order: 2; flex-basis: 100%; }
      .tools > .file, .tools > button:not(#save) { order: 3; flex: 1 1 auto; }
      .ui-language, .ui-theme { order: 4; flex: 1 1 auto; }
      .ui-language select, .ui-theme select { flex: 1 1 auto; }
    }
    @media (min-width: 56em) {
      .collection { grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); align-items: start; }
    }
    @media (min-width: 80em) {
      .workspace { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    }
  `,
];

export const previewStyles = [
  shared,
  css`
    :host { display: block; }
    section { background: var(--studio-surface); border: 1px solid var(--studio-border); border-radius: 10px; padding: 1rem; }
    .preview-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin-bottom: 0.8rem; }
    .preview-controls > label { display: flex; flex-direction: column; }
    .toggle { border: 0; padding: 0; margin: 0; display: flex; }
    /* contain: the widgets' absolutely placed parts stay inside the frame (they widened the page on a phone). */
    .frame { border: 1px dashed var(--studio-border); border-radius: 8px; padding: 0.8rem; margin-inline: auto; overflow: auto; max-height: 80vh; contain: paint; }
    .frame.phone { max-width: 360px; }
    .frame.dark { background: #0d1117; color: #e8edf3; color-scheme: dark; }
    .frame.light { background: #fff; color: #1a1f26; color-scheme: light; }
  `,
];
