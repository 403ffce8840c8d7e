import { expect } from '@open-wc/testing';
import { gaugeModel, type GaugeAttributes } from '../src/components/kpi-gauge/kpi-gauge.model.js';
import { bundledRegister } from '../src/data/bundled.js';
import { TaskRegisterError } from '../src/data/errors.js';
import { parseIsoDate } from '../src/data/query.js';
import { commonMessages } from '../src/i18n/common.js';
import { errorMessage } from '../src/i18n/errors.js';
import type { Lang } from '../src/i18n/lang.js';
import { joinQuantity } from '../src/i18n/quantity.js';

const register = bundledRegister();
const none: GaugeAttributes = { indicator: '', value: '', baseline: '', baselineYear: '', min: '', max: '', label: '' };

function model(attributes: Partial<GaugeAttributes>, { lang = 'zh-CN' as Lang, asOf = '2025-06-30' } = {}) {
  return gaugeModel({ ...none, ...attributes }, { register, lang, asOf: parseIsoDate(asOf)!, msg: commonMessages[lang], progress: undefined, selection: {} });
}

function thrown(attributes: Partial<GaugeAttributes>): TaskRegisterError {
  try {
    model(attributes);
  } catch (error) {
    expect(error).to.be.instanceOf(TaskRegisterError);
    return error as TaskRegisterError;
  }
  throw new Error(`no error for ${JSON.stringify(attributes)}`);
}

describe('kpi-gauge model', () => {
  describe('rendering', () => {
    it('reads an "at least" target: label, figures, target, share, status, meter and what the dial marks', () => {
      const m = model({ indicator: 'integration-enterprises', value: '268' });
      expect(m.label).to.equal('产教融合型企业');
      expect(m.value).to.deep.equal({ prefix: '', figure: '268', unit: '家' });
      expect([m.targetHeading, m.targetSymbol, joinQuantity(m.targetParts)]).to.deep.equal(['目标', '≥', '300家']);
      expect(m.taskText).to.equal('任务5');
      expect(m.targetYear).to.equal('2025年');
      expect(m.shareText).to.equal('完成89%');
      expect([m.status, m.statusText]).to.deep.equal(['in-progress', '推进中']);
      expect(m.asOfText).to.equal('截至 2025年6月30日');
      expect(m.meter).to.deep.equal({ now: 268, min: 0, max: 400 });
      expect(m.bandKind).to.equal(null);
      expect(m.task?.id).to.equal(m.indicator.task);
      expect(m.task?.number).to.equal('5');
      expect(m.dial).to.deep.equal({
        domain: [0, 400],
        value: 268,
        targets: [{ value: 300, label: '300' }],
        band: null,
        expected: null,
        endLabels: ['0', '400'],
      });
    });

    it('marks an "about" target’s tolerance, a range’s ends and the zone above a cap', () => {
      const about = model({ indicator: 'mixed-ownership-colleges', value: '9' });
      expect([about.bandKind, about.dial.band]).to.deep.equal(['tolerance', [9, 11]]);
      expect(about.spoken).to.contain('目标10所左右（9至11所）');
      const range = model({ indicator: 'advanced-manufacturing-training-bases', value: '2' }, { asOf: '2024-06-30' });
      expect(range.bandKind).to.equal('range');
      expect(range.dial.targets.map((t) => t.value)).to.deep.equal([3, 5]);
      expect([range.targetSymbol, joinQuantity(range.targetParts)]).to.deep.equal(['', '3–5家']);
      expect(range.shareText).to.equal('达下限的67%');
      const cap = model({ indicator: 'performance-pay-increase', value: '30' });
      expect([cap.bandKind, cap.dial.band, cap.dial.endLabels]).to.deep.equal(['cap', [50, 100], ['0%', '100%']]);
      expect(cap.shareText).to.equal('为上限的60%');
      // A cap at the scale's top leaves no zone above it, so no band.
      const flush = model({ indicator: 'performance-pay-increase', value: '30', max: '50' });
      expect([flush.bandKind, flush.dial.band]).to.deep.equal([null, null]);
    });

    it('puts the target in the value’s place when no value is given, never a zero', () => {
      const m = model({ indicator: 'integration-enterprises' });
      expect([m.value, m.meter, m.dial.value, m.shareText]).to.deep.equal([null, null, null, '']);
      expect([m.targetHeading, m.targetSymbol, m.targetParts.figure, m.targetParts.unit]).to.deep.equal(['目标', '≥', '300', '家']);
      expect(m.spoken).to.equal('产教融合型企业，目标不少于300家（2025年），暂无数据');
    });

    it('judges the pace from a baseline and says the value expected by now', () => {
      const m = model({ indicator: 'integration-enterprises', value: '268', baseline: '200', baselineYear: '2023' });
      expect(m.status).to.equal('behind');
      expect(m.expectedText).to.equal('应达 283家');
      expect(m.dial.expected).to.be.closeTo(283.1, 0.1);
      expect(m.spoken).to.equal('产教融合型企业 268家，目标不少于300家（2025年），完成89%，进度落后（应达 283家）');
    });

    it('speaks English: units translated, 万元 in yuan', () => {
      const m = model({ indicator: 'funding-per-student', value: '1.1' }, { lang: 'en' });
      expect(m.value).to.deep.equal({ prefix: 'CNY ', figure: '11,000', unit: '' });
      expect([m.targetHeading, m.targetSymbol, joinQuantity(m.targetParts)]).to.deep.equal(['Target', '≥', 'CNY 12,000']);
      expect(m.shareText).to.equal('92% of target');
      expect(m.dial.targets[0]!.label).to.equal('12,000');
      expect(m.asOfText).to.equal('As of 30 Jun 2025');
    });
  });

  describe('attributes', () => {
    it('takes figures as text (1,234, exponents, a minus sign) or as numbers set by script', () => {
      const text = model({ indicator: 'collaborative-projects', value: '1,234', max: '2e3' });
      const numbers = model({ indicator: 'collaborative-projects', value: 1234, max: 2000 });
      expect(text.meter).to.deep.equal({ now: 1234, min: 0, max: 2000 });
      expect(numbers).to.deep.equal(text);
      expect(model({ indicator: 'performance-pay-increase', value: '\u22125' }).value?.figure).to.equal('-5');
      expect(model({ indicator: 'integration-enterprises', value: 268, baseline: 200, baselineYear: 2023 }).status).to.equal('behind');
    });

    it('uses the label given instead of the indicator’s, trimmed', () => {
      expect(model({ indicator: ' online-courses ', label: ' 课程 ' }).label).to.equal('课程');
    });

    it('notes a baseline without its year, and a baseline on a cap, instead of judging the pace', () => {
      const alone = model({ indicator: 'integration-enterprises', value: '268', baseline: '200' });
      expect([alone.note, alone.status]).to.deep.equal(['baseline（须同时设置 baseline-year 才能判断进度）', 'in-progress']);
      const year = model({ indicator: 'integration-enterprises', value: '268', baselineYear: '2022' });
      expect(year.note).to.equal('baseline-year（须同时设置 baseline 才能判断进度）');
      const cap = model({ indicator: 'performance-pay-increase', value: '30', baseline: '10', baselineYear: '2022' });
      expect(cap.note).to.equal('baseline 与 baseline-year（上限类指标不判断进度）');
      expect(model({ indicator: 'integration-enterprises', value: '268' }).note).to.equal(null);
    });
  });

  describe('errors', () => {
    it('names the attribute at fault, with the same messages as before', () => {
      const cases: [Partial<GaugeAttributes>, string, string][] = [
        [{}, 'indicator', '缺少必填属性 indicator。'],
        [{ indicator: 'integration-enterprise' }, 'indicator', '登记表中没有编号为“integration-enterprise”的指标。'],
        [{ indicator: 'integration-enterprises', value: 'abc' }, 'value', '属性 value="abc" 无效：应为数字。'],
        [{ indicator: 'integration-enterprises', value: '-3' }, 'value', '属性 value="-3" 无效：计数不能为负数。'],
        [{ indicator: 'integration-enterprises', baseline: '-1', baselineYear: '2022' }, 'baseline', '属性 baseline="-1" 无效：计数不能为负数。'],
        [{ indicator: 'integration-enterprises', baselineYear: '23' }, 'baseline-year', '属性 baseline-year="23" 无效：应为四位年份。'],
        [{ indicator: 'integration-enterprises', baselineYear: '2027' }, 'baseline-year', '属性 baseline-year="2027" 无效：应不晚于指标的目标年份 2025 年。'],
        [{ indicator: 'integration-enterprises', min: 'x' }, 'min', '属性 min="x" 无效：应为数字。'],
        [{ indicator: 'integration-enterprises', min: '500', max: '400' }, 'max', '属性 max="400" 无效：应大于刻度下限 500。'],
      ];
      for (const [attributes, attribute, message] of cases) {
        const error = thrown(attributes);
        expect(error.details.attribute, message).to.equal(attribute);
        expect(error.code).to.equal('invalid-attribute');
        expect(errorMessage(error, 'zh-CN')).to.equal(message);
      }
    });

    it('suggests the nearest indicator ids', () => {
      expect(thrown({ indicator: 'integration-enterprise' }).details.suggestions?.[0]).to.equal('integration-enterprises');
    });

    it('takes a negative figure for a measure that is not a count', () => {
      expect(model({ indicator: 'performance-pay-increase', value: '-5' }).value?.figure).to.equal('-5');
    });
  });
});
