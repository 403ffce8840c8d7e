import { expect } from '@open-wc/testing';
import { attributeError, problem, registerIssue, TaskRegisterError } from '../src/data/errors.js';
import { importTable } from '../src/data/import-table.js';
import { parseRegister } from '../src/data/schema-v2.js';
import { errorMessage, errorMessages, issueMessage, issueMessages, issuePlace } from '../src/i18n/errors.js';
import { bundledRegister } from '../src/data/bundled.js';
// The validator's messages, as the page gets them with the validator.
import '../src/i18n/validation-errors.js';
import { importErrorMessages } from '../src/i18n/import-errors.js';
import { zhejiangAnnotations } from '../src/data/source/zhejiang-annotations.js';

function thrown(run: () => unknown): TaskRegisterError {
  try {
    run();
  } catch (error) {
    if (error instanceof TaskRegisterError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('errors', () => {
  describe('rendering', () => {
    it('writes an attribute error with its expectation in each language', () => {
      const error = attributeError('as-of', 'attrInvalid', ['as-of', '2025-13-01', 'expectIsoDate']);
      expect(error.code).to.equal('invalid-attribute');
      expect(error.details.attribute).to.equal('as-of');
      expect(errorMessage(error, 'zh-CN')).to.equal('属性 as-of="2025-13-01" 无效：应为形如 2025-06-30 的有效日期。');
      expect(errorMessage(error, 'en')).to.equal('Attribute as-of="2025-13-01" is invalid: expected a valid date such as 2025-06-30.');
      const oneOf = attributeError('sort', 'attrInvalid', ['sort', 'alpha', 'expectOneOf', 'involvement, register, name']);
      expect(errorMessages(oneOf)).to.deep.equal({
        'zh-CN': '属性 sort="alpha" 无效：应为以下之一：involvement, register, name。',
        en: 'Attribute sort="alpha" is invalid: expected one of involvement, register, name.',
      });
    });

    it('joins nested problems and list parameters with each language’s punctuation', () => {
      const error = attributeError('tasks', 'attrProblems', ['tasks', 'x,99', problem('badTaskRange', ['x', 'y']), problem('unknownTasks', ['99', '100-102'])]);
      expect(errorMessage(error, 'zh-CN')).to.equal('属性 tasks="x,99" 无效：无法识别的任务编号或范围“x、y”（示例：1-10,20）；登记表中没有这些任务：99、100-102。');
      expect(errorMessage(error, 'en')).to.equal(
        'Attribute tasks="x,99" is invalid: cannot read the task number or range "x, y" (example: 1-10,20); the register has no tasks 99, 100-102.',
      );
    });

    it('keeps a plain fallback message for consoles', () => {
      const error = new TaskRegisterError('http', 'loadHttp', ['/r.json', 404], { url: '/r.json', status: 404 });
      expect(error.message).to.equal('loadHttp: /r.json, 404');
      expect(errorMessage(error, 'zh-CN')).to.equal('无法加载 /r.json：服务器返回 HTTP 404。');
    });

    it('writes register issues by key', () => {
      const issue = registerIssue('tasks[9].number', 'issueTaskNumber', 10, 9);
      expect(issueMessage(issue, 'en')).to.equal('tasks must be numbered 1, 2, 3…: expected 10 here, found 9');
      expect(issueMessages(issue)['zh-CN']).to.equal('任务应按 1、2、3…… 顺序编号：此处应为 10，实为 9');
    });

    it('renders what parseRegister finds', () => {
      const error = thrown(() => parseRegister({ title: 1 }));
      expect(error.code).to.equal('invalid-register');
      expect(errorMessage(error, 'en')).to.match(/^The task register does not meet the data contract \(\d+ problems\)\.$/);
      expect(error.issues.map((issue) => issueMessage(issue, 'en'))).to.include('wrong type, expected string');
      // The same for a version-2 register, which also names a field it does not know.
      const v2 = thrown(() => parseRegister({ schemaVersion: 2, title: 1, owner: 'x' }));
      expect(v2.code).to.equal('invalid-register');
      const messages = v2.issues.map((issue) => issueMessage(issue, 'en'));
      expect(messages).to.include('wrong type, expected string');
      expect(messages.some((m) => m.includes('unknown fields: owner'))).to.equal(true);
    });
  });

  describe('where', () => {
    it('names a task of an invalid register by the document’s number, not by its index in the JSON', () => {
      const json = JSON.parse(JSON.stringify(bundledRegister())) as { tasks: { number: string; units: Record<string, string[]> }[] };
      json.tasks[3]!.units.lead = ['nobody'];
      const error = thrown(() => parseRegister(json));
      const issue = error.issues.find((i) => i.path.startsWith('tasks[3]'))!;
      expect(issue.path).to.equal('tasks[3].units.lead[0]');
      expect(json.tasks[3]!.number).to.equal('4');
      expect(issuePlace(issue, 'zh-CN')).to.equal('任务4');
      expect(issuePlace(issue, 'en')).to.equal('task 4');
      // A wrong type inside a task (a zod issue) is named the same way.
      (json.tasks[3] as unknown as { deadline: unknown }).deadline = 2025.5;
      delete (json.tasks[3]!.units as { lead?: string[] }).lead;
      const typed = thrown(() => parseRegister(json)).issues.filter((i) => i.path.startsWith('tasks[3]'));
      expect(typed.length).to.be.greaterThan(0);
      expect(typed.map((i) => issuePlace(i, 'zh-CN'))).to.deep.equal(typed.map(() => '任务4'));
    });

    it('counts from 1 where the input states no number, and names a progress file’s reports as reports', () => {
      const noNumber = registerIssue('tasks[3].content', 'issueMissing');
      expect(issuePlace(noNumber, 'zh-CN')).to.equal('第4项任务');
      expect(issuePlace(noNumber, 'en')).to.equal('the 4th task');
      expect(['tasks[0].x', 'tasks[1].x', 'tasks[2].x', 'tasks[10].x', 'tasks[11].x', 'tasks[21].x'].map((path) => issuePlace(registerIssue(path, 'issueMissing'), 'en'))).to.deep.equal(
        ['the 1st task', 'the 2nd task', 'the 3rd task', 'the 11th task', 'the 12th task', 'the 22nd task'],
      );
      expect(issuePlace(registerIssue('tasks[3].date', 'progressBadDate', '2025-02-30'), 'zh-CN')).to.equal('第4条任务报告');
      expect(issuePlace(registerIssue('tasks[3].date', 'progressBadDate', '2025-02-30'), 'en')).to.equal('task report 4');
      // Paths outside the tasks stay as they are.
      expect(issuePlace(registerIssue('units[2].name', 'issueMissing'), 'en')).to.equal('units[2].name');
    });
  });

  describe('importer', () => {
    const header = '《测试》\n\n重点任务分工方案\n\t序号\n\t工作内容\n\t牵头单位\n\t参与单位\n\t完成期限\n';

    it('names the record, the cell and the text in each language', () => {
      const error = thrown(() => importTable(`${header}\n\t1\n\t某项工作。\n\t省教育厅\n\t\n\t明年\n`, zhejiangAnnotations));
      expect(error.code).to.equal('import');
      expect(importErrorMessages(error)).to.deep.equal({
        'zh-CN': '第1条记录“完成期限”栏：应为年份（如“2025年”）或“年度常规工作”（原文：“明年”）',
        en: 'record 1, deadline cell: expected a year (2025年) or 年度常规工作 (text: "明年")',
      });
    });

    it('writes a problem without a record', () => {
      const error = thrown(() => importTable('《测试》\n\n重点任务分工方案\n\t序号\n\t内容\n', zhejiangAnnotations));
      expect(importErrorMessages(error).en).to.equal(': the header must be 序号 工作内容 牵头单位 参与单位 完成期限 (text: "序号 内容")');
    });
  });
});
