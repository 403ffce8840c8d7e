import { expect, waitUntil } from '@open-wc/testing';
import { bundledFigures } from './support/registers.js';
import { alertOf, shadowText } from './support/widgets.js';

/**
 * The portal demo (`npm start`), served here with the same strict CSP, as a reader uses it: every
 * widget renders, the language and theme switches reach the widgets, and nothing is blocked after
 * load (csp.test.ts records every widget state from the very first script on).
 */
type DemoWindow = Window & typeof globalThis;

async function openDemo(query = ''): Promise<{ frame: HTMLIFrameElement; win: DemoWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  const violations: string[] = [];
  frame.addEventListener('load', () => {
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  });
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('tr-deadline-timeline')?.shadowRoot, 'demo did not load', { timeout: 10000 });
  const doc = frame.contentDocument!;
  await waitUntil(() => [...doc.querySelectorAll('main *')].filter((el) => el.tagName.startsWith('TR-')).every((el) => el.shadowRoot?.querySelector('[part~="base"]')), 'widgets did not render', { timeout: 10000 });
  (frame as HTMLIFrameElement & { violations: string[] }).violations = violations;
  return { frame, win: frame.contentWindow as DemoWindow, doc };
}

const widgetsOf = (doc: Document) => [...doc.querySelectorAll('main *')].filter((el) => el.tagName.startsWith('TR-'));

describe('the portal demo', () => {
  it('shows every widget, with no error and no CSP violation', async () => {
    const { frame, doc } = await openDemo();
    try {
      const tags = new Set(widgetsOf(doc).map((el) => el.tagName.toLowerCase()));
      expect([...tags].sort()).to.deep.equal([
        'tr-dashboard',
        'tr-deadline-timeline',
        'tr-kpi-gauge',
        'tr-register-summary',
        'tr-task-list',
        'tr-unit-matrix',
        'tr-unit-scorecard',
      ]);
      for (const widget of widgetsOf(doc)) expect(alertOf(widget), widget.tagName).to.equal(null);
      expect(shadowText(doc.querySelector('tr-register-summary')!)).to.contain(`${bundledFigures().tasks}项任务`);
      expect((frame as HTMLIFrameElement & { violations: string[] }).violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('switches every widget to English and to dark with the page’s own buttons', async () => {
    const { frame, win, doc } = await openDemo();
    try {
      const matrix = doc.querySelector('tr-unit-matrix')!;
      const surface = () => win.getComputedStyle(matrix.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
      const lightSurface = surface();
      doc.getElementById('lang-en')!.click();
      doc.getElementById('theme-dark')!.click();
      await waitUntil(() => shadowText(doc.querySelector('tr-register-summary')!).includes('46 tasks'), 'summary not in English');
      await waitUntil(() => widgetsOf(doc).every((el) => !/[任务牵头截至]/.test(shadowText(el).slice(0, 80))), 'not every widget switched');
      expect(shadowText(doc.querySelector('tr-deadline-timeline')!)).to.contain('46 tasks');
      expect(shadowText(matrix)).to.contain('Lead');
      expect(surface()).to.not.equal(lightSurface);
      expect(doc.querySelector('h1')!.textContent).to.equal('Policy implementation');
    } finally {
      frame.remove();
    }
  });

  it('is one linked dashboard: a unit chosen in the scorecard filters the task list, the address keeps it, a reload restores it', async () => {
    const first = await openDemo();
    let reopened: Awaited<ReturnType<typeof openDemo>> | undefined;
    try {
      const { win, doc } = first;
      const scorecard = doc.querySelector('tr-unit-scorecard')!;
      const list = doc.querySelector('tr-task-list')!;
      const count = () => shadowText(list).match(/共\s*(\d+)\s*项(?:，显示\s*(\d+)\s*项)?/);
      await waitUntil(() => scorecard.shadowRoot!.querySelector('button[part~="unit"]'), 'the scorecard lists units');
      await waitUntil(() => count(), 'the task list counts its tasks');
      const all = Number(count()![1]);
      const unit = scorecard.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="unit"]')!;
      const unitId = unit.dataset['unit']!;
      unit.click();
      await waitUntil(() => win.location.hash.includes(`tr-unit=${unitId}`), 'the address keeps the unit');
      await waitUntil(() => count()?.[2] !== undefined && Number(count()![2]) < all, 'the task list follows the unit');
      const filtered = Number(count()![2]);
      expect(shadowText(doc.querySelector('tr-dashboard')!)).to.contain(shadowText(unit).trim());
      reopened = await openDemo(`#tr-unit=${unitId}`);
      const list2 = reopened.doc.querySelector('tr-task-list')!;
      await waitUntil(() => new RegExp(`显示\\s*${filtered}\\s*项`).test(shadowText(list2)), 'a reload restores the filtered list');
    } finally {
      first.frame.remove();
      reopened?.frame.remove();
    }
  });
});
