import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { registerJson } from './support/registers.js';
import { deferredResponse } from './support/deferred.js';
import { alertOf, createWidget, settled, shadowText, widgetCases, type WidgetCase } from './support/widgets.js';

/** Uncaught errors and unhandled rejections seen on the page while a test runs. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
beforeEach(() => (uncaught.length = 0));
afterEach(() => expect(uncaught, 'uncaught errors').to.deep.equal([]));

const blobUrl = (text: string, type = 'application/json') => URL.createObjectURL(new Blob([text], { type }));

/** Attaches a widget, collecting its tr-error events. */
function mount(widget: WidgetCase, extra: Record<string, string> = {}) {
  const element = createWidget(widget, extra);
  const errors: TrErrorDetail[] = [];
  element.addEventListener('tr-error', (event) => errors.push((event as CustomEvent<TrErrorDetail>).detail));
  document.body.append(element);
  return { element, errors };
}

const badSources: { name: string; src: () => string; code: string; shows: RegExp; extra?: Record<string, string> }[] = [
  { name: 'a src that 404s', src: () => '/tests/fixtures/missing-register.json', code: 'http', shows: /HTTP 404/ },
  { name: 'a src that never answers', src: () => '/__test/never', code: 'timeout', shows: /超时/, extra: { 'load-timeout': '1' } },
  { name: 'a src that returns HTML', src: () => '/tests/fixtures/page.html', code: 'not-json', shows: /HTML/ },
  { name: 'a src with invalid JSON', src: () => '/tests/fixtures/broken.json', code: 'not-json', shows: /不是有效的 JSON/ },
  { name: 'a register of the wrong shape', src: () => '/tests/fixtures/wrong-shape.json', code: 'invalid-register', shows: /tasks\[0\]\.number/ },
  {
    name: 'a register with a dangling unit reference',
    src: () => blobUrl(registerJson((r) => (r.tasks[7]!.units.participant = ['ghost-unit']))),
    code: 'invalid-register',
    shows: /tasks\[7\]\.units\.participant\[0\].*ghost-unit/,
  },
  {
    name: 'a register with a task that names no unit',
    src: () => blobUrl(registerJson((r) => (r.tasks[3]!.units = {}))),
    code: 'invalid-register',
    shows: /tasks\[3\]\.units/,
  },
  { name: 'a src larger than the size limit', src: () => '/__test/large.json', code: 'too-large', shows: /超过大小上限/ },
];

for (const widget of widgetCases) {
  describe(`<${widget.tag}> under bad input`, () => {
    describe('errors', () => {
      for (const bad of badSources) {
        it(`${bad.name}: a localized alert, one tr-error, recovery when fixed`, async () => {
          const { element, errors } = mount(widget, { src: bad.src(), ...bad.extra });
          try {
            await waitUntil(() => alertOf(element), `no alert for ${bad.name}`, { timeout: 5000 });
            expect(alertOf(element)!.textContent).to.match(bad.shows);
            expect(errors.map((e) => e.code)).to.deep.equal([bad.code]);
            element.setAttribute('lang', 'en');
            await waitUntil(() => /cannot be shown/.test(alertOf(element)?.textContent ?? ''));
            expect(errors, 'a language change is not a new error').to.have.length(1);
            element.removeAttribute('src');
            await waitUntil(() => !alertOf(element), 'did not recover');
            expect(shadowText(element).length).to.be.greaterThan(20);
          } finally {
            element.remove();
          }
        });
      }

      it('garbage in as-of and load-timeout names the attribute, then recovers', async () => {
        const { element, errors } = mount(widget, { 'as-of': '2025-13-45' });
        try {
          await waitUntil(() => alertOf(element));
          expect(alertOf(element)!.textContent).to.contain('as-of="2025-13-45"');
          element.setAttribute('as-of', '2025-06-30');
          await waitUntil(() => !alertOf(element));
          element.setAttribute('load-timeout', 'abc');
          element.setAttribute('src', '/tests/fixtures/wrong-shape.json');
          await waitUntil(() => alertOf(element));
          expect(alertOf(element)!.textContent).to.contain('load-timeout="abc"');
          expect(errors.map((e) => e.attribute)).to.deep.equal(['as-of', 'load-timeout']);
        } finally {
          element.remove();
        }
      });

      it('changing src quickly shows only the last register; earlier loads never paint late', async () => {
        const first = deferredResponse('earliest');
        const missing = deferredResponse('missing');
        const { element, errors } = mount(widget, { src: '/__test/never' });
        try {
          element.setAttribute('src', first.url);
          element.setAttribute('src', missing.url);
          element.setAttribute('src', blobUrl(registerJson()));
          await waitUntil(() => shadowText(element).length > 20 && !shadowText(element).includes('正在加载'));
          // The earlier loads answer only now, after the last one is shown: a register, then a body that is not JSON.
          await first.release(registerJson((r) => (r.title = '最早的方案')));
          await missing.release('not found', 'text/plain');
          await settled(element);
          expect(alertOf(element)).to.equal(null);
          expect(errors).to.deep.equal([]);
          expect(shadowText(element)).not.to.contain('最早的方案');
        } finally {
          element.remove();
        }
      });
    });
  });
}
