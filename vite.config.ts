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
    plugins: [minifyCssLiterals()],
    esbuild: { charset: 'utf8' },
  };
});
