import { defineConfig } from 'vite';

// Storybook's own Vite config: the library builds in ../vite.config.ts must not apply here.
export default defineConfig({
  esbuild: { charset: 'utf8' },
});
