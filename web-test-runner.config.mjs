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

/**
 * `executeServerCommand('emulate-forced-colors', { active, dark })`: Windows high-contrast mode
 * (with a dark or light system palette), which the stock emulate-media command cannot set on
 * this launcher.
 */
function forcedColorsCommand() {
  // Emulation lasts as long as the DevTools session that set it: keep one per test page.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      const cdp = sessions.get(session.id);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'forced-colors', value: payload?.active ? 'active' : 'none' },
          { name: 'prefers-color-scheme', value: payload?.active && payload.dark ? 'dark' : 'light' },
        ],
      });
      if (!payload?.active) {
        await cdp.detach();
        sessions.delete(session.id);
      }
      return true;
    },
  };
}

export default {
  middleware: [testRoutes],
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [forcedColorsCommand(), esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'esnext' })],
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
