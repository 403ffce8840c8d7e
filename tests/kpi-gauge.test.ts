import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { KpiGaugeSelectDetail, TrKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { maxWidthEm } from '../src/components/kpi-gauge/kpi-gauge.layout.js';
import { bundledRegister } from '../src/data/bundled.js';
import { parseIsoDate } from '../src/data/query.js';
import { indicatorById } from '../src/data/selectors.js';
import { judgeStatus } from '../src/data/indicator-status.js';
import { gaugeQuantity } from '../src/i18n/kpi-gauge.js';
import { formatQuantity } from '../src/i18n/quantity.js';
import * as stories from '../stories/kpi-gauge.stories.js';
import { alertOf, collapse as clean, root, settled } from './support/widgets.js';

const register = bundledRegister();
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const partText = (el: Element, name: string) => clean(part(el, name)?.textContent);
const meter = (el: Element) => root(el).querySelector<HTMLElement>('.meter')!;
const deg = (radians: number) => (radians * 180) / Math.PI;
/** The angle of the outer end of a marker line, as d3 measures it (clockwise from 12 o'clock). */
const lineAngle = (line: Element) => deg(Math.atan2(Number(line.getAttribute('x2')), -Number(line.getAttribute('y2'))));

async function gauge(attributes: Record<string, string>, width = 480): Promise<TrKpiGauge> {
  const frame = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('tr-kpi-gauge');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  frame.append(el);
  await el.updateComplete;
  // Wait for the width to be measured and laid out (at most maxWidthEm of 16 px text).
  const laidOut = Math.min(width, maxWidthEm * 16);
  await waitUntil(() => !!alertOf(el) || root(el).querySelector<SVGSVGElement>('svg.dial')?.viewBox.baseVal.width === laidOut);
  return el;
}

function collectErrors(el: Element): CustomEvent<TrErrorDetail>[] {
  const errors: CustomEvent<TrErrorDetail>[] = [];
  el.addEventListener('tr-error', (e) => errors.push(e as CustomEvent<TrErrorDetail>));
  return errors;
}

describe('<tr-kpi-gauge>', () => {
  describe('rendering', () => {
    it('shows an "at least" target: value, target with comparator and year, share, and the marker at its angle', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', 'as-of': '2025-06-30' });
      expect(partText(el, 'label')).to.equal('产教融合型企业');
      expect(partText(el, 'value-text')).to.equal('268家');
      expect(partText(el, 'target-text')).to.equal('目标 ≥ 300家 · 2025年');
      expect(partText(el, 'share')).to.equal('完成89%');
      expect(partText(el, 'status')).to.equal('推进中');
      // Scale 0–400: the target at 300 sits at −120° + ¾·240° = 60°; the value arc covers 268/400.
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(60, 0.2);
      expect(part(el, 'value')!.getAttribute('stroke-dasharray')).to.equal('0 0 670 2000');
      expect([...root(el).querySelectorAll('.end-label')].map((t) => t.textContent)).to.deep.equal(['0', '400']);
      expect(root(el).querySelector('.target-label')!.textContent).to.equal('300');
      expect(part(el, 'band')).to.equal(null);
    });

    it('shows an "exactly" target without a comparator sign', async () => {
      const el = await gauge({ indicator: 'hq-higher-vocational-colleges', value: '15', 'as-of': '2023-12-31' });
      expect(partText(el, 'value-text')).to.equal('15所');
      expect(partText(el, 'target-text')).to.equal('目标 15所 · 2023年');
      expect(partText(el, 'share')).to.equal('完成100%');
      expect(partText(el, 'status')).to.equal('达标');
      // Scale 0–20: 15 is at 60°.
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(60, 0.2);
    });

    it('shows an "about" target with its ±10% tolerance band', async () => {
      const el = await gauge({ indicator: 'mixed-ownership-colleges', value: '9', 'as-of': '2025-06-30' });
      expect(partText(el, 'target-text')).to.equal('目标 ≈ 10所 · 2025年');
      expect(partText(el, 'status')).to.equal('达标');
      const band = part(el, 'band')!;
      expect(band.classList.contains('band-tolerance')).to.equal(true);
      expect(meter(el).getAttribute('aria-valuetext')).to.contain('目标10所左右（9至11所）');
      // Scale 0–14.
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(-120 + (10 / 14) * 240, 0.2);
    });

    it('shows an "at most" target as a cap, with the zone above it hatched', async () => {
      const el = await gauge({ indicator: 'performance-pay-increase', value: '30', 'as-of': '2025-06-30' });
      expect(partText(el, 'value-text')).to.equal('30%');
      expect(partText(el, 'target-text')).to.equal('目标 ≤ 50% · 2025年');
      expect(partText(el, 'share')).to.equal('为上限的60%');
      expect(partText(el, 'status')).to.equal('未超上限');
      expect(part(el, 'band')!.classList.contains('band-cap')).to.equal(true);
      expect([...root(el).querySelectorAll('.end-label')].map((t) => t.textContent)).to.deep.equal(['0%', '100%']);
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(0, 0.2);
    });

    it('shows a range with a marker at each end and a band between', async () => {
      const el = await gauge({ indicator: 'advanced-manufacturing-training-bases', value: '2', 'as-of': '2024-06-30' });
      expect(partText(el, 'target-text')).to.equal('目标 3–5家 · 2024年');
      expect(partText(el, 'share')).to.equal('达下限的67%');
      const markers = [...root(el).querySelectorAll('[part~="target"]')];
      expect(markers.map((m) => Math.round(lineAngle(m)))).to.deep.equal([Math.round(-120 + (3 / 7) * 240), Math.round(-120 + (5 / 7) * 240)]);
      expect(part(el, 'band')!.classList.contains('band-range')).to.equal(true);
      el.value = '4';
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('达标');
      expect(part(el, 'share')).to.equal(null);
    });

    it('reads a ratio as a ratio and 万元 as money', async () => {
      const ratio = await gauge({ indicator: 'training-to-degree-ratio', value: '1.3', 'as-of': '2023-06-30' });
      expect(partText(ratio, 'value-text')).to.equal('1.3：1');
      expect(partText(ratio, 'target-text')).to.equal('目标 ≥ 1.2：1 · 2023年');
      expect(partText(ratio, 'status')).to.equal('达标');
      const money = await gauge({ indicator: 'funding-per-student', value: '1.1', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(money, 'value-text')).to.equal('CNY 11,000');
      expect(partText(money, 'target-text')).to.equal('Target ≥ CNY 12,000 · 2025');
      expect(partText(money, 'share')).to.equal('92% of target');
      expect(root(money).querySelector('.target-label')!.textContent).to.equal('12,000');
    });

    it('shows the target alone when no value is given, never a zero', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', 'as-of': '2025-06-30' });
      expect(part(el, 'value-text')).to.equal(null);
      expect(part(el, 'value')).to.equal(null);
      expect(part(el, 'share')).to.equal(null);
      const center = part(el, 'center')!;
      expect([...center.querySelectorAll('p')].map((p) => clean(p.textContent))).to.deep.equal(['目标', '≥ 300家', '2025年']);
      expect(partText(el, 'target-text')).to.equal('≥ 300家');
      expect(partText(el, 'status')).to.equal('暂无数据');
      expect(clean(root(el).textContent)).not.to.match(/(^|\D)0家/);
    });

    it('marks the value expected by now when a baseline is given', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'baseline-year': '2023', 'as-of': '2025-06-30' });
      expect(part(el, 'expected')).not.to.equal(null);
      expect(partText(el, 'status')).to.equal('进度落后 应达 283家');
    });

    it('renders every indicator of the bundled register, with and without a value', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      for (const indicator of register.indicators) {
        const goal = indicator.comparator === 'range' ? indicator.min : indicator.target;
        for (const value of [String(goal * 0.8), '']) {
          for (const lang of ['zh-CN', 'en']) {
            const el = document.createElement('tr-kpi-gauge');
            const errors = collectErrors(el);
            el.setAttribute('indicator', indicator.id);
            el.setAttribute('lang', lang);
            el.setAttribute('as-of', '2024-06-30');
            if (value) el.setAttribute('value', value);
            frame.replaceChildren(el);
            await el.updateComplete;
            const what = `${indicator.id} ${lang} value=${value || '(none)'}`;
            expect(errors, what).to.have.length(0);
            expect(alertOf(el), what).to.equal(null);
            expect(partText(el, 'label'), what).to.equal(lang === 'en' ? (indicator.labelEn ?? indicator.label) : indicator.label);
            expect(root(el).querySelectorAll('[part~="target"]').length, what).to.equal(indicator.comparator === 'range' ? 2 : 1);
            expect(!!part(el, 'value'), what).to.equal(value !== '');
            const spoken = meter(el).getAttribute(value ? 'aria-valuetext' : 'aria-label')!;
            expect(spoken, what).to.contain(lang === 'en' ? (indicator.labelEn ?? indicator.label) : indicator.label);
            expect(spoken, what).not.to.contain('NaN').and.not.contain('undefined');
            expect(clean(root(el).textContent), what).not.to.contain('NaN');
          }
        }
      }
    });
  });

  describe('stories', () => {
    const { default: meta, ...named } = stories;
    it('has a story per comparator kind and status, and more', () => {
      expect(Object.keys(named).length).to.be.at.least(20);
    });
    for (const [name, story] of Object.entries(named)) {
      const isError = /error/i.test((story as { name?: string }).name ?? name);
      it(`renders the ${name} story ${isError ? 'as an alert' : 'as a gauge'}, and passes axe`, async () => {
        const args = { ...meta.args, ...(story as { args?: Partial<typeof meta.args> }).args };
        const wrapper = await fixture<HTMLElement>(html`<div>${meta.render(args)}</div>`);
        const el = wrapper.querySelector('tr-kpi-gauge')!;
        // A story with a progress file shows its loading state until the file is checked.
        await waitUntil(() => alertOf(el) || root(el).querySelector('.meter'), `${name} rendered`, { timeout: 5000 });
        expect(!!alertOf(el)).to.equal(isError);
        if (!isError) expect(meter(el)).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('status', () => {
    const enterprises = indicatorById(register, 'integration-enterprises')!;
    const at = (date: string) => parseIsoDate(date)!;

    it('judges every status at chosen dates (pure)', () => {
      const pace = { baseline: 200, baselineYear: 2023 };
      expect(judgeStatus(enterprises, null, pace, at('2025-06-30')).status).to.equal('no-data');
      expect(judgeStatus(enterprises, 320, null, at('2025-06-30')).status).to.equal('achieved');
      expect(judgeStatus(enterprises, 268, null, at('2025-06-30')).status).to.equal('in-progress');
      expect(judgeStatus(enterprises, 268, null, at('2025-12-31')).status).to.equal('in-progress');
      expect(judgeStatus(enterprises, 268, null, at('2026-01-01')).status).to.equal('overdue');
      expect(judgeStatus(enterprises, 320, null, at('2027-01-01')).status).to.equal('achieved');
      // Straight line from 200 on 2023-01-01 to 300 on 2026-01-01 (1096 days).
      const behind = judgeStatus(enterprises, 268, pace, at('2025-06-30'));
      expect(behind.status).to.equal('behind');
      expect(behind.expected).to.be.closeTo(200 + (100 * 911) / 1096, 1e-9);
      const onTrack = judgeStatus(enterprises, 268, pace, at('2024-06-30'));
      expect(onTrack.status).to.equal('on-track');
      expect(onTrack.expected).to.be.closeTo(200 + (100 * 546) / 1096, 1e-9);
      expect(judgeStatus(enterprises, 268, pace, at('2022-06-30')).expected).to.equal(200);
      const cap = indicatorById(register, 'performance-pay-increase')!;
      expect(judgeStatus(cap, 50, null, at('2030-01-01')).status).to.equal('within-cap');
      expect(judgeStatus(cap, 50.5, null, at('2024-01-01')).status).to.equal('over-cap');
      const about = indicatorById(register, 'mixed-ownership-colleges')!;
      expect(judgeStatus(about, 9, null, at('2025-01-01')).status).to.equal('achieved');
      expect(judgeStatus(about, 11, null, at('2025-01-01')).status).to.equal('achieved');
      expect(judgeStatus(about, 12, null, at('2025-01-01')).status).to.equal('above-range');
      expect(judgeStatus(about, 8, null, at('2025-01-01')).status).to.equal('in-progress');
      const range = indicatorById(register, 'advanced-manufacturing-training-bases')!;
      expect(judgeStatus(range, 6, null, at('2024-01-01')).status).to.equal('above-range');
      expect(judgeStatus(range, 2, null, at('2025-01-01')).status).to.equal('overdue');
    });

    it('shows each status as an icon and a word', async () => {
      // Each icon is told apart by a piece of its drawing (the base's icon set).
      const cases: [Record<string, string>, string, string][] = [
        [{ value: '320', 'as-of': '2025-06-30' }, '达标', 'M4.5 8.2'],
        [{ value: '268', baseline: '200', 'baseline-year': '2023', 'as-of': '2024-06-30' }, '进度正常', 'M8 4.2V8'],
        [{ value: '268', baseline: '200', 'baseline-year': '2023', 'as-of': '2025-06-30' }, '进度落后', 'M8 1.5L15 14H1z'],
        [{ value: '268', 'as-of': '2025-06-30' }, '推进中', 'M3 7a5'],
        [{ value: '268', 'as-of': '2026-01-01' }, '逾期未达标', 'M8 4v5'],
        [{ 'as-of': '2025-06-30' }, '暂无数据', 'r="4"'],
      ];
      for (const [attributes, word, drawing] of cases) {
        const el = await gauge({ indicator: 'integration-enterprises', ...attributes });
        const status = part(el, 'status')!;
        expect(clean(status.querySelector('.status-word')!.textContent)).to.equal(word);
        expect(status.querySelector('svg.icon')!.innerHTML, word).to.contain(drawing);
      }
      const over = await gauge({ indicator: 'performance-pay-increase', value: '60', 'as-of': '2025-06-30' });
      expect(partText(over, 'status')).to.equal('超出上限');
      const above = await gauge({ indicator: 'mixed-ownership-colleges', value: '13', 'as-of': '2025-06-30' });
      expect(partText(above, 'status')).to.equal('高于目标区间');
    });
  });

  describe('attributes', () => {
    it('speaks English with lang="en": units translated, numbers formatted for en', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(el, 'label')).to.equal('Industry-education integration enterprises');
      expect(partText(el, 'value-text')).to.equal('268 enterprises');
      expect(partText(el, 'target-text')).to.equal('Target ≥ 300 enterprises · 2025');
      expect(partText(el, 'share')).to.equal('89% of target');
      expect(partText(el, 'status')).to.equal('In progress');
      expect(partText(el, 'as-of')).to.equal('As of 30 Jun 2025');
    });

    it('writes every measure of the bundled register the same in parts and joined, never NaN', () => {
      for (const indicator of register.indicators) {
        for (const lang of ['zh-CN', 'en'] as const) {
          for (const value of [0, 1.2, 268, 12_345]) {
            const parts = gaugeQuantity(lang, value, indicator.measure, indicator.nounEn);
            const joined = `${parts.prefix}${parts.figure}${parts.unit}`;
            expect(joined).not.to.contain('NaN').and.not.contain('undefined');
            // zh as the shared formatter writes it, except that a measure carrying 万 keeps its figure in digits (no 1.2万万元).
            if (lang === 'zh-CN' && !(/^[万亿]/.test(indicator.measure) && value >= 10_000)) {
              expect(joined).to.equal(formatQuantity(lang, value, indicator.measure as '家', indicator.nounEn));
            }
          }
        }
      }
    });

    it('re-renders when an attribute changes', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', 'as-of': '2025-06-30' });
      el.value = '320';
      await el.updateComplete;
      expect(partText(el, 'value-text')).to.equal('320家');
      expect(partText(el, 'status')).to.equal('达标');
      expect(part(el, 'value')!.getAttribute('stroke-dasharray')).to.equal('0 0 800 2000');
      el.setAttribute('max', '1000');
      await el.updateComplete;
      expect(part(el, 'value')!.getAttribute('stroke-dasharray')).to.equal('0 0 320 2000');
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(-120 + 0.3 * 240, 0.2);
      el.setAttribute('min', '200');
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.end-label')].map((t) => t.textContent)).to.deep.equal(['200', '1,000']);
      expect(lineAngle(part(el, 'target')!)).to.be.closeTo(-120 + (100 / 800) * 240, 0.2);
      el.label = '省级产教融合型企业（累计）';
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('省级产教融合型企业（累计）');
      el.indicator = 'hq-higher-vocational-colleges';
      el.removeAttribute('min');
      el.removeAttribute('max');
      el.value = '12';
      await el.updateComplete;
      expect(partText(el, 'target-text')).to.equal('目标 15所 · 2023年');
      el.asOf = '2024-01-01';
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('逾期未达标');
      el.value = '';
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('暂无数据');
      expect(part(el, 'value')).to.equal(null);
    });

    it('stacks the target under the arc at 160–200 px and sets it in the hollow when wider', async () => {
      for (const width of [160, 200]) {
        const el = await gauge({ indicator: 'integration-enterprises', value: '268', 'as-of': '2025-06-30', lang: 'en' }, width);
        expect(root(el).querySelector('.size-s')).not.to.equal(null);
        expect(part(el, 'center')!.querySelector('[part~="target-text"]')).to.equal(null);
        expect(partText(el, 'target-text')).to.equal('Target ≥ 300 enterprises · 2025');
        // Nothing reaches past the widget's box.
        const box = el.getBoundingClientRect();
        for (const node of root(el).querySelectorAll('p, span, text, svg')) {
          const rect = node.getBoundingClientRect();
          if (!rect.width) continue;
          expect(rect.left, `${width}px: ${node.textContent}`).to.be.at.least(box.left - 0.5);
          expect(rect.right, `${width}px: ${node.textContent}`).to.be.at.most(box.right + 0.5);
        }
      }
      const wide = await gauge({ indicator: 'integration-enterprises', value: '268', 'as-of': '2025-06-30' }, 480);
      expect(part(wide, 'center')!.querySelector('[part~="target-text"]')).not.to.equal(null);
    });

    it('moves every figure under the arc when the text is very large for the width', async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await gauge({ indicator: 'funding-per-student', value: '1.1', 'as-of': '2025-06-30', lang: 'en' }, 200);
        await waitUntil(() => root(el).querySelector('.size-xs'));
        expect(part(el, 'center')).to.equal(null);
        expect(partText(el, 'value-text')).to.equal('CNY 11,000');
        const box = el.getBoundingClientRect();
        for (const node of root(el).querySelectorAll('p, span, text, svg')) {
          const rect = node.getBoundingClientRect();
          if (!rect.width) continue;
          expect(rect.left, String(node.textContent)).to.be.at.least(box.left - 0.5);
          expect(rect.right, String(node.textContent)).to.be.at.most(box.right + 0.5);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('notes a baseline without its year, and a baseline on a cap, instead of judging the pace', async () => {
      const alone = await gauge({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'as-of': '2025-06-30' });
      expect(partText(alone, 'note')).to.equal('已忽略：baseline（须同时设置 baseline-year 才能判断进度）');
      expect(partText(alone, 'status')).to.equal('推进中');
      const cap = await gauge({ indicator: 'performance-pay-increase', value: '30', baseline: '10', 'baseline-year': '2022', lang: 'en' });
      expect(partText(cap, 'note')).to.equal('Ignored: baseline and baseline-year (a cap has no pace to judge)');
    });

    it('animates a value change unless the reader prefers reduced motion', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268' });
      expect(getComputedStyle(part(el, 'value')!).transitionProperty).to.equal('stroke-dasharray');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(part(el, 'value')!).transitionProperty).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('accessibility', () => {
    it('is a meter with its value, range and the whole reading in zh', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'baseline-year': '2023', 'as-of': '2025-06-30' });
      const m = meter(el);
      expect(m.getAttribute('role')).to.equal('meter');
      expect(m.getAttribute('aria-valuenow')).to.equal('268');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('400');
      expect(m.getAttribute('aria-valuetext')).to.equal('产教融合型企业 268家，目标不少于300家（2025年），完成89%，进度落后（应达 283家）');
      expect(root(el).getElementById(m.getAttribute('aria-labelledby')!)!.textContent).to.equal('产教融合型企业');
      expect(m.tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('reads the whole gauge in en', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'baseline-year': '2023', 'as-of': '2025-06-30', lang: 'en' });
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        'Industry-education integration enterprises: 268 enterprises, target at least 300 enterprises (2025), 89% of target, behind schedule (expected 283 enterprises by now)',
      );
      const range = await gauge({ indicator: 'advanced-manufacturing-training-bases', value: '4', 'as-of': '2024-06-30', lang: 'en' });
      expect(meter(range).getAttribute('aria-valuetext')).to.equal(
        'Advanced manufacturing training bases per industrial chain: 4 bases, target 3 to 5 bases (2024), achieved',
      );
      await expect(el).to.be.accessible();
    });

    it('is an image with the whole reading when no value is given', async () => {
      const el = await gauge({ indicator: 'performance-pay-increase', 'as-of': '2025-06-30' });
      const m = meter(el);
      expect(m.getAttribute('role')).to.equal('img');
      expect(m.hasAttribute('aria-valuenow')).to.equal(false);
      expect(m.getAttribute('aria-label')).to.equal('绩效工资总量上浮幅度，目标不超过50%（2025年），暂无数据');
      await expect(el).to.be.accessible();
    });

    it('keeps aria-valuenow inside the scale when the value is beyond it, and says the true value', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '520', max: '400', 'as-of': '2025-06-30' });
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('400');
      expect(meter(el).getAttribute('aria-valuetext')).to.contain('520家');
      await expect(el).to.be.accessible();
    });

    it('passes axe in dark theme and in its error state', async () => {
      const dark = await gauge({ indicator: 'mixed-ownership-colleges', value: '9', theme: 'dark' });
      await expect(dark).to.be.accessible();
      const broken = await gauge({ indicator: 'nope' });
      await expect(broken).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires tr-select with the indicator and its task on click', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268' });
      const selected = oneEvent(el, 'tr-select');
      meter(el).click();
      const event = (await selected) as CustomEvent<KpiGaugeSelectDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.indicatorId).to.equal('integration-enterprises');
      expect(event.detail.indicator.label).to.equal('产教融合型企业');
      expect(event.detail.taskNumber).to.equal('5');
      expect(event.detail.taskId).to.equal('t5');
      expect(event.detail.task!.number).to.equal('5');
      expect(event.detail.task!.content).to.contain('培育300家以上产教融合型企业');
    });

    it('fires tr-select on Enter and Space from the keyboard', async () => {
      const el = await gauge({ indicator: 'hq-higher-vocational-colleges' });
      const seen: KpiGaugeSelectDetail[] = [];
      el.addEventListener('tr-select', (e) => seen.push((e as CustomEvent<KpiGaugeSelectDetail>).detail));
      meter(el).focus();
      expect(root(el).activeElement).to.equal(meter(el));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(seen.map((d) => d.indicatorId)).to.deep.equal(['hq-higher-vocational-colleges', 'hq-higher-vocational-colleges']);
      expect(seen[0]!.task!.number).to.equal('2');
    });

    it('does not fire tr-select on a programmatic change', async () => {
      const el = await gauge({ indicator: 'integration-enterprises', value: '268' });
      let fired = 0;
      el.addEventListener('tr-select', () => fired++);
      el.value = '300';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('errors', () => {
    async function expectError(attributes: Record<string, string>, attribute: string, texts: string[], fix: (el: TrKpiGauge) => void) {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('tr-kpi-gauge');
      const errors = collectErrors(el);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const fired = oneEvent(el, 'tr-error');
      frame.append(el);
      const first = (await fired) as CustomEvent<TrErrorDetail>;
      await el.updateComplete;
      const alert = alertOf(el);
      expect(alert, attribute).not.to.equal(null);
      for (const text of texts) expect(clean(alert!.textContent)).to.contain(text);
      expect(errors, attribute).to.deep.equal([first]);
      expect(first.detail.attribute).to.equal(attribute);
      expect(first.detail.code).to.equal('invalid-attribute');
      // Re-renders with the same problem (a new width, a requested update) do not fire again.
      const widget = el as unknown as { render(): unknown };
      const render = widget.render.bind(el);
      let renders = 0;
      widget.render = () => {
        renders++;
        return render();
      };
      frame.style.width = '300px';
      el.requestUpdate();
      await settled(el);
      expect(renders, `${attribute}: the widget rendered again`).to.be.greaterThan(0);
      expect(alertOf(el), attribute).not.to.equal(null);
      expect(errors, attribute).to.have.length(1);
      delete (widget as { render?: unknown }).render;
      fix(el);
      await el.updateComplete;
      expect(alertOf(el), `${attribute} recovers`).to.equal(null);
      expect(meter(el)).not.to.equal(null);
      expect(errors).to.have.length(1);
      return errors[0]!.detail;
    }

    it('lists the nearest ids for an unknown indicator, then recovers', async () => {
      const detail = await expectError({ indicator: 'integration-enterprise', value: '268' }, 'indicator', ['integration-enterprise', '可用的相近值'], (el) => {
        el.indicator = 'integration-enterprises';
      });
      expect(detail.suggestions[0]).to.equal('integration-enterprises');
      expect(detail.suggestions).to.have.length(3);
      expect(detail.message).to.equal('登记表中没有编号为“integration-enterprise”的指标。');
    });

    it('asks for a missing indicator, also when the attribute is removed', async () => {
      await expectError({}, 'indicator', ['缺少必填属性 indicator'], (el) => el.setAttribute('indicator', 'online-courses'));
      const el = await gauge({ indicator: 'online-courses', label: '课程' });
      const errors = collectErrors(el);
      el.removeAttribute('label');
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('省级精品在线开放课程');
      el.removeAttribute('indicator');
      await el.updateComplete;
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0]!.detail.attribute).to.equal('indicator');
    });

    it('names a value that is not a number', async () => {
      await expectError({ indicator: 'integration-enterprises', value: 'abc' }, 'value', ['value="abc"', '数字'], (el) => (el.value = '268'));
    });

    it('names a negative value for a count, but takes one for a percentage', async () => {
      await expectError({ indicator: 'integration-enterprises', value: '-3' }, 'value', ['value="-3"', '计数不能为负数'], (el) => (el.value = '3'));
      const pay = await gauge({ indicator: 'performance-pay-increase', value: '-5' });
      expect(alertOf(pay)).to.equal(null);
      expect(partText(pay, 'value-text')).to.equal('-5%');
    });

    it('names max when it is not above min', async () => {
      await expectError({ indicator: 'integration-enterprises', value: '268', min: '500', max: '400', lang: 'en' }, 'max', ['max="400"', '500'], (el) =>
        el.removeAttribute('min'),
      );
      await expectError({ indicator: 'integration-enterprises', min: 'x' }, 'min', ['min="x"'], (el) => el.removeAttribute('min'));
    });

    it('names a bad baseline and baseline-year', async () => {
      await expectError({ indicator: 'integration-enterprises', value: '268', baseline: '二百' }, 'baseline', ['baseline="二百"'], (el) =>
        el.removeAttribute('baseline'),
      );
      await expectError({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'baseline-year': '23' }, 'baseline-year', ['baseline-year="23"', '四位年份'], (el) =>
        el.setAttribute('baseline-year', '2023'),
      );
      await expectError({ indicator: 'integration-enterprises', value: '268', baseline: '200', 'baseline-year': '2027' }, 'baseline-year', ['2027', '2025'], (el) =>
        el.setAttribute('baseline-year', '2023'),
      );
    });

    it('takes 1,234-style and exponent numbers and trims spaces', async () => {
      const el = await gauge({ indicator: 'collaborative-projects', value: ' 1,234 ', max: '2e3' });
      expect(alertOf(el)).to.equal(null);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('1234');
      expect(meter(el).getAttribute('aria-valuemax')).to.equal('2000');
    });
  });
});
