import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { alertOf, createWidget, settled, text, widgetCases } from './support/widgets.js';
import { bundledRegister } from '../src/data/bundled.js';

const publicSentence = {
  'zh-CN': '此处的数据暂时无法显示，请稍后再试。如问题持续存在，请与本网站联系。',
  en: 'The data here cannot be shown at the moment. Please try again later; if the problem persists, contact this website.',
};
const loadSentence = {
  'zh-CN': '数据未能加载。请检查网络连接后刷新页面，或稍后再试。',
  en: 'The data could not be loaded. Check the connection and reload the page, or try again later.',
};
const heading = { 'zh-CN': '无法显示此组件', en: 'This widget cannot be shown' };
/** What the box says, paragraph by paragraph. */
const paragraphs = (box: Element | null) => [...(box?.querySelectorAll('p, li') ?? [])].map(text);

/** A widget with a bad attribute, on a page without `error-details`; resolves with the box and the event. */
async function broken(tag: string, attributes: Record<string, string>, lang: 'zh-CN' | 'en') {
  const widget = widgetCases.find((c) => c.tag === tag)!;
  const frame = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = createWidget(widget, attributes);
  const event = oneEvent(el, 'tr-error') as Promise<CustomEvent<TrErrorDetail>>;
  frame.append(el);
  const { detail } = await event;
  await settled(el);
  await waitUntil(() => alertOf(el), 'the error box shows');
  return { el, frame, box: alertOf(el)!, detail };
}

describe('the error box', () => {
  let warned: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    // Readers' pages: no `error-details` anywhere (the widget tests' support module sets it on the root).
    document.documentElement.removeAttribute('error-details');
    warned = [];
    console.warn = (...args: unknown[]) => void warned.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    document.documentElement.setAttribute('error-details', '');
  });

  describe('errors', () => {
    it('tells readers of every widget a plain sentence, without the attribute, its value or "位置"', async () => {
      for (const { tag } of widgetCases) {
        for (const lang of ['zh-CN', 'en'] as const) {
          const { box, detail } = await broken(tag, { 'as-of': '2025-13-45' }, lang);
          expect(paragraphs(box), `${tag} ${lang}`).to.deep.equal([heading[lang], publicSentence[lang]]);
          expect(text(box)).not.to.contain('as-of');
          expect(text(box)).not.to.contain('2025-13-45');
          expect(text(box)).not.to.match(/位置|Where/);
          // The event still carries every detail, in the widget's language.
          expect(detail.attribute).to.equal('as-of');
          expect(detail.message).to.contain('as-of="2025-13-45"');
          expect(detail.messages.en).to.contain('as-of="2025-13-45"');
        }
      }
    });

    it('writes the details to the console once per problem, for the page’s developer', async () => {
      const { detail } = await broken('tr-kpi-gauge', { indicator: 'no-such-indicator' }, 'en');
      const ours = warned.filter(([message]) => String(message).startsWith('<tr-kpi-gauge>'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.deep.equal([`<tr-kpi-gauge> ${detail.message} (indicator)`]);
      expect(detail.message).to.equal('The register has no indicator with the id "no-such-indicator".');
    });

    it('says a failed load plainly, without the address', async () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const { box, detail } = await broken('tr-register-summary', { src: '/tests/fixtures/missing.json' }, lang);
        expect(paragraphs(box)).to.deep.equal([heading[lang], loadSentence[lang]]);
        expect(text(box)).not.to.contain('missing.json');
        expect(detail.url).to.equal('/tests/fixtures/missing.json');
        expect(detail.status).to.equal(404);
      }
    });

    it('keeps the data paths of an invalid register out of the box and in the event', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('tr-register-summary');
      const event = oneEvent(el, 'tr-error') as Promise<CustomEvent<TrErrorDetail>>;
      el.register = { schemaVersion: 2, title: 1 };
      frame.append(el);
      const { detail } = await event;
      await settled(el);
      expect(paragraphs(alertOf(el))).to.deep.equal([heading.en, publicSentence.en]);
      expect(detail.issues.length).to.be.greaterThan(0);
      expect(detail.issues.map((issue) => issue.path)).to.include('title');
    });

    it('shows the details with `error-details` on the widget, or on an element around it', async () => {
      const own = await broken('tr-kpi-gauge', { indicator: 'integration-enterprise', 'error-details': '' }, 'zh-CN');
      expect(text(own.box)).to.contain('登记表中没有编号为“integration-enterprise”的指标。');
      expect(text(own.box)).to.contain('位置：indicator');
      expect(text(own.box)).to.contain('integration-enterprises');
      expect(text(own.box)).not.to.contain(publicSentence['zh-CN']);

      const around = await fixture<HTMLDivElement>(html`<div error-details lang="en"></div>`);
      const el = document.createElement('tr-unit-scorecard');
      el.setAttribute('limit', '0');
      around.append(el);
      await settled(el);
      await waitUntil(() => alertOf(el), 'the error box shows');
      expect(text(alertOf(el))).to.contain('Attribute limit="0" is invalid').and.contain('Where: limit');

      // Set by script, and taken back: the plain sentence again.
      own.el.removeAttribute('error-details');
      await settled(own.el);
      expect(paragraphs(alertOf(own.el))).to.deep.equal([heading['zh-CN'], publicSentence['zh-CN']]);
    });
  });

  describe('the note of ignored progress reports', () => {
    it('tells readers which report in words, and shows its data path only with `error-details`', async () => {
      const register = bundledRegister();
      const progress = {
        schemaVersion: 1,
        register: register.id,
        tasks: [
          { task: '5', date: '2025-03-01', status: 'inProgress' },
          { task: '999', date: '2025-03-01', status: 'completed' },
        ],
      };
      const frame = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      const el = document.createElement('tr-register-summary');
      el.setAttribute('as-of', '2025-06-30');
      el.progress = progress;
      frame.append(el);
      await settled(el);
      const note = () => el.shadowRoot!.querySelector('[part~="progress-note"]');
      await waitUntil(note, 'the note shows');
      const items = () => [...note()!.querySelectorAll('li')].map(text);
      expect(items()).to.deep.equal(['第2条任务报告：任务清单中没有任务“999”']);
      expect(note()!.querySelector('code')).to.equal(null);
      // The figures still use the report it could read.
      expect(text(el.shadowRoot!)).to.contain('推进中');
      frame.setAttribute('error-details', '');
      el.requestUpdate();
      await settled(el);
      expect(items()).to.deep.equal(['第2条任务报告（tasks[1].task）：任务清单中没有任务“999”']);
    });
  });

  describe('where', () => {
    it('names the task at fault by its number in the box, the event and the console, with the JSON path beside it', async () => {
      const json = JSON.parse(JSON.stringify(bundledRegister())) as { tasks: { units: Record<string, string[]> }[] };
      json.tasks[4]!.units.lead = ['nobody'];
      const frame = await fixture<HTMLDivElement>(html`<div error-details lang="zh-CN"></div>`);
      const el = document.createElement('tr-register-summary');
      const event = oneEvent(el, 'tr-error') as Promise<CustomEvent<TrErrorDetail>>;
      el.register = json;
      frame.append(el);
      const { detail } = await event;
      await settled(el);
      const item = paragraphs(alertOf(el)).find((line) => line.includes('nobody'))!;
      expect(item).to.equal('任务5（tasks[4].units.lead[0]）：引用了不存在的单位 nobody');
      expect(detail.issues.find((issue) => issue.path === 'tasks[4].units.lead[0]')?.place).to.equal('任务5');
      expect(warned.map(([line]) => String(line)).join('\n')).to.contain('任务5 (tasks[4].units.lead[0]): 引用了不存在的单位 nobody');
    });
  });

  describe('accessibility', () => {
    it('is an alert that passes axe, in both forms', async () => {
      const { el, box } = await broken('tr-kpi-gauge', { indicator: 'x' }, 'en');
      expect(box.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      el.setAttribute('error-details', '');
      await settled(el);
      expect(text(alertOf(el))).to.contain('Where: indicator');
      await expect(el).to.be.accessible();
    });
  });
});
