#!/usr/bin/env node
/**
 * Types and editor data for the widgets, generated from custom-elements.json (run by
 * `npm run build` after the manifest; shipped in dist/frameworks/):
 *   react.d.ts            React 19 JSX: every tag with its attributes, properties and
 *                         `on<event-name>` listeners (React 19 adds a listener for a prop
 *                         "on" + the exact event name), typed with the events' detail
 *   vue.d.ts              Vue 3 GlobalComponents: the same for templates (`@baltic-feed-load`)
 *   html-data.json        VS Code custom HTML data (html.customData)
 *   web-types.json        JetBrains web-types (WebStorm, IntelliJ)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const outDir = new URL('dist/frameworks/', root);

/**
 * The values of a field whose type is a union of string literals behind an alias the manifest
 * only names (`Theme`, `CalendarView`, `MapConsent`), read from the package's own declarations
 * (dist/esm, built before this script) so that editors can offer `auto`, `light`, `dark`.
 */
const entry = fileURLToPath(new URL('dist/esm/index.d.ts', root));
const program = ts.createProgram([entry], { strict: true, skipLibCheck: true, noEmit: true, types: [], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)));
function literalUnion(className, field) {
  let symbol = exported.find((candidate) => candidate.name === className);
  if (!symbol || !field) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const property = checker.getDeclaredTypeOfSymbol(symbol).getProperty(field);
  if (!property) return undefined;
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  const parts = type.isUnion() ? type.types : [type];
  return parts.length > 1 && parts.every((part) => part.isStringLiteral()) ? parts.map((part) => `'${part.value}'`).join(' | ') : undefined;
}

/** Every widget: its tag, class, description, attributes, public writable properties and events. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    description: (declaration.summary || declaration.description || '').trim(),
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      field: attribute.fieldName,
      type: literalUnion(declaration.name, attribute.fieldName) ?? attribute.type?.text ?? 'string',
      description: attribute.description ?? '',
      default: attribute.default,
    })),
    properties: (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && !member.readonly && !member.privacy?.match(/private|protected/) && !member.name.startsWith('#'),
    ),
    events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent = '    ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
/** What an attribute takes in markup: its value as text, booleans present or absent. */
const attributeType = (type) => (/^boolean$/.test(type) ? 'boolean' : /\bnumber\b/.test(type) ? 'number | string' : 'string');
/** The event object of an event, from the package's own GlobalEventHandlersEventMap declarations. */
const eventType = (name) => `GlobalEventHandlersEventMap['${name}']`;

function propsInterface(element, eventProp) {
  const lines = [];
  for (const attribute of element.attributes) {
    // A name that is also the property (`theme`, `festival`): frameworks set the property, so it takes the property's type.
    const type = attribute.field === attribute.name ? `${element.className}[${JSON.stringify(attribute.field)}]` : attributeType(attribute.type);
    lines.push(doc(`${attribute.description} (attribute)`) + `    ${quote(attribute.name)}?: ${type};`);
  }
  const attributeNames = new Set(element.attributes.map((attribute) => attribute.name));
  for (const property of element.properties) {
    if (attributeNames.has(property.name)) continue;
    lines.push(doc(`${property.description ?? ''} (property)`) + `    ${quote(property.name)}?: ${element.className}[${JSON.stringify(property.name)}];`);
  }
  for (const event of element.events) {
    lines.push(doc(event.description) + `    ${quote(eventProp(event.name))}?: (event: ${eventType(event.name)}) => void;`);
  }
  return lines.join('\n');
}

const header = `// Generated by scripts/framework-types.mjs from custom-elements.json (baltic-widgets ${version}). Do not edit.\n`;
const classImports = `import type { ${[...new Set(elements.map((element) => element.className))].join(', ')} } from 'baltic-widgets';\n`;

const react = `${header}${classImports}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** What every widget takes in React 19 besides its own props (\`class\`, not \`className\`, reaches a custom element as written). */
type BalticHostProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & { class?: string };

${elements
  .map((element) => `export interface ${pascal(element.tag)}Props extends BalticHostProps<${element.className}> {\n${propsInterface(element, (name) => `on${name}`)}\n}`)
  .join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      '${element.tag}': ${pascal(element.tag)}Props;`).join('\n')}
    }
  }
}
`;

const camelHandler = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
const vue = `${header}${classImports}import type { DefineComponent, HTMLAttributes } from 'vue';

/**
 * What every widget takes in Vue besides its own props: what any HTML element takes (\`id\`,
 * \`title\`, \`aria-*\`, \`@click\`…) and \`data-*\` attributes (written \`dataTest\` once vue-tsc has read them).
 */
type BalticHostProps<P> = P & Omit<HTMLAttributes, keyof P> & { [name: \`data-\${string}\` | \`data\${Capitalize<string>}\`]: unknown };

${elements
  .map((element) => `export interface ${pascal(element.tag)}VueProps {\n${propsInterface(element, camelHandler)}\n}`)
  .join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `    '${element.tag}': DefineComponent<BalticHostProps<${pascal(element.tag)}VueProps>>;`).join('\n')}
  }
}
`;

const htmlData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: element.description,
    attributes: element.attributes.map((attribute) => {
      const values = [...attribute.type.matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] }));
      return {
        name: attribute.name,
        description: attribute.description,
        ...(attribute.type === 'boolean' ? { valueSet: 'v' } : values.length ? { values } : {}),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: 'baltic-widgets',
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tag,
        description: element.description,
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default !== undefined ? { default: attribute.default } : {}),
          value: attribute.type === 'boolean' ? { type: 'boolean', required: false } : { type: attribute.type },
        })),
        js: {
          properties: element.properties.map((property) => ({ name: property.name, description: property.description ?? '', type: property.type?.text })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
        },
      })),
    },
  },
};

await mkdir(outDir, { recursive: true });
await Promise.all([
  writeFile(new URL('react.d.ts', outDir), react),
  writeFile(new URL('vue.d.ts', outDir), vue),
  writeFile(new URL('html-data.json', outDir), `${JSON.stringify(htmlData, null, 2)}\n`),
  writeFile(new URL('web-types.json', outDir), `${JSON.stringify(webTypes, null, 2)}\n`),
]);
console.log(`dist/frameworks: React, Vue, VS Code and JetBrains data for ${elements.length} elements`);
