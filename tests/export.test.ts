import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/index.js';
import { csvField } from '../src/components/base/export.js';
import type { TrElement, TrErrorDetail, TrExportDetail } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';
import { settled } from './support/widgets.js';

const register = bundledRegister();
const asOf = '2025-06-30';

async function widget<T extends TrElement>(tag: string, attributes: Record<string, string> = {}, width = 900): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries({ 'as-of': asOf, ...attributes })) el.setAttribute(name, value);
  box.append(el);
  return settled(el);
}

/** The bytes of a blob. */
const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A CSV file read back as a spreadsheet reader does: UTF-8 (the byte-order mark dropped), RFC 4180 fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

async function csvOf(el: TrElement): Promise<{ raw: Uint8Array; rows: string[][] }> {
  const blob = await el.exportCsv();
  expect(blob, 'a CSV file').to.be.instanceOf(Blob);
  const raw = await bytes(blob!);
  return { raw, rows: parseCsv(new TextDecoder('utf-8').decode(raw)) };
}

const roleLabels = register.roles.filter((role) => register.tasks.some((task) => task.units[role.id]?.length)).map((role) => role.label);

describe('CSV export', () => {
  it('writes fields as RFC 4180 does: commas, quotes and line breaks quoted, quotes doubled', () => {
    expect(csvField('省教育厅')).to.equal('省教育厅');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('他说"好"')).to.equal('"他说""好"""');
    expect(csvField('第一行\n第二行')).to.equal('"第一行\n第二行"');
  });

  it('keeps a text a spreadsheet would run as a formula as text, and a negative number a number', () => {
    expect(csvField('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+86 571')).to.equal("'+86 571");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('-abc')).to.equal("'-abc");
    expect(csvField('-10')).to.equal('-10');
    expect(csvField('+3.5')).to.equal('+3.5');
    expect(csvField('-1,234.5')).to.equal('"-1,234.5"');
    expect(csvField('-12%')).to.equal('-12%');
    expect(csvField('-')).to.equal('-');
  });

  it('starts with the UTF-8 byte-order mark and keeps Chinese intact (the matrix: units by tasks, the role words)', async () => {
    const el = await widget('tr-unit-matrix');
    const { raw, rows } = await csvOf(el);
    expect([...raw.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const [head, ...body] = rows;
    expect(head![0]).to.equal('单位＼任务');
    // The document's task numbers as headers, in the matrix's order.
    expect(head!.slice(1)).to.include.members(register.tasks.map((task) => task.number));
    expect(head!.length).to.equal(register.tasks.length + 1);
    const edu = body.find((row) => row[0] === '省教育厅');
    expect(edu, 'the row of 省教育厅').to.not.equal(undefined);
    // Task 1 is led by 省教育厅 in the register: its cell says so in the document's word.
    expect(edu![head!.indexOf('1')]).to.equal('牵头单位');
    const cells = new Set(body.flatMap((row) => row.slice(1)));
    expect([...cells].filter(Boolean).sort()).to.deep.equal([...roleLabels].sort());
  });

  it('timeline: the document numbers, text, units under the role labels, the deadline as written and the status', async () => {
    const el = await widget('tr-deadline-timeline');
    const { rows } = await csvOf(el);
    expect(rows[0]).to.deep.equal(['序号', '任务', ...roleLabels, '完成期限', '状态']);
    const first = register.tasks[0]!;
    expect(rows[1]!.slice(0, 2)).to.deep.equal([first.number, first.content]);
    expect(rows[1]).to.include('2025年');
    expect(rows).to.have.length(register.tasks.length + 1);
  });

  it('task list: every task the filters keep, over all pages', async () => {
    const el = await widget('tr-task-list', { 'page-size': '10', lang: 'en' });
    const { rows } = await csvOf(el);
    expect(rows[0]).to.deep.equal(['No.', 'Task', ...register.roles.filter((r) => roleLabels.includes(r.label)).map((r) => r.labelEn ?? r.label), 'Deadline', 'Status']);
    expect(rows).to.have.length(register.tasks.length + 1);
    // A unit with no English name stays in Chinese; every Chinese task text arrives as written.
    expect(rows.slice(1).map((row) => row[1])).to.deep.equal(register.tasks.map((task) => task.content));
  });

  it('gauge, summary and scorecard: their figures', async () => {
    const gauge = await widget('tr-kpi-gauge', { indicator: 'integration-enterprises', value: '268' }, 480);
    const g = (await csvOf(gauge)).rows;
    expect(g[0]).to.deep.equal(['指标', '序号', '目标', '当前值', '截至日期', '状态']);
    expect(g[1]![0]).to.equal('产教融合型企业');
    expect(g[1]![3]).to.equal('268家');

    const summary = await widget('tr-register-summary');
    const s = (await csvOf(summary)).rows;
    expect(s[0]).to.deep.equal(['项目', '数量']);
    expect(s).to.deep.include(['项任务', String(register.tasks.length)]);

    const scorecard = await widget('tr-unit-scorecard');
    const c = (await csvOf(scorecard)).rows;
    // The unit column is headed by the document's word for the role counted.
    expect(c[0]![0]).to.equal('牵头单位');
    expect(c.map((row) => row[0])).to.include('省教育厅');
  });
});

describe('SVG and PNG export', () => {
  const svgText = async (el: TrElement) => {
    const blob = await el.exportSvg();
    expect(blob, 'an SVG file').to.be.instanceOf(Blob);
    return blob!.text();
  };

  for (const [tag, attributes, title] of [
    ['tr-kpi-gauge', { indicator: 'integration-enterprises', value: '268' }, '产教融合型企业'],
    ['tr-deadline-timeline', {}, ''],
  ] as const) {
    it(`${tag}: a standalone SVG file with the chart, its title, the as-of date and the source`, async () => {
      const el = await widget(tag, attributes);
      const text = await svgText(el);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const svg = doc.documentElement;
      expect(svg.localName).to.equal('svg');
      const words = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
      if (title) expect(words[0]).to.contain(title);
      else expect(words[0]).to.have.length.greaterThan(2);
      expect(words).to.include('截至 2025年6月30日');
      // The source line wraps to the chart's width (a gauge is at most 22em wide): its lines, joined.
      expect(words.join('')).to.contain(`来源：《${register.title}》${register.subtitle}`);
      // The chart's marks carry their colours with them (no style sheet in the file).
      const marks = [...svg.querySelectorAll('svg svg path, svg svg circle, svg svg line')];
      expect(marks.length).to.be.greaterThan(3);
      expect(marks.every((mark) => mark.hasAttribute('fill') && mark.hasAttribute('stroke'))).to.equal(true);
      expect(text).to.not.contain('foreignObject');
    });
  }

  it('a PNG of the gauge at twice its width, with the PNG signature', async () => {
    const el = await widget('tr-kpi-gauge', { indicator: 'integration-enterprises', value: '268' }, 480);
    const blob = await el.exportPng();
    expect(blob, 'a PNG file').to.be.instanceOf(Blob);
    const raw = await bytes(blob!);
    expect([...raw.slice(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = new DataView(raw.buffer).getUint32(16);
    const dial = el.shadowRoot!.querySelector('svg.dial')!.getBoundingClientRect().width;
    expect(width).to.equal(2 * Math.round(dial));
  });

  it('a widget with no chart offers CSV only: SVG is null and a tr-error says why, nothing thrown', async () => {
    const el = await widget('tr-unit-matrix');
    const error = oneEvent(el, 'tr-error') as Promise<CustomEvent<TrErrorDetail>>;
    expect(await el.exportSvg()).to.equal(null);
    const { detail } = await error;
    expect(detail.message).to.equal('无法导出 SVG：此组件没有图表，只能导出 CSV 表格');
    expect(detail.messages.en).to.contain('CSV');
  });
});

describe('export menu', () => {
  const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];

  it('is absent without the export attribute', async () => {
    const el = await widget('tr-kpi-gauge', { indicator: 'integration-enterprises' });
    expect(part(el, 'export')).to.equal(null);
    el.exportMenu = true;
    await el.updateComplete;
    expect(part(el, 'export')).to.not.equal(null);
  });

  it('opens with the keyboard, moves with the arrows, closes with Escape back on its button', async () => {
    const el = await widget('tr-kpi-gauge', { indicator: 'integration-enterprises', value: '268', export: '' });
    const button = part(el, 'export')!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('导出');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 3, 'the menu opens');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(items(el).map((item) => item.dataset.format)).to.deep.equal(['csv', 'svg', 'png']);
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[2]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('a widget without a chart lists CSV only; choosing it downloads the file and fires tr-export', async () => {
    const el = await widget('tr-unit-matrix', { export: '' });
    const button = part(el, 'export')!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => items(el).length === 1, 'the menu opens');
    expect(items(el)[0]!.textContent).to.contain('CSV');
    const exported = oneEvent(el, 'tr-export') as Promise<CustomEvent<TrExportDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await exported;
    expect(detail.format).to.equal('csv');
    expect(detail.filename).to.equal('tr-unit-matrix-2025-06-30.csv');
    expect([...(await bytes(detail.blob)).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(items(el)).to.have.length(0);
  });
});

describe('export under the strict Content-Security-Policy of the demo', () => {
  it('builds every format from the drop-in file with no violation (PNG needs img-src blob:)', async () => {
    type CspWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; __placed: number };
    const cases = [
      { tag: 'tr-kpi-gauge', attributes: { indicator: 'integration-enterprises', value: '268', export: '' } },
      { tag: 'tr-deadline-timeline', attributes: { export: '' } },
      { tag: 'tr-unit-matrix', attributes: { export: '' } },
    ];
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '800';
    frame.src = `/tests/csp/widgets.html?cases=${encodeURIComponent(JSON.stringify(cases))}`;
    document.body.append(frame);
    try {
      await waitUntil(() => (frame.contentWindow as CspWindow | null)?.__placed === cases.length, 'the CSP page did not load', { timeout: 10000 });
      const win = frame.contentWindow as CspWindow;
      const [gauge, timeline, matrix] = [...win.document.querySelectorAll('#widgets > *')] as TrElement[];
      await waitUntil(() => [gauge, timeline, matrix].every((el) => el!.shadowRoot?.querySelector('[part~="base"]')), 'the widgets render', { timeout: 10000 });
      const files = await Promise.all([gauge!.exportCsv(), gauge!.exportSvg(), gauge!.exportPng(), timeline!.exportPng(), matrix!.exportCsv()]);
      expect(files.map((file) => file?.type)).to.deep.equal(['text/csv;charset=utf-8', 'image/svg+xml;charset=utf-8', 'image/png', 'image/png', 'text/csv;charset=utf-8']);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
