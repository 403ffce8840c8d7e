import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/** Collapses whitespace and comments inside Lit `css` literals (the minifier leaves template text alone). */
export function minifyCssLiterals(): Plugin {
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Literals with interpolations are left as they are.
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_, css: string) => `css\`${minify(css)}\``), map: null };
    },
  };
}

/**
 * Collapses each run of whitespace holding a line break inside Lit `html` and `svg` templates to one
 * space: the source's indentation is not content (no template element keeps white space as written).
 */
export function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'collapse-template-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const literals: ts.Node[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
          const template = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(template)) literals.push(template);
          else literals.push(template.head, ...template.templateSpans.map((span) => span.literal));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const literal of literals.reverse()) {
        const start = literal.getStart(source);
        out = out.slice(0, start) + out.slice(start, literal.end).replace(/[ \t]*\n\s*/g, ' ') + out.slice(literal.end);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Two library builds from one entry:
 * - default mode: an ES module for bundler users, with lit, d3 and zod left as imports;
 * - `--mode dropin`: one minified self-contained file for `<script src>` holding every widget and the data
 *   (`scripts/build-dropins.mjs` runs it once for every widget and once per widget).
 */
export default defineConfig(({ mode }) => {
  const dropin = mode === 'dropin';
  return {
    build: {
      target: 'es2021',
      emptyOutDir: !dropin,
      sourcemap: !dropin,
      minify: dropin,
      lib: {
        entry: 'src/index.ts',
        name: 'TaskRegisterWidgets',
        formats: [dropin ? 'iife' : 'es'],
        fileName: () => (dropin ? 'task-register-widgets.iife.js' : 'task-register-widgets.js'),
      },
      rolldownOptions: {
        external: dropin ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^d3-/, /^zod(\/.*)?$/],
        output: { comments: { legal: false } },
      },
    },
    plugins: [minifyCssLiterals(), collapseTemplateWhitespace()],
    esbuild: { charset: 'utf8' },
  };
});
