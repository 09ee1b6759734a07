// ESLint (flat config), run by `npm test` with zero warnings allowed. Rules catch real problems
// (TypeScript misuse, Lit template and binding mistakes, inaccessible markup, custom element
// lifecycle bugs), not formatting: Prettier-style layout is left to the editor.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'src/studio/generated/', 'release/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { window: 'readonly', document: 'readonly', console: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // TypeScript checks these itself (with the DOM and Node types): ESLint's copies only misfire.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `!` after a lookup the code has just guaranteed is the project's idiom; `any` is allowed in tests only (below).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // Lit: bindings and templates.
      'lit/no-template-arrow': 'off',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-invalid-html': 'error',
      // Off: `${' — '}` keeps a space the build's template minifier would trim, on purpose.
      'lit/no-useless-template-literals': 'off',
      'lit/no-property-change-update': 'error',
      // Custom elements: lifecycle correctness.
      'wc/guard-super-call': 'off',
      'wc/no-constructor-attributes': 'error',
      'wc/no-self-class': 'error',
      // Widgets report through `console.warn`/`console.error` only; a stray `console.log` is a leftover.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // A click on a modal <dialog>'s backdrop closes it; the keyboard's way is the dialog's own Escape.
    files: ['src/components/event-calendar/*.ts'],
    rules: { 'lit-a11y/click-events-have-key-events': 'off' },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**', 'demo/**', '.storybook/**', '*.config.*'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Storybook takes every named export of a stories file for a story: an exported helper
    // becomes a broken story (a play helper rendered with the story's args).
    files: ['stories/*.stories.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportNamedDeclaration > FunctionDeclaration', message: 'A stories file exports stories only; keep helpers unexported or in stories/helpers.ts.' },
        { selector: 'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[init.type=/FunctionExpression$/]', message: 'A stories file exports stories only; keep helpers unexported or in stories/helpers.ts.' },
      ],
    },
  },
);
