import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/** Only our own TypeScript sources are rewritten; dependencies are left as published. */
const ownSource = /\/src\/.*\.ts$/;

/** What a transform returns: the edited code and a map that points every kept character back to where it was written. */
function edited(s: MagicString, id: string): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!s.hasChanged()) return null;
  return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
}

/**
 * The edits that minify one CSS text, as ranges of that text to drop or to replace by one space: comments
 * go, each run of white space (and comments) becomes one space, or nothing next to `{};,>`, after `:` and at
 * either end, and a `;` right before `}` goes. Every character that stays keeps its place in the source.
 */
export function cssMinifyEdits(css: string): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  // The text with comments and white space runs marked as gaps.
  const gaps: { start: number; end: number; hasSpace: boolean }[] = [];
  let i = 0;
  while (i < css.length) {
    const gapStart = i;
    let hasSpace = false;
    for (;;) {
      if (/\s/.test(css[i] ?? '')) {
        hasSpace = true;
        i++;
      } else if (css.startsWith('/*', i)) {
        const close = css.indexOf('*/', i + 2);
        if (close < 0) break; // an unclosed comment is left as written
        i = close + 2;
      } else break;
    }
    if (i > gapStart) gaps.push({ start: gapStart, end: i, hasSpace });
    else i++;
  }
  const tight = '{};,>';
  for (const gap of gaps) {
    const before = css[gap.start - 1];
    const after = css[gap.end];
    const atEdge = gap.start === 0 || gap.end === css.length;
    const drop = !gap.hasSpace || atEdge || tight.includes(before!) || tight.includes(after!) || before === ':';
    edits.push({ start: gap.start, end: gap.end, text: drop ? '' : ' ' });
  }
  // `;` followed (past any gap) by `}`.
  const gapAt = new Map(gaps.map((gap) => [gap.start, gap.end]));
  for (let k = 0; k < css.length; k++) {
    if (css[k] !== ';') continue;
    const next = gapAt.get(k + 1) ?? k + 1;
    if (css[next] === '}') edits.push({ start: k, end: k + 1, text: '' });
  }
  return edits;
}

/** Collapses white space and comments inside Lit `css` literals (the minifier leaves template text alone). */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!ownSource.test(id) || !code.includes('css`')) return null;
      const s = new MagicString(code);
      // Literals with interpolations are left as they are.
      for (const match of code.matchAll(/\bcss`([^`$]*)`/g)) {
        const textStart = match.index + 'css`'.length;
        for (const edit of cssMinifyEdits(match[1]!)) {
          if (edit.text) s.overwrite(textStart + edit.start, textStart + edit.end, edit.text);
          else s.remove(textStart + edit.start, textStart + edit.end);
        }
      }
      return edited(s, id);
    },
  };
}

/**
 * Collapses each run of white space holding a line break inside Lit `html` and `svg` templates to one
 * space: the source's indentation is not content. A template that contains `<pre`, `<textarea` or
 * `white-space` is left exactly as written, since there the white space may be what the reader sees.
 */
export function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'collapse-template-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!ownSource.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const s = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
          const template = node.template;
          const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          const keepsWhiteSpace = pieces.some((piece) => /<pre\b|<textarea\b|white-space/i.test(piece.getText(source)));
          if (!keepsWhiteSpace) {
            for (const piece of pieces) {
              const start = piece.getStart(source);
              for (const run of code.slice(start, piece.end).matchAll(/[ \t]*\n\s*/g)) {
                s.overwrite(start + run.index, start + run.index + run[0].length, ' ');
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return edited(s, id);
    },
  };
}

/**
 * In the drop-in files the validator and the export menu are not bundled: `base/validator.ts` is
 * replaced by `base/validator.dropin.ts`, which loads `tr-validate.js` from beside the script when
 * needed, and `base/exporter.ts` by `base/exporter.dropin.ts`, which loads `tr-export.js`.
 */
export function validatorBeside(): Plugin {
  return {
    name: 'validator-beside',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const beside = /\/(validator|exporter)\.js$/.exec(source);
      if (!importer || !beside || !/\/src\/(components\/base|drop-in)\//.test(importer)) return null;
      return fileURLToPath(new URL(`./src/components/base/${beside[1]}.dropin.ts`, import.meta.url));
    },
    // A widget's `import('./<widget>.export.js')` becomes the load of `tr-export.js`, which holds every
    // widget's export builder under the same names.
    transform(code, id) {
      if (!/\/src\/components\/[\w-]+\/[\w-]+\.ts$/.test(id) || /\.export\.ts$/.test(id)) return null;
      const call = /import\((['"])\.\/[\w-]+\.export\.js\1\)/g;
      if (code.search(call) < 0) return null;
      const loader = JSON.stringify(fileURLToPath(new URL('./src/components/base/exporter.dropin.ts', import.meta.url)));
      const s = new MagicString(code);
      for (const match of code.matchAll(call)) s.overwrite(match.index, match.index + match[0].length, '__trLoadExporter()');
      s.prepend(`import { loadExporter as __trLoadExporter } from ${loader};\n`);
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * How the module drop-in is split. Lit and the base element (with the data layer and messages it
 * needs) are one chunk, `shared`; the bundled register with the selectors every widget uses is
 * `register`; each widget's own code (element, layout, styles, messages) is a chunk of its own; what
 * two or three widgets share apart from that (d3-array's scales, quantities) is Rolldown's own small
 * chunks; zod and the contracts only the validator's chunk. Measured against grouping every module two
 * chunks use, this gives the unit matrix's page 1.6 KB less, and no page more than seven files.
 */
const sharedModule = /\/node_modules\/(lit|lit-html|lit-element|@lit)\/|\/src\/components\/base\/(?!tooltip|validation|scale|text-metrics|export(?!er))/;
const moduleChunks = {
  minify: true,
  chunkFileNames: (chunk: { moduleIds: string[] }) =>
    chunk.moduleIds.some((id) => id.endsWith('/src/default-register.ts')) ? 'chunks/register-[hash].js' : 'chunks/[name]-[hash].js',
  codeSplitting: { groups: [{ name: 'shared', test: (id: string) => sharedModule.test(id) }] },
};

/**
 * Writes into the module drop-in's entry, for each widget, every chunk its chunk imports, directly or
 * further down (`{"__TR_PRELOADS__":0}` in src/drop-in/module.ts), so that the entry can fetch them
 * together with the widget's chunk instead of one level after another.
 */
export function chunkPreloads(): Plugin {
  const placeholder = '{"__TR_PRELOADS__":0}';
  return {
    name: 'chunk-preloads',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      const below = (fileName: string, seen = new Set<string>()): Set<string> => {
        for (const imported of chunks.get(fileName)?.imports ?? []) {
          if (!seen.has(imported)) {
            seen.add(imported);
            below(imported, seen);
          }
        }
        return seen;
      };
      const table: Record<string, string[]> = {};
      for (const chunk of chunks.values()) {
        const tag = /\/src\/drop-in\/(tr-[\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (tag && chunk.isDynamicEntry) table[tag] = [...below(chunk.fileName)].sort();
      }
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry || entry.code.split(placeholder).length !== 2) throw new Error(`chunk-preloads: the entry must hold ${placeholder} exactly once`);
      entry.code = entry.code.replace(placeholder, JSON.stringify(table));
    },
  };
}

/**
 * The library builds:
 * - default mode: an ES module for bundler users, with lit, d3 and zod left as imports;
 * - `--mode dropin`: one minified self-contained classic file for `<script src>` (`scripts/build-dropins.mjs`
 *   runs it once per widget, for the loader `task-register-widgets.iife.js`, and for `tr-validate.js`);
 * - `--mode dropin-module`: the module drop-in, minified and self-contained, split into chunks that load
 *   from beside its entry (`dist/module/`); the validator is a chunk of its own, imported when needed.
 */
export default defineConfig(({ mode }) => {
  const dropin = mode === 'dropin';
  const dropinModule = mode === 'dropin-module';
  return {
    build: {
      target: 'es2021',
      emptyOutDir: !dropin,
      sourcemap: !dropin && !dropinModule,
      minify: dropin || dropinModule,
      lib: {
        entry: 'src/index.ts',
        name: 'TaskRegisterWidgets',
        formats: [dropin ? 'iife' : 'es'],
        fileName: () => (dropin ? 'task-register-widgets.iife.js' : 'task-register-widgets.js'),
      },
      rolldownOptions: {
        external: dropin || dropinModule ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^d3-/, /^zod(\/.*)?$/],
        output: { comments: { legal: false }, ...(dropinModule ? moduleChunks : {}) },
      },
    },
    plugins: [minifyCssLiterals(), collapseTemplateWhitespace(), ...(dropin ? [validatorBeside()] : []), ...(dropinModule ? [chunkPreloads()] : [])],
    esbuild: { charset: 'utf8' },
  };
});
