import { expect } from '@open-wc/testing';
import { TaskRegisterError } from '../src/data/errors.js';
import {
  buildRegister,
  comparatorOfQuote,
  exportTable,
  importTable,
  parseDeadline,
  parseTable,
  splitUnits,
  type Annotations,
} from '../src/data/import-table.js';
import { parseRegisterV1 } from '../src/data/parse.js';
import { upgradeV1 } from '../src/data/schema-v2.js';
import { importErrorMessage } from '../src/i18n/import-errors.js';
import committed from '../src/data/register.json' with { type: 'json' };
import { zhejiangAnnotations } from '../src/data/source/zhejiang-annotations.js';

const sourceText = async () => (await fetch('/src/data/source/zhejiang-task-register.txt')).text();

const header = '《测试方案》\n\n重点任务分工方案\n\t序号\n\t工作内容\n\t牵头单位\n\t参与单位\n\t完成期限\n';
const miniAnnotations: Annotations = {
  id: 'mini',
  units: [
    { name: '省教育厅', id: 'edu', nameEn: 'Education', kind: 'provincial-department' },
    { name: '省人力社保厅', id: 'hrss', nameEn: 'HRSS', kind: 'provincial-department' },
    { name: '温州市政府', id: 'wenzhou', nameEn: 'Wenzhou', kind: 'municipal-government' },
    { name: '台州市政府', id: 'taizhou', nameEn: 'Taizhou', kind: 'municipal-government' },
  ],
  indicators: [],
  notTargets: [],
};

function importError(text: string, annotations = miniAnnotations): TaskRegisterError {
  try {
    importTable(text, annotations);
  } catch (error) {
    if (error instanceof TaskRegisterError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('import-table', () => {
  describe('the table format', () => {
    it('reads title, subtitle and one record of five cells per task', async () => {
      const table = parseTable(await sourceText());
      expect(table.title).to.equal('浙江省深化产教融合推进职业教育高质量发展实施方案');
      expect(table.subtitle).to.equal('重点任务分工方案');
      expect(table.records).to.have.length(46);
      expect(table.records[0]!.cells).to.deep.equal([
        '1',
        '实施省级高水平职业院校和高水平专业（群）建设计划。到2025年，中职毕业生升入高一级学校比重达到50%以上。',
        '省教育厅',
        '',
        '2025年',
      ]);
    });

    it('joins a cell continued on a line without a leading tab (task 12)', async () => {
      const table = parseTable(await sourceText());
      expect(table.records[11]!.cells[2]).to.equal('省教育厅\n省人力社保厅');
      const register = importTable(await sourceText(), zhejiangAnnotations);
      expect(register.tasks[11]!.leadUnitIds).to.deep.equal(['edu', 'hrss']);
      expect(register.tasks[11]!.participantUnitIds).to.deep.equal([]);
    });

    it('accepts Windows line endings and a byte-order mark', async () => {
      const text = `\uFEFF${(await sourceText()).replace(/\n/g, '\r\n')}`;
      expect(importTable(text, zhejiangAnnotations).tasks).to.have.length(46);
    });
  });

  describe('cells', () => {
    it('splits units on 、 and line breaks', () => {
      expect(splitUnits('省教育厅、省人力社保厅')).to.deep.equal(['省教育厅', '省人力社保厅']);
      expect(splitUnits('省教育厅\n省人力社保厅')).to.deep.equal(['省教育厅', '省人力社保厅']);
      expect(splitUnits('')).to.deep.equal([]);
    });

    it('distributes a shared suffix over the list: 温州市、台州市政府', () => {
      expect(splitUnits('温州市、台州市政府')).to.deep.equal(['温州市政府', '台州市政府']);
      // A list of whole names is left alone.
      expect(splitUnits('省教育厅、各设区市政府')).to.deep.equal(['省教育厅', '各设区市政府']);
    });

    it('reads 2025年 and 2025 as the year 2025, and 年度常规工作 as annual work', () => {
      expect(parseDeadline('2025年')).to.deep.equal({ kind: 'year', year: 2025, text: '2025年' });
      expect(parseDeadline('2025')).to.deep.equal({ kind: 'year', year: 2025, text: '2025' });
      expect(parseDeadline('年度常规工作')).to.deep.equal({ kind: 'annual', text: '年度常规工作' });
      expect(parseDeadline('明年')).to.equal(null);
    });

    it('reads the comparator a quote states', () => {
      expect(comparatorOfQuote('达到50%以上')).to.equal('atLeast');
      expect(comparatorOfQuote('不低于1.2万元')).to.equal('atLeast');
      expect(comparatorOfQuote('10所左右')).to.equal('about');
      expect(comparatorOfQuote('最高可上浮50％')).to.equal('atMost');
      expect(comparatorOfQuote('3-5家')).to.equal('range');
      expect(comparatorOfQuote('2%-3%')).to.equal('range');
      expect(comparatorOfQuote('15所')).to.equal('exactly');
    });
  });

  describe('errors', () => {
    it('names the record, the cell and the text of a bad deadline', () => {
      const error = importError(`${header}\n\t1\n\t某项工作。\n\t省教育厅\n\t\n\t明年\n`);
      expect(error.code).to.equal('import');
      expect(error.issues[0]!.path).to.equal('record[1].完成期限');
      expect(importErrorMessage(error, 'zh-CN')).to.contain('第1条记录').and.contain('完成期限').and.contain('明年');
      expect(importErrorMessage(error, 'en')).to.contain('record 1').and.contain('deadline').and.contain('明年');
    });

    it('names an unknown unit', () => {
      const error = importError(`${header}\n\t1\n\t某项工作。\n\t省教育厅\n\t省外事办\n\t2025年\n`);
      expect(error.issues[0]!.path).to.equal('record[1].参与单位');
      expect(importErrorMessage(error, 'en')).to.contain('省外事办');
    });

    it('rejects a record with a missing cell', () => {
      const error = importError(`${header}\n\t1\n\t某项工作。\n\t省教育厅\n\t2025年\n`);
      expect(importErrorMessage(error, 'en')).to.contain('record 1').and.contain('expected 5 cells, found 4');
    });

    it('rejects numbers out of order and an empty lead cell', () => {
      expect(importError(`${header}\n\t2\n\t某项工作。\n\t省教育厅\n\t\n\t2025年\n`).issues[0]!.path).to.equal('record[1].序号');
      expect(importError(`${header}\n\t1\n\t某项工作。\n\t\n\t\n\t2025年\n`).issues[0]!.path).to.equal('record[1].牵头单位');
    });

    it('rejects a unit that both leads and takes part', () => {
      const error = importError(`${header}\n\t1\n\t某项工作。\n\t省教育厅\n\t省教育厅\n\t2025年\n`);
      expect(error.issues[0]!.path).to.equal('record[1].参与单位');
    });

    it('rejects a wrong header', () => {
      expect(importErrorMessage(importError('《测试》\n\n重点任务分工方案\n\t序号\n\t内容\n'), 'en')).to.contain('header');
    });

    it('rejects a figure in a task text that no indicator accounts for', () => {
      const error = importError(`${header}\n\t1\n\t建成示范校12所。\n\t省教育厅\n\t\n\t2025年\n`);
      expect(importErrorMessage(error, 'en')).to.contain('record 1').and.contain('"12"');
    });

    it('rejects an indicator whose quote, figure or comparator does not match the text', () => {
      const text = `${header}\n\t1\n\t建成示范校12所以上。\n\t省教育厅\n\t\n\t2025年\n`;
      const indicator = { id: 'schools', task: 1, label: '示范校', labelEn: 'Model schools', measure: '所' as const };
      const withIndicator = (extra: Partial<Annotations['indicators'][number]>) => ({
        ...miniAnnotations,
        indicators: [{ ...indicator, comparator: 'atLeast', target: 12, quote: '建成示范校12所以上', ...extra } as Annotations['indicators'][number]],
      });
      expect(importTable(text, withIndicator({})).indicators[0]).to.include({ target: 12, dueYear: 2025 });
      expect(importErrorMessage(importError(text, withIndicator({ quote: '建成示范校13所以上' })), 'en')).to.contain('not in the task text');
      expect(importErrorMessage(importError(text, withIndicator({ target: 13 })), 'en')).to.contain('differs from the quote');
      expect(importErrorMessage(importError(text, withIndicator({ comparator: 'exactly' })), 'en')).to.contain('the quote says atLeast');
    });

    it('distributes 温州市、台州市政府 into two known units', () => {
      const register = importTable(`${header}\n\t1\n\t某项工作。\n\t温州市、台州市政府\n\t省教育厅\n\t2025\n`, miniAnnotations);
      expect(register.tasks[0]!.leadUnitIds).to.deep.equal(['wenzhou', 'taizhou']);
      expect(register.tasks[0]!.deadline).to.deep.equal({ kind: 'year', year: 2025, text: '2025' });
    });
  });

  describe('the bundled register', () => {
    it('is exactly what the importer makes of the source, upgraded to version 2', async () => {
      const fresh = importTable(await sourceText(), zhejiangAnnotations);
      expect(JSON.parse(JSON.stringify(upgradeV1(fresh)))).to.deep.equal(committed);
    });

    it('round-trips: source → register → JSON → parse → table text loses no character', async () => {
      const source = await sourceText();
      const register = parseRegisterV1(JSON.parse(JSON.stringify(importTable(source, zhejiangAnnotations))));
      expect(exportTable(register)).to.equal(`${source.replace(/\s+$/, '')}\n`);
    });

    it('builds from a table parsed separately, the same as importTable', async () => {
      const source = await sourceText();
      expect(buildRegister(parseTable(source), zhejiangAnnotations)).to.deep.equal(importTable(source, zhejiangAnnotations));
    });
  });
});
