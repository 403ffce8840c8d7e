import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { KpiGaugeSelectDetail, TrKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { pacePath } from '../src/components/kpi-gauge/kpi-gauge.history.js';
import { layoutTrend } from '../src/components/kpi-gauge/kpi-gauge.trend.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import { gaugeQuantity, gaugeScaleFigure } from '../src/i18n/kpi-gauge.js';
import type { IndicatorV2 } from '../src/data/schema-v2.js';
import { gaugeProgress, gaugeRegister } from './kpi-gauge.fixtures.js';
import { alertOf, collapse as clean, root, settled } from './support/widgets.js';

const register = gaugeRegister();
const progress = gaugeProgress();
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const partText = (el: Element, name: string) => clean(part(el, name)?.textContent);
const meter = (el: Element) => root(el).querySelector<HTMLElement>('.meter')!;
const base = (el: Element) => part(el, 'base')!;

/** A gauge of the test register, with the test progress unless `withProgress` is false. */
async function gauge(attributes: Record<string, string>, { withProgress = true, width = 360 } = {}): Promise<TrKpiGauge> {
  const frame = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('tr-kpi-gauge');
  el.register = register;
  if (withProgress) el.progress = progress;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  frame.append(el);
  await waitUntil(() => alertOf(el) || root(el).querySelector('.meter'), 'the gauge rendered', { timeout: 5000 });
  return settled(el);
}

describe('<tr-kpi-gauge> with the version-2 model and progress', () => {
  describe('rendering', () => {
    it('shows the task by its document number, and a "more than" target in 万人', async () => {
      const el = await gauge({ indicator: 'jobs', value: '5.2', 'as-of': '2025-06-30' });
      expect(partText(el, 'task')).to.equal('任务52');
      expect(partText(el, 'value-text')).to.equal('5.2万人');
      expect(partText(el, 'target-text')).to.equal('目标 ＞ 5万人 · 2025年');
      expect(meter(el).getAttribute('aria-valuetext')).to.contain('目标超过5万人（2025年）');
      expect(partText(el, 'status')).to.equal('达标');
      const en = await gauge({ indicator: 'jobs', value: '5.2', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(en, 'task')).to.equal('Task 52');
      expect(partText(en, 'value-text')).to.equal('52,000 people');
      expect(partText(en, 'target-text')).to.equal('Target > 50,000 people · 2025');
      expect(meter(en).getAttribute('aria-valuetext')).to.contain('target more than 50,000 people (2025)');
      expect(root(en).querySelector('.target-label')!.textContent).to.equal('50,000');
    });

    it('does not count a "more than" target as met at exactly the target: missed after the due year', async () => {
      const el = await gauge({ indicator: 'jobs', value: '5', 'as-of': '2026-03-01' });
      expect(partText(el, 'status')).to.equal('逾期未达标');
    });

    it('treats "less than" as a strict cap, hatched above it', async () => {
      const under = await gauge({ indicator: 'energy', value: '2.9', 'as-of': '2025-06-30' });
      expect(partText(under, 'target-text')).to.equal('目标 ＜ 3% · 2025年');
      expect(partText(under, 'status')).to.equal('未超上限');
      expect(part(under, 'band')!.classList.contains('band-cap')).to.equal(true);
      const at = await gauge({ indicator: 'energy', value: '3', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(at, 'status')).to.equal('Over the cap');
      expect(meter(at).getAttribute('aria-valuetext')).to.contain('target less than 3%');
    });

    it('says a target without a due year has none, never judges it missed, and notes a pace asked of it', async () => {
      const el = await gauge({ indicator: 'roads', value: '90', 'as-of': '2030-06-30' });
      expect(partText(el, 'target-text')).to.equal('目标 ≥ 120公里 · 未规定年限');
      expect(partText(el, 'status')).to.equal('推进中');
      expect(meter(el).getAttribute('aria-valuetext')).to.contain('（未规定年限）');
      const en = await gauge({ indicator: 'roads', value: '90', baseline: '10', 'baseline-year': '2023', 'as-of': '2030-06-30', lang: 'en' });
      expect(partText(en, 'target-text')).to.equal('Target ≥ 120 km · no year stated');
      expect(partText(en, 'note')).to.contain('the target states no year');
      expect(part(en, 'expected')).to.equal(null);
      expect(partText(en, 'status')).to.equal('In progress');
    });

    it('writes 亿元 exactly in en, and a measure en has no word for as written, marked Chinese', async () => {
      const money = await gauge({ indicator: 'investment', value: '3', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(money, 'value-text')).to.equal('CNY 300 million');
      expect(partText(money, 'target-text')).to.equal('Target ≥ CNY 250 million · 2025');
      const zh = await gauge({ indicator: 'investment', value: '3', 'as-of': '2025-06-30' });
      expect(partText(zh, 'value-text')).to.equal('3亿元');
      const grain = await gauge({ indicator: 'grain', value: '650', 'as-of': '2025-06-30', lang: 'en' });
      expect(partText(grain, 'value-text')).to.equal('650吨');
      expect(part(grain, 'value-text')!.querySelector('.unit')!.getAttribute('lang')).to.equal('zh');
      // No English label: the Chinese one, marked as such.
      expect(partText(grain, 'label')).to.equal('粮食储备');
      expect(part(grain, 'label')!.getAttribute('lang')).to.equal('zh');
      await expect(grain).to.be.accessible();
    });

    it('never writes a share of a negative figure ("完成-10%")', async () => {
      const el = document.createElement('tr-kpi-gauge');
      el.setAttribute('indicator', 'secondary-progression-rate');
      el.setAttribute('value', '-10');
      el.setAttribute('as-of', '2024-06-30');
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      frame.append(el);
      await settled(el);
      expect(partText(el, 'value-text')).to.equal('-10%');
      expect(part(el, 'share')).to.equal(null);
      expect(clean(root(el).textContent)).not.to.contain('完成-');
    });

    it('does not take the status colours from the accent', async () => {
      const el = await gauge({ indicator: 'roads', value: '90', 'as-of': '2025-06-30' });
      const word = root(el).querySelector('.status-word')!;
      const before = getComputedStyle(word).color;
      el.style.setProperty('--tr-color-accent', 'rgb(255, 0, 0)');
      expect(getComputedStyle(word).color).to.equal(before);
      expect(before).not.to.equal('rgb(255, 0, 0)');
      // The value arc, which is not a status, still follows it.
      expect(getComputedStyle(part(el, 'value')!).stroke).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('progress', () => {
    it('takes the latest report on or before the as-of date, at several dates', async () => {
      const cases: [string, string | null, string][] = [
        ['2022-06-30', null, '暂无数据'],
        ['2023-01-01', '1万人', '推进中'],
        // One report is a baseline with nothing after it: no pace to judge yet.
        ['2023-12-30', '1万人', '推进中'],
        ['2023-12-31', '2.5万人', '进度正常'],
        ['2024-06-30', '2.5万人', '进度落后'],
        ['2024-12-31', '3.5万人', '进度落后'],
        ['2025-12-31', '5.2万人', '达标'],
        ['2026-11-30', '5.2万人', '达标'],
      ];
      for (const [asOf, shown, status] of cases) {
        const el = await gauge({ indicator: 'jobs', 'as-of': asOf });
        expect(part(el, 'value-text') && partText(el, 'value-text'), asOf).to.equal(shown);
        expect(clean(root(el).querySelector('.status-word')!.textContent), asOf).to.equal(status);
      }
    });

    it('shows the report’s date and source under the figure', async () => {
      const el = await gauge({ indicator: 'jobs', 'as-of': '2025-01-15' });
      expect(partText(el, 'report')).to.equal('2024年12月31日报告 · 来源：统计公报');
      const en = await gauge({ indicator: 'roads', 'as-of': '2025-01-15', lang: 'en' });
      expect(partText(en, 'report')).to.equal('Reported 30 Jun 2024');
      const before = await gauge({ indicator: 'jobs', 'as-of': '2022-06-30' });
      expect(part(before, 'report')).to.equal(null);
    });

    it('judges the pace on the path from the first report to the target, and says where the value should be', async () => {
      // 1万人 on 2023-01-01 to 5万人 on 2026-01-01 (1096 days); on 2024-12-31, 730 days in: 1 + 4 × 730/1096.
      const el = await gauge({ indicator: 'jobs', 'as-of': '2024-12-31' });
      expect(partText(el, 'status')).to.equal(`进度落后 应达 ${Math.round((1 + (4 * 730) / 1096) * 100) / 100}万人`);
      expect(part(el, 'expected')).not.to.equal(null);
    });

    it('lets a value attribute win over the progress file, with no report line or trend of its own', async () => {
      const el = await gauge({ indicator: 'jobs', value: '4.8', 'as-of': '2025-06-30' });
      expect(partText(el, 'value-text')).to.equal('4.8万人');
      expect(part(el, 'report')).to.equal(null);
      expect(part(el, 'trend')).to.equal(null);
      el.removeAttribute('value');
      await settled(el);
      expect(partText(el, 'value-text')).to.equal('3.5万人');
      expect(part(el, 'trend')).not.to.equal(null);
    });

    it('shows no trend with fewer than two reports, nor without progress', async () => {
      const one = await gauge({ indicator: 'roads', 'as-of': '2024-12-31' });
      expect(partText(one, 'value-text')).to.equal('40公里');
      expect(part(one, 'trend')).to.equal(null);
      const none = await gauge({ indicator: 'jobs', 'as-of': '2025-06-30' }, { withProgress: false });
      expect(partText(none, 'status')).to.equal('暂无数据');
      expect(part(none, 'trend')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('lists every report up to the as-of date in a disclosure, outside the meter, for screen readers and keyboards', async () => {
      const el = await gauge({ indicator: 'jobs', 'as-of': '2025-06-30' });
      const history = part(el, 'history') as HTMLDetailsElement;
      expect(meter(el).contains(history)).to.equal(false);
      expect(clean(history.querySelector('summary')!.textContent)).to.equal('历次报告（3次）');
      expect([...history.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal([
        '2023年1月1日：1万人',
        '2023年12月31日：2.5万人',
        '2024年12月31日：3.5万人',
      ]);
      expect(clean(history.querySelector('.legend')!.textContent)).to.equal('虚线为从基线到目标的进度路径');
      // The drawing says nothing a screen reader would read twice.
      expect(root(el).querySelector('.sparkline')!.getAttribute('aria-hidden')).to.equal('true');
      history.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(history.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('reads the reports in English, without a path line for a target with no year', async () => {
      const el = await gauge({ indicator: 'roads', 'as-of': '2025-12-31', lang: 'en' });
      const history = part(el, 'history')!;
      expect([...history.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal(['30 Jun 2024: 40 km', '30 Jun 2025: 90 km']);
      expect(history.querySelector('.legend')).to.equal(null);
      expect(part(el, 'trend-path')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('selects its task in the linked selection when chosen, and clears it when chosen again', async () => {
      const el = await gauge({ indicator: 'jobs', group: 'gauge-out', 'as-of': '2025-06-30' });
      const changed = oneEvent(el, 'tr-selection-change');
      const selected = oneEvent(el, 'tr-select');
      meter(el).click();
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail).to.deep.equal({ selection: { task: 't52' }, group: 'gauge-out' });
      expect(((await selected) as CustomEvent<KpiGaugeSelectDetail>).detail).to.include({ taskId: 't52', taskNumber: '52', indicatorId: 'jobs' });
      expect(groupHub('gauge-out').value).to.deep.equal({ task: 't52' });
      await settled(el);
      expect(base(el).classList.contains('link-on')).to.equal(true);
      meter(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(groupHub('gauge-out').value).to.deep.equal({});
    });

    it('stands out when the selection names its task, a unit of it, its section or its state; dims otherwise', async () => {
      const el = await gauge({ indicator: 'jobs', group: 'gauge-in', 'as-of': '2024-12-31' });
      const hub = groupHub('gauge-in');
      let fired = 0;
      el.addEventListener('tr-selection-change', () => fired++);
      const cases: [Parameters<typeof hub.set>[0], string][] = [
        [{ task: 't52' }, 'link-on'],
        [{ task: 't53' }, 'link-off'],
        [{ unit: 'a' }, 'link-on'],
        [{ unit: 'b' }, 'link-on'],
        [{ unit: 'c' }, 'link-off'],
        [{ section: 's1' }, 'link-on'],
        [{ section: 's2' }, 'link-off'],
        [{ state: 'inProgress' }, 'link-on'],
        [{ state: 'overdue' }, 'link-off'],
        [{ unit: 'a', state: 'overdue' }, 'link-off'],
        [{}, 'link-none'],
      ];
      for (const [selection, expected] of cases) {
        hub.set(selection);
        await settled(el);
        expect(base(el).classList.contains(expected), JSON.stringify(selection)).to.equal(true);
      }
      hub.set({ unit: 'c' });
      await settled(el);
      expect(Number(getComputedStyle(base(el)).opacity)).to.be.below(1);
      hub.set({ unit: 'a' });
      await settled(el);
      expect(getComputedStyle(base(el)).outlineStyle).to.equal('solid');
      // Following the selection is not a user action: nothing fires.
      expect(fired).to.equal(0);
      hub.set({});
    });
  });
});

describe('kpi-gauge history and trend (pure)', () => {
  const jobs = register.indicators[0] as IndicatorV2;

  it('puts the pace path through the first report: judgeStatus’s 1 January figure lies on the same line', () => {
    const path = pacePath(jobs, { date: '2023-07-02', value: 2 })!;
    // 2023-01-01 → 2023-07-02 is 182 days; 2023-07-02 → 2026-01-01 is 914: the line falls 3 × 182/914 back.
    expect(path.pace.baselineYear).to.equal(2023);
    expect(path.pace.baseline).to.be.closeTo(2 - (3 * 182) / 914, 1e-9);
    expect(path.to).to.deep.equal({ date: '2025-12-31', value: 5 });
    expect(pacePath(jobs, { date: '2025-12-15', value: 2 })).to.equal(null);
    expect(pacePath(register.indicators[3] as IndicatorV2, { date: '2023-01-01', value: 1 })).to.equal(null);
    expect(pacePath(register.indicators[1] as IndicatorV2, { date: '2023-01-01', value: 1 })).to.equal(null);
  });

  it('lays the trend out left to right in time and upwards in value', () => {
    const points = [
      { date: '2023-01-01', value: 1 },
      { date: '2024-01-01', value: 3 },
    ];
    const t = layoutTrend({ points, path: { from: points[0]!, to: { date: '2025-01-01', value: 5 } }, width: 320, fontSize: 16 })!;
    expect(t.width).to.equal(256);
    expect(t.height).to.equal(48);
    const [a, b] = t.dots;
    expect(a!.x).to.be.below(b!.x);
    expect(a!.y).to.be.above(b!.y);
    // The path's end (two years in) is right of the last report (one year in), at the top (the highest value).
    expect(t.pathLine!.x2).to.be.above(b!.x);
    expect(t.pathLine!.y2).to.equal(4);
    expect(t.line).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(layoutTrend({ points: points.slice(0, 1), path: null, width: 320, fontSize: 16 })).to.equal(null);
  });

  it('writes open measures in each language', () => {
    expect(gaugeQuantity('en', 2.5, '万人')).to.deep.equal({ prefix: '', figure: '25,000', unit: ' people' });
    expect(gaugeQuantity('en', 30, '亿元')).to.deep.equal({ prefix: 'CNY ', figure: '3', unit: ' billion' });
    expect(gaugeQuantity('en', 12.345, '亿元')).to.deep.equal({ prefix: 'CNY ', figure: '1.2345', unit: ' billion' });
    expect(gaugeQuantity('en', 3, '万个', 'posts')).to.deep.equal({ prefix: '', figure: '30,000', unit: ' posts' });
    expect(gaugeQuantity('en', 12, '吨')).to.deep.equal({ prefix: '', figure: '12', unit: '吨', unitLang: 'zh' });
    expect(gaugeQuantity('en', 12, '吨', 'tonnes')).to.deep.equal({ prefix: '', figure: '12', unit: ' tonnes' });
    expect(gaugeQuantity('zh-CN', 12_000, '万人')).to.deep.equal({ prefix: '', figure: '12,000', unit: '万人' });
    expect(gaugeQuantity('zh-CN', 25_000, '人')).to.deep.equal({ prefix: '', figure: '2.5万', unit: '人' });
    expect(gaugeScaleFigure('en', 2.5, '亿元')).to.equal('250M');
    expect(gaugeScaleFigure('en', 5, '万人')).to.equal('50,000');
  });
});
