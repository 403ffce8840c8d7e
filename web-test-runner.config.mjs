import { readFileSync } from 'node:fs';
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


/**
 * Responses a test holds and releases (`tests/support/deferred.ts`), for races the test controls:
 * - `GET /__test/deferred/<key>` waits until the test releases `<key>`, then answers with that body;
 * - `GET /__test/held/<key>` answers once a request for `<key>` is being held;
 * - `POST /__test/release/<key>` (the body to send, its content type) answers every request held for
 *   `<key>`, and returns how many it answered once the bodies were written.
 */
const held = new Map();
const heldWatchers = new Map();

async function deferredRoutes(ctx) {
  const [, route, key] = ctx.path.match(/^\/__test\/(deferred|held|release)\/([\w-]+)$/) ?? [];
  if (!route) return false;
  if (route === 'deferred') {
    const response = await new Promise((resolve) => {
      const waiting = held.get(key) ?? [];
      held.set(key, waiting);
      waiting.push(resolve);
      // The browser gave up (the widget aborted its request): nothing to answer.
      ctx.res.on('close', () => {
        const index = waiting.indexOf(resolve);
        if (index >= 0 && !ctx.res.writableEnded) {
          waiting.splice(index, 1);
          resolve(undefined);
        }
      });
      for (const watcher of heldWatchers.get(key)?.splice(0) ?? []) watcher();
    });
    if (!response) {
      ctx.status = 204;
      return true;
    }
    ctx.type = response.type;
    ctx.body = response.body;
    ctx.res.once('finish', response.written);
    ctx.res.once('close', response.written);
    return true;
  }
  if (route === 'held') {
    if (!held.get(key)?.length) await new Promise((resolve) => heldWatchers.set(key, [...(heldWatchers.get(key) ?? []), resolve]));
    ctx.body = 'held';
    return true;
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  const waiting = held.get(key)?.splice(0) ?? [];
  held.delete(key);
  await Promise.all(waiting.map((resolve) => new Promise((written) => resolve({ body, type: ctx.get('content-type') || 'application/json', written }))));
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ answered: waiting.length });
  return true;
}

/** Routes the reliability tests need: a server that never answers, an oversized body, CSP pages, held responses. */
async function testRoutes(ctx, next) {
  // A drop-in file served from a folder without tr-validate.js beside it.
  const lonely = /^\/__test\/lonely\/([\w.-]+\.iife\.js)$/.exec(ctx.path);
  if (lonely) {
    ctx.type = 'application/javascript';
    ctx.body = readFileSync(new URL(`./dist/${lonely[1]}`, import.meta.url));
    return;
  }
  if (await deferredRoutes(ctx)) return;
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
  // Widgets show the bundled register unless given another, as on a page that loads an entry point.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/src/default-register.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
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
