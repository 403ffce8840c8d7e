import { expect, waitUntil } from '@open-wc/testing';

/**
 * The drop-in files do not carry the validator: they load `tr-validate.js` from beside themselves,
 * only when a page gives its own register or progress data. Uses the built files, as a portal would.
 */
async function page(script: string, body: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><body><script src="${script}"></script>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis };
}

const shown = (win: Window, selector: string) => win.document.querySelector(selector)?.shadowRoot?.textContent ?? '';
const requested = (win: Window & typeof globalThis, name: string) =>
  win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(name));

describe('the validator beside the drop-in files', () => {
  it('is not requested by a page that shows the bundled register', async () => {
    const { frame, win } = await page('/dist/tr-register-summary.iife.js', '<tr-register-summary></tr-register-summary>');
    try {
      await waitUntil(() => shown(win, 'tr-register-summary').includes('浙江省深化产教融合'), 'the bundled register shows');
      expect(requested(win, 'tr-validate.js')).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('loads from beside the script when a widget is given its own register', async () => {
    const { frame, win } = await page(
      '/dist/tr-register-summary.iife.js',
      '<tr-register-summary error-details src="/tests/fixtures/wrong-shape.json"></tr-register-summary>',
    );
    try {
      await waitUntil(() => !!win.document.querySelector('tr-register-summary')?.shadowRoot?.querySelector('[role="alert"]'), 'the check ran');
      expect(requested(win, '/dist/tr-validate.js')).to.equal(true);
      // The register's problems are named in words, from the validator's own messages.
      expect(shown(win, 'tr-register-summary')).to.contain('任务数据不符合数据规范');
    } finally {
      frame.remove();
    }
  });

  it('says in words what to do when the file is missing, instead of failing silently', async () => {
    const { frame, win } = await page(
      '/__test/lonely/tr-register-summary.iife.js',
      '<tr-register-summary error-details src="/src/data/register.json"></tr-register-summary>',
    );
    try {
      await waitUntil(() => shown(win, 'tr-register-summary').includes('tr-validate.js'), 'the missing file is named');
      expect(shown(win, 'tr-register-summary')).to.contain('同一目录');
    } finally {
      frame.remove();
    }
  });
});

describe('the export code beside the drop-in files', () => {
  const gauge = '<tr-kpi-gauge indicator="integration-enterprises" value="268" export></tr-kpi-gauge>';
  const menuOf = (win: Window) => win.document.querySelector('tr-kpi-gauge')?.shadowRoot?.querySelector('[part~="export"] button');

  it('is not requested by a page without the export menu', async () => {
    const { frame, win } = await page('/dist/tr-kpi-gauge.iife.js', '<tr-kpi-gauge indicator="integration-enterprises" value="268"></tr-kpi-gauge>');
    try {
      await waitUntil(() => shown(win, 'tr-kpi-gauge').includes('268'), 'the gauge shows');
      expect(requested(win, 'tr-export.js')).to.equal(false);
      expect(shown(win, 'tr-kpi-gauge')).to.not.contain('导出');
    } finally {
      frame.remove();
    }
  });

  it('loads tr-export.js from beside the script for the menu, and the menu exports a CSV', async () => {
    const { frame, win } = await page('/dist/tr-kpi-gauge.iife.js', gauge);
    try {
      await waitUntil(() => !!menuOf(win), 'the export menu shows', { timeout: 10000 });
      expect(requested(win, '/dist/tr-export.js')).to.equal(true);
      const el = win.document.querySelector('tr-kpi-gauge') as HTMLElement & { exportCsv(): Promise<Blob | null> };
      const csv = await el.exportCsv();
      const bytes = new Uint8Array(await csv!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.contain('268');
    } finally {
      frame.remove();
    }
  });

  it('says in words what to do when tr-export.js is missing, instead of failing silently', async () => {
    const { frame, win } = await page('/__test/lonely/tr-kpi-gauge.iife.js', gauge);
    try {
      const el = win.document.querySelector('tr-kpi-gauge')!;
      const errors: string[] = [];
      el.addEventListener('tr-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
      const csv = await (el as HTMLElement & { exportCsv(): Promise<Blob | null> }).exportCsv();
      expect(csv).to.equal(null);
      await waitUntil(() => errors.some((message) => message.includes('tr-export.js')), 'the missing file is named');
      expect(errors.find((message) => message.includes('tr-export.js'))).to.contain('同一目录');
    } finally {
      frame.remove();
    }
  });
});
