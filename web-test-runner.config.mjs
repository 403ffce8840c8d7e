// @web/test-runner: every test file in headless Chromium (the system's, or CHROME_PATH).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './tests/support/count-reporter.mjs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

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
  if (ctx.path.startsWith('/tests/csp/')) ctx.set('Content-Security-Policy', strictCsp);
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
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
