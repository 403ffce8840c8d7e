import { expect, waitUntil } from '@open-wc/testing';
import { alertOf, widgetCases } from './support/widgets.js';

/**
 * The module drop-in (`dist/module/`) and the classic loader beside it (`task-register-widgets.iife.js`),
 * as a portal uses them: built files, on pages served with the strict Content-Security-Policy and
 * Trusted Types. A page loads only the code of the widgets it shows, and the ones added later too.
 */
type PageWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; __console: string[]; __placed?: number };

async function openPage(page: string, query = ''): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  frame.src = `/tests/csp/${page}${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

const rendered = (element: Element | null | undefined): boolean =>
  !!element?.shadowRoot?.querySelector('[part~="base"]') && !element.shadowRoot.querySelector('[part~="loading"]');

/** The script files the page requested, by name without the hash (`kpi-gauge`, `shared`, `task-register-widgets`). */
const requestedScripts = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && path.includes('/dist/'))
    .map((path) => path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$|\.js$/, ''));

const otherWidgets = ['unit-matrix', 'deadline-timeline', 'task-list', 'unit-scorecard', 'register-summary', 'tr-dashboard'];

const states = [
  ...widgetCases.map((widget) => ({ tag: widget.tag, attributes: widget.attributes })),
  ...widgetCases.map((widget) => ({ tag: widget.tag, attributes: { ...widget.attributes, lang: 'en', theme: 'dark' } })),
];

for (const [kind, how] of [
  ['module', '<script type="module" src="…/module/task-register-widgets.js">'],
  ['loader', '<script src="…/task-register-widgets.iife.js"> (the classic loader, no type="module")'],
] as const) {
  describe(`the drop-in through ${how}`, () => {
    it('shows a page with one gauge without requesting the other widgets’ code or the validator, upgrades widgets added later, and checks a register of the page’s own', async () => {
      const { frame, win } = await openPage(`${kind}-gauge.html`);
      try {
        const gauge = win.document.querySelector('tr-kpi-gauge');
        await waitUntil(() => rendered(gauge), 'the gauge did not render', { timeout: 10000 });
        expect(gauge!.shadowRoot!.textContent).to.contain('268');
        const scripts = requestedScripts(win);
        expect(scripts).to.include.members(['task-register-widgets', 'shared', 'register', 'kpi-gauge', 'tr-kpi-gauge']);
        for (const other of [...otherWidgets, 'validation', 'tr-validate']) expect(scripts, other).to.not.include(other);

        // A widget the page adds after load is found and gets its code then.
        const summary = win.document.createElement('tr-register-summary');
        win.document.body.append(summary);
        await waitUntil(() => rendered(summary), 'the summary added later did not render', { timeout: 10000 });
        expect(summary.shadowRoot!.textContent).to.contain('浙江省深化产教融合');
        expect(requestedScripts(win)).to.include('register-summary');
        expect(requestedScripts(win)).to.not.include('unit-matrix');
        expect(requestedScripts(win)).to.not.include('validation');

        // A register of the page's own brings the validator's chunk, which names the register's problems.
        const own = win.document.createElement('tr-register-summary');
        own.setAttribute('src', '/tests/fixtures/wrong-shape.json');
        // The validator's own words are for developers: the widget shows them with error-details.
        own.setAttribute('error-details', '');
        win.document.body.append(own);
        await waitUntil(() => alertOf(own), 'the register of the page was not checked', { timeout: 10000 });
        expect(own.shadowRoot!.textContent).to.contain('任务数据不符合数据规范');
        expect(requestedScripts(win)).to.include('validation');

        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        // One line on the console: the widget's account of the page's bad register (for developers).
        expect(win.__console, win.__console.join('\n')).to.have.length(1);
        expect(win.__console[0]).to.match(/wrong-shape|任务数据不符合数据规范|tr-register-summary/);
      } finally {
        frame.remove();
      }
    });

    it('shows every widget, in zh-CN and en, with a dashboard linking the widgets inside it, with no CSP violation and no error', async () => {
      const { frame, win } = await openPage(`${kind}-widgets.html`, `?cases=${encodeURIComponent(JSON.stringify(states))}`);
      try {
        await waitUntil(() => win.__placed === states.length, 'the page did not place the widgets');
        const widgets = [...win.document.querySelectorAll('#widgets > *, tr-dashboard, tr-dashboard > *')];
        expect(widgets).to.have.length(states.length + 3);
        await waitUntil(() => widgets.every(rendered), 'not every widget rendered', { timeout: 15000 });
        for (const widget of widgets) expect(alertOf(widget), widget.localName).to.equal(null);
        const english = win.document.querySelector('#widgets > tr-register-summary[lang="en"]')!;
        expect(english.shadowRoot!.textContent).to.match(/tasks/i);

        // The widgets inside the dashboard take its date and share its selection.
        const board = win.document.querySelector('tr-dashboard')!;
        const inner = board.querySelector('tr-unit-matrix')! as HTMLElement & { asOf?: string };
        expect(inner.asOf).to.equal('2023-06-30');
        const cell = inner.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"]')!;
        cell.click();
        await waitUntil(() => (board.shadowRoot!.querySelector('[part~="bar"]')?.textContent ?? '').trim() !== '', 'the dashboard shows no selection');

        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__console).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}

describe('the module drop-in, for widgets in a shadow root of the page', () => {
  it('loads them when the page calls loadWithin(root)', async () => {
    const { frame, win } = await openPage('module-shadow.html');
    try {
      await waitUntil(() => (win as PageWindow & { __loadedWithin?: unknown }).__loadedWithin, 'the page script did not run');
      const list = win.document.getElementById('host')!.shadowRoot!.querySelector('tr-task-list');
      await waitUntil(() => rendered(list), 'the task list in the shadow root did not render', { timeout: 10000 });
      expect(requestedScripts(win)).to.include('task-list');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__console).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
