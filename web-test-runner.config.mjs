// @web/test-runner: every test file in headless Chromium (the system's, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { strictCsp } from './scripts/csp.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`${error.message}`);
  process.exit(1);
}


/** Routes the reliability tests need: a server that never answers, an oversized body, CSP pages. */
async function testRoutes(ctx, next) {
  if (ctx.path === '/__test/never') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 30_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.body = '{}';
    return;
  }
  if (ctx.path === '/__test/large.json') {
    ctx.type = 'application/json';
    ctx.body = `[${'0,'.repeat(3_000_000)}0]`;
    return;
  }
  await next();
  if (ctx.path.startsWith('/tests/csp/') || ctx.path.startsWith('/demo/')) ctx.set('Content-Security-Policy', strictCsp);
}

export default {
  middleware: [testRoutes],
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'esnext' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...chromiumArgs,
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
