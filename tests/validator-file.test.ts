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
