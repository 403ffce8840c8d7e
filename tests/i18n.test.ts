import { expect } from '@open-wc/testing';
import { formatDate, formatDeadline, formatList, formatNumber, formatPercent, formatYear } from '../src/i18n/format.js';
import { normalizeLang } from '../src/i18n/lang.js';
import { resolveLang } from '../src/components/base/controllers/lang.js';
import { formatQuantity } from '../src/i18n/quantity.js';

describe('i18n', () => {
  it('writes a deadline as the document does, and in English the dated kinds in English', () => {
    const kinds = [
      { kind: 'year', year: 2025, text: '2025年底前' },
      { kind: 'month', year: 2024, month: 6, text: '2024年6月' },
      { kind: 'date', date: '2025-06-30', text: '2025年6月30日前' },
      { kind: 'annual', text: '年度常规工作' },
      { kind: 'ongoing', text: '长期坚持' },
      { kind: 'none' },
    ] as const;
    expect(kinds.map((deadline) => formatDeadline('zh-CN', deadline, '未规定').text)).to.deep.equal(['2025年底前', '2024年6月', '2025年6月30日前', '年度常规工作', '长期坚持', '未规定']);
    expect(kinds.map((deadline) => formatDeadline('en', deadline, 'not stated'))).to.deep.equal([
      { text: '2025' },
      { text: 'Jun 2024' },
      { text: '30 Jun 2025' },
      { text: 'Annual routine work' },
      { text: '长期坚持', lang: 'zh' },
      { text: 'not stated' },
    ]);
  });

  it('formats numbers with 万 and 亿 in zh', () => {
    expect(formatNumber('zh-CN', 268)).to.equal('268');
    expect(formatNumber('zh-CN', 12000)).to.equal('1.2万');
    expect(formatNumber('zh-CN', 350_000_000)).to.equal('3.5亿');
    expect(formatNumber('en', 12000)).to.equal('12,000');
    expect(formatPercent('zh-CN', 0.893)).to.equal('89%');
  });

  it('formats years and dates for each language', () => {
    const date = new Date(Date.UTC(2026, 10, 29));
    expect(formatYear('zh-CN', 2025)).to.equal('2025年');
    expect(formatYear('en', 2025)).to.equal('2025');
    expect(formatDate('zh-CN', date)).to.equal('2026年11月29日');
    expect(formatDate('en', date)).to.equal('29 Nov 2026');
    expect(formatList('zh-CN', ['省教育厅', '省人力社保厅'])).to.equal('省教育厅、省人力社保厅');
    expect(formatList('en', ['A', 'B', 'C'])).to.equal('A, B, and C');
  });

  it('writes quantities with their unit of measure', () => {
    expect(formatQuantity('zh-CN', 268, '家')).to.equal('268家');
    expect(formatQuantity('en', 268, '家', 'enterprises')).to.equal('268 enterprises');
    expect(formatQuantity('zh-CN', 1.2, 'ratio')).to.equal('1.2：1');
    expect(formatQuantity('en', 1.2, 'ratio')).to.equal('1.2:1');
    expect(formatQuantity('zh-CN', 1.2, '万元')).to.equal('1.2万元');
    expect(formatQuantity('en', 1.2, '万元')).to.equal('CNY 12,000');
    expect(formatQuantity('en', 90, '%')).to.equal('90%');
  });

  it('resolves the language through ancestors and shadow roots', async () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('zh-Hans-CN')).to.equal('zh-CN');
    expect(normalizeLang('fr')).to.equal('zh-CN');
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = outer.appendChild(document.createElement('div'));
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
    outer.remove();
  });
});
