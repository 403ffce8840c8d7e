/**
 * How each widget's Docs page reads the custom-elements manifest (generated from the widgets' JSDoc
 * headers): what the widget is (its `@summary`), one live example with its controls, and the API
 * table grouped as a page developer uses it: attributes (named as written in HTML, with their
 * allowed values), properties set by script, events, `::part()` names and CSS custom properties.
 */
import { createElement, Fragment } from 'react';
import { Controls, Description, Primary, Stories, Title } from '@storybook/addon-docs/blocks';
import type { ArgTypes, ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  fieldName?: string;
  attribute?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  type?: { text?: string };
  default?: string;
}

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}

export interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** The table's groups, in the words the README and the JSDoc use. */
export const category = {
  attributes: 'attributes',
  properties: 'properties (set by script)',
  events: 'events',
  parts: 'CSS parts',
  cssProperties: 'CSS custom properties',
  story: 'story settings (not attributes)',
} as const;

/**
 * The manifest as the docs read it: only the public API; a widget's description is its `@summary`
 * (the analyzer keeps that apart from the description, which the headers leave empty); parts are
 * named as a page writes them (`::part(value)`), so a part never takes the place of the attribute
 * of the same name (`value`, `label`, `as-of`) in the table; properties that only mirror an
 * attribute are left to the attribute's row.
 */
export function docsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
        members: declaration.members?.filter(
          (member) => !member.static && (member.privacy ?? 'public') === 'public' && member.kind === 'field' && !member.attribute,
        ),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

/** Labels for radio options a reader cannot see, such as the empty "unset" value. */
const optionLabels: Record<string, string> = { '': '(unset)' };

/**
 * Puts each story arg under its attribute: a story's `asOf` arg is the row of `as-of`, with that
 * attribute's description, type and default (and the story's control); story-only args go to their
 * own group; the manifest's categories get the names above.
 */
export function attributeArgTypes(manifest: Manifest): ArgTypesEnhancer {
  const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => [d.tagName, d]));
  const renamed: Record<string, string> = {
    attributes: category.attributes,
    properties: category.properties,
    events: category.events,
    'css shadow parts': category.parts,
    'css custom properties': category.cssProperties,
  };
  return (context) => {
    const argTypes: ArgTypes = { ...context.argTypes };
    const declaration = typeof context.component === 'string' ? declarations.get(context.component) : undefined;
    if (!declaration) return argTypes;
    const args = (context as { initialArgs?: Record<string, unknown> }).initialArgs ?? {};
    for (const attribute of declaration.attributes ?? []) {
      const field = attribute.fieldName;
      if (!field || field === attribute.name || !(field in args || field in argTypes)) continue;
      const row = { ...(argTypes[attribute.name] as StrictInputType | undefined), ...(argTypes[field] as StrictInputType | undefined) };
      argTypes[field] = {
        ...row,
        name: attribute.name,
        type: row.type ?? { name: 'string' },
        description: attribute.description ?? row.description,
        table: {
          ...row.table,
          category: category.attributes,
          type: { summary: attribute.type?.text ?? 'string' },
          defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
        },
      };
      delete argTypes[attribute.name];
    }
    // Story args the manifest does not know (a frame width, sample data) get a row in their own group.
    for (const key of Object.keys(args)) if (!(key in argTypes)) argTypes[key] = { name: key, table: { category: category.story } };
    for (const [key, value] of Object.entries(argTypes)) {
      const arg = value as StrictInputType;
      const current = arg.table?.category;
      const table = { ...arg.table, category: current ? (renamed[current] ?? current) : category.story };
      // An attribute with a few allowed values names them as its type ('' | 'light' | 'dark' | 'auto').
      if (table.category === category.attributes && Array.isArray(arg.options) && arg.options.length <= 8) {
        table.type = { summary: arg.options.map((option) => `'${String(option)}'`).join(' | ') };
      }
      const control = typeof arg.control === 'string' ? { type: arg.control } : arg.control && typeof arg.control === 'object' ? arg.control : undefined;
      const options = arg.options as unknown[] | undefined;
      const labels = options?.some((option) => typeof option === 'string' && option in optionLabels)
        ? { labels: { ...optionLabels, ...(control as { labels?: Record<string, string> } | undefined)?.labels } }
        : {};
      // Events, parts and custom properties are documented, not controlled from the table.
      const documented = ([category.events, category.parts, category.cssProperties, category.properties] as string[]).includes(String(table.category));
      argTypes[key] = {
        ...arg,
        table,
        ...(documented ? { control: false } : control && Object.keys(labels).length ? { control: { ...control, ...labels } } : {}),
      };
    }
    // The groups in the order a page developer needs them; within a group, the manifest's order.
    const order: string[] = [category.attributes, category.properties, category.events, category.cssProperties, category.parts, category.story];
    const rank = (arg: StrictInputType) => {
      const at = order.indexOf(String(arg.table?.category));
      return at < 0 ? order.length : at;
    };
    const attributeOrder = (declaration.attributes ?? []).map((attribute) => attribute.name);
    const within = (arg: StrictInputType) => {
      const at = attributeOrder.indexOf(arg.name);
      return at < 0 ? attributeOrder.length : at;
    };
    const entries = Object.entries(argTypes) as [string, StrictInputType][];
    entries.sort(([, a], [, b]) => rank(a) - rank(b) || within(a) - within(b));
    return Object.fromEntries(entries);
  };
}

/** Stories shown on a Docs page below the example: the language and the dark theme; the rest are in the sidebar. */
const docsPageStories = new Set(['English', 'Dark']);

/** `parameters.docs.stories.filter`: which stories the Docs page's Stories block shows. */
export const docsPageStory = (story: { name: string }) => docsPageStories.has(story.name);

/** A widget's Docs page: its name and description, the live example with the API table, the language and dark examples. */
export function docsPage() {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Description),
    createElement(Primary),
    createElement(Controls),
    // The primary story is above; the filter (parameters.docs.stories.filter) leaves it out here.
    createElement(Stories, { title: 'Examples' }),
  );
}
