import { defineConfig } from 'vite';

/**
 * Two library builds from one entry:
 * - default mode: an ES module for bundler users, with lit, d3 and zod left as imports;
 * - `--mode dropin`: one minified self-contained file for `<script src>` holding every widget and the data.
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
    esbuild: { charset: 'utf8' },
  };
});
