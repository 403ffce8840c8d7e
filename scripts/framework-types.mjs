// `npm run build:frameworks` (after build:types and build:manifest): the elements' typings for
// React and Vue, written from custom-elements.json into dist/types/react.d.ts and dist/types/vue.d.ts.
// The manifest gives each widget's tag, attributes, properties, events and their descriptions; the
// value types are the element classes' own (`TrKpiGauge['asOf']`, from the declarations build:types
// wrote), so a keyword attribute accepts exactly its keywords and a list property an array.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const typesDir = join(root, 'dist', 'types');

/** `tr-select` -> `TrSelect`; `tr-kpi-gauge` -> `TrKpiGauge`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
/** A property key as written in a declaration. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** One JSDoc line from a manifest description. */
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** The widgets of a manifest: tag, class, module, attributes, script-only properties and events. */
export function widgetsOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module: module.path, declaration })));
  const widgets = declarations
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ module, declaration }) => {
      const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName);
      const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
      const properties = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.privacy && !member.readonly && !member.attribute && !withAttribute.has(member.name),
      );
      return { tag: declaration.tagName, className: declaration.name, module, attributes, properties, events: declaration.events ?? [] };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
  // An event the manifest leaves untyped on one widget takes the type the same event has on every
  // other widget that types it, when they agree (tr-error and tr-selection-change carry one detail
  // type across the library); otherwise its detail stays `unknown`.
  const typesOf = new Map();
  for (const widget of widgets) {
    for (const event of widget.events) {
      if (event.type?.text) typesOf.set(event.name, [...(typesOf.get(event.name) ?? []), event.type.text]);
    }
  }
  for (const widget of widgets) {
    widget.events = widget.events.map((event) => {
      const known = [...new Set(typesOf.get(event.name) ?? [])];
      const text = event.type?.text ?? (known.length === 1 ? known[0] : 'CustomEvent<unknown>');
      return { name: event.name, description: event.description ?? '', detail: /^CustomEvent<(.+)>$/.exec(text)?.[1] ?? 'unknown' };
    });
  }
  return widgets;
}

/** Where each exported interface, type and class of the emitted declarations is declared. */
export function exportedNames(dir = typesDir) {
  const found = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.d.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/^export (?:declare )?(?:interface|type|class|abstract class) ([A-Za-z_$][\w$]*)/gm)) {
          if (!found.has(match[1])) found.set(match[1], path);
        }
      }
    }
  };
  walk(dir);
  return found;
}

/** The import lines for the element classes and the event detail types, relative to dist/types. */
function imports(widgets, names) {
  const byFile = new Map();
  const add = (file, name) => byFile.set(file, new Set([...(byFile.get(file) ?? []), name]));
  for (const widget of widgets) {
    add(`./${widget.module.replace(/^src\//, '').replace(/\.ts$/, '.js')}`, widget.className);
    for (const event of widget.events) {
      for (const name of event.detail.match(/\b[A-Z][\w$]*\b/g) ?? []) {
        const file = names.get(name);
        if (!file) throw new Error(`${widget.tag} ${event.name}: no declaration exports ${name}`);
        add(`./${relative(typesDir, file).replace(/\.d\.ts$/, '.js')}`, name);
      }
    }
  }
  return [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, set]) => `import type { ${[...set].sort().join(', ')} } from '${file}';`).join('\n');
}

/** The attribute and property members of one widget, with `attributeType` for an attribute's value. */
function propMembers(widget, indent, attributeType) {
  let out = '';
  for (const attribute of widget.attributes) {
    const type = `${widget.className}['${attribute.fieldName}']`;
    out += doc(attribute.description, indent);
    out += `${indent}${key(attribute.name)}?: ${attributeType(attribute, type)};\n`;
    if (attribute.name !== attribute.fieldName) {
      out += doc(`Property form of \`${attribute.name}\`.`, indent);
      out += `${indent}${key(attribute.fieldName)}?: ${type};\n`;
    }
  }
  for (const property of widget.properties) {
    out += doc(`${property.description ?? ''} (Property only.)`.trim(), indent);
    out += `${indent}${key(property.name)}?: ${widget.className}['${property.name}'];\n`;
  }
  return out;
}

/** A yes/no attribute is written as text: `false` would remove it in React and Vue, which means "the default". */
const attributeValue = (attribute, type) => (attribute.type?.text === 'boolean' ? `'true' | 'false'` : type);

const header = (framework) =>
  `// Generated by scripts/framework-types.mjs from custom-elements.json: the widgets' elements for ${framework}.\n` +
  `// Do not edit; run \`npm run build\`.\n`;

export function reactTypes(widgets, names) {
  let out = `${header('React 18 and 19 (JSX)')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${imports(widgets, names)}\n\n`;
  for (const widget of widgets) {
    out += `/** \`<${widget.tag}>\` in JSX. Event props (\`ontr-select\`) need React 19; with React 18, listen through a \`ref\`. */\n`;
    out += `export interface ${widget.className}JSXProps extends DetailedHTMLProps<HTMLAttributes<${widget.className}>, ${widget.className}> {\n`;
    out += propMembers(widget, '  ', attributeValue);
    for (const event of widget.events) {
      out += doc(event.description, '  ');
      out += `  ${key(`on${event.name}`)}?: (event: CustomEvent<${event.detail}>) => void;\n`;
    }
    out += '}\n\n';
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const widget of widgets) out += `      '${widget.tag}': ${widget.className}JSXProps;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

export function vueTypes(widgets, names) {
  let out = `${header('Vue 3 (templates checked by vue-tsc, and TSX)')}import type { HTMLAttributes, PublicProps } from 'vue';\n${imports(widgets, names)}\n\n`;
  for (const widget of widgets) {
    out += `/** The attributes, properties and event listeners of \`<${widget.tag}>\` (\`@tr-select\` in a template is \`onTrSelect\`). */\n`;
    out += `export interface ${widget.className}VueProps extends HTMLAttributes {\n`;
    out += propMembers(widget, '  ', attributeValue);
    for (const event of widget.events) {
      out += doc(event.description, '  ');
      out += `  ${key(`on${pascal(event.name)}`)}?: (event: CustomEvent<${event.detail}>) => void;\n`;
    }
    out += '}\n\n';
  }
  out += `/** A custom element as Vue's type checker sees a component: the element, with its props as \`$props\`. */\n`;
  out += `export type VueCustomElement<Element extends HTMLElement, Props> = new () => Element & { $props: Props & PublicProps };\n\n`;
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const widget of widgets) out += `    '${widget.tag}': VueCustomElement<${widget.className}, ${widget.className}VueProps>;\n`;
  out += `  }\n  interface IntrinsicElementAttributes {\n`;
  for (const widget of widgets) out += `    '${widget.tag}': ${widget.className}VueProps;\n`;
  out += `  }\n}\n`;
  return out;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const widgets = widgetsOf(manifest);
  const names = exportedNames(typesDir);
  writeFileSync(join(typesDir, 'react.d.ts'), reactTypes(widgets, names));
  writeFileSync(join(typesDir, 'vue.d.ts'), vueTypes(widgets, names));
  console.log(`framework types: ${widgets.length} elements -> dist/types/react.d.ts, dist/types/vue.d.ts`);
}
