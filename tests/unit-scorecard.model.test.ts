import { expect } from '@open-wc/testing';
import { barSegments, isNarrow } from '../src/components/unit-scorecard/unit-scorecard.layout.js';
import { scorecardModel, shownRows, type ScorecardModel, type UnitScore } from '../src/components/unit-scorecard/unit-scorecard.model.js';
import { TaskRegisterError } from '../src/data/errors.js';
import { generateRegister } from '../src/data/generate.js';
import { parseProgress } from '../src/data/progress.js';
import { parseIsoDate } from '../src/data/query.js';
import { parseRegister } from '../src/data/schema-v2.js';
import { errorMessage } from '../src/i18n/errors.js';
import { responsibleOnlyRegister, scorecardProgress, scorecardRegister } from './unit-scorecard.fixtures.js';

const register = parseRegister(scorecardRegister());
const progress = parseProgress(scorecardProgress(), register, parseIsoDate('2026-11-30')!).progress;

function model(asOf: string, attributes: { role?: string; sort?: string; order?: string; limit?: string } = {}, withProgress = true, reg = register): ScorecardModel {
  return scorecardModel({
    register: reg,
    asOf: parseIsoDate(asOf)!,
    progress: withProgress ? progress : undefined,
    lang: 'zh-CN',
    role: attributes.role ?? '',
    sort: attributes.sort ?? '',
    order: attributes.order ?? '',
    limit: attributes.limit ?? '',
  });
}

const row = (m: ScorecardModel, id: string): UnitScore => m.rows.find((r) => r.unit.id === id)!;
const ids = (m: ScorecardModel) => m.rows.map((r) => r.unit.id);
/** The non-zero counts of a row, for exact comparison. */
const counts = (score: UnitScore) => Object.fromEntries(Object.entries(score.counts).filter(([, n]) => n > 0));

function thrown(run: () => unknown): TaskRegisterError {
  try {
    run();
  } catch (error) {
    return error as TaskRegisterError;
  }
  throw new Error('expected an error');
}

describe('unit scorecard model', () => {
  describe('counts at the as-of date', () => {
    it('on 30 June 2025: on time, in progress (due that day), annual work of this year, overdue, cancelled', () => {
      const m = model('2025-06-30');
      expect(counts(row(m, 'a'))).to.deep.equal({ completedOnTime: 1, inProgress: 1, dueThisYear: 1 });
      expect(counts(row(m, 'b'))).to.deep.equal({ inProgress: 1, notYetDue: 1 });
      expect(counts(row(m, 'c'))).to.deep.equal({ overdue: 1, dueThisYear: 1, cancelled: 1 });
      expect(row(m, 'a').completionRate).to.be.closeTo(1 / 3, 1e-9);
      expect(row(m, 'a').onTimeRate).to.equal(1);
      // Nothing of b's is due yet or done: no on-time rate; c's one due task is overdue.
      expect(row(m, 'b').onTimeRate).to.equal(undefined);
      expect(row(m, 'c').onTimeRate).to.equal(0);
      // c's cancelled task is not counted against its completion rate.
      expect(row(m, 'c').completionRate).to.equal(0);
      expect(m.totals.tasks).to.equal(7);
      expect(m.shared).to.equal(true);
    });

    it('on 31 July 2025 the June task not yet completed is overdue', () => {
      expect(counts(row(model('2025-07-31'), 'a'))).to.deep.equal({ completedOnTime: 1, overdue: 1, dueThisYear: 1 });
    });

    it('on 31 December 2025 the June task completed in August is completed late', () => {
      const a = row(model('2025-12-31'), 'a');
      expect(counts(a)).to.deep.equal({ completedOnTime: 1, completedLate: 1, dueThisYear: 1 });
      expect(a.completed).to.equal(2);
      expect(a.onTimeRate).to.equal(0.5);
    });

    it('on 15 January 2026 annual work starts a new year, and a passed deadline with no report is not overdue', () => {
      const m = model('2026-01-15');
      expect(counts(row(m, 'a'))).to.deep.equal({ completedOnTime: 1, completedLate: 1, passedNoReport: 1 });
      expect(counts(row(m, 'b'))).to.deep.equal({ dueThisYear: 2 });
      expect(row(m, 'a').onTimeRate).to.be.closeTo(1 / 3, 1e-9);
    });

    it('on 31 December 2024 the annual task completed in June 2024 is completed on time', () => {
      expect(counts(row(model('2024-12-31'), 'b'))).to.deep.equal({ completedOnTime: 1, notYetDue: 1 });
    });

    it('without progress data: only what the plan says, never overdue or completed', () => {
      const m = model('2025-07-31', {}, false);
      expect(m.hasProgress).to.equal(false);
      expect(counts(row(m, 'a'))).to.deep.equal({ passedNoReport: 2, dueThisYear: 1 });
      expect(counts(row(m, 'c'))).to.deep.equal({ passedNoReport: 2, dueThisYear: 1 });
      expect(m.totals.overdue + m.totals.done).to.equal(0);
      expect(m.columns).to.deep.equal(['tasks', 'no-report', 'due-this-year', 'not-yet-due']);
    });
  });

  describe('sorting', () => {
    it('ranks by overdue, most first, by default with progress; ties keep the register order', () => {
      const m = model('2025-06-30');
      expect([m.sort, m.order]).to.deep.equal(['overdue', 'desc']);
      expect(ids(m)).to.deep.equal(['c', 'a', 'b']);
    });

    it('ranks by number of tasks by default without progress', () => {
      const m = model('2025-06-30', {}, false);
      expect(m.sort).to.equal('tasks');
      expect(ids(m)).to.deep.equal(['a', 'c', 'b']);
    });

    it('sorts by any column, either way; a rate that is not defined comes last both ways', () => {
      expect(ids(model('2025-06-30', { sort: 'rate' }))).to.deep.equal(['a', 'b', 'c']);
      expect(ids(model('2025-06-30', { sort: 'on-time-rate' }))).to.deep.equal(['a', 'c', 'b']);
      expect(ids(model('2025-06-30', { sort: 'on-time-rate', order: 'asc' }))).to.deep.equal(['c', 'a', 'b']);
      expect(ids(model('2025-06-30', { sort: 'in-progress', order: 'asc' }))).to.deep.equal(['c', 'a', 'b']);
      expect(ids(model('2025-12-31', { sort: 'completed' }))).to.deep.equal(['a', 'b', 'c']);
      expect(ids(model('2026-01-15', { sort: 'no-report' }))).to.deep.equal(['a', 'c', 'b']);
    });

    it('sorts names A to Z by default (pinyin in Chinese: 丙 bing, 甲 jia, 乙 yi)', () => {
      const m = model('2025-06-30', { sort: 'name' });
      expect(m.order).to.equal('asc');
      expect(ids(m)).to.deep.equal(['c', 'a', 'b']);
      expect(ids(model('2025-06-30', { sort: 'name', order: 'desc' }))).to.deep.equal(['b', 'a', 'c']);
    });

    it('ignores a sort that needs progress data when there is none, and says which', () => {
      const m = model('2025-06-30', { sort: 'overdue' }, false);
      expect(m.sort).to.equal('tasks');
      expect(m.sortIgnored).to.equal('overdue');
    });
  });

  describe('role', () => {
    it('counts lead units by default, participants or every role when asked', () => {
      expect(ids(model('2025-06-30'))).to.have.members(['a', 'b', 'c']);
      const participants = model('2025-06-30', { role: 'participant' });
      expect(ids(participants)).to.deep.equal(['a']);
      expect(row(participants, 'a').tasks.map((t) => t.id)).to.deep.equal(['t4']);
      expect(row(model('2025-06-30', { role: 'all' }), 'a').tasks.length).to.equal(4);
    });

    it('uses the first role of a register with only 责任单位, and says so', () => {
      const only = parseRegister(responsibleOnlyRegister());
      const m = model('2025-06-30', {}, false, only);
      expect(m.role).to.equal('responsible');
      expect(m.roleFallback).to.equal('responsible');
      expect(ids(m)).to.deep.equal(['a', 'c', 'b']);
    });

    it('rejects a role the register does not use, naming the ones it does', () => {
      const only = parseRegister(responsibleOnlyRegister());
      const error = thrown(() => model('2025-06-30', { role: 'lead' }, false, only));
      expect(error.details.attribute).to.equal('unit-role');
      expect(errorMessage(error, 'zh-CN')).to.equal('属性 unit-role="lead" 无效：本方案的任务没有列出这类单位；可用：responsible, all。');
    });
  });

  describe('attributes', () => {
    it('rejects unknown keywords and a limit that is not a whole number of 1 or more', () => {
      expect(errorMessage(thrown(() => model('2025-06-30', { sort: 'worst' })), 'en')).to.contain('Attribute sort="worst" is invalid: expected one of overdue');
      expect(thrown(() => model('2025-06-30', { order: 'up' })).details.attribute).to.equal('order');
      expect(thrown(() => model('2025-06-30', { role: 'leader' })).details.suggestions).to.include('lead');
      for (const limit of ['0', '2.5', 'ten']) expect(thrown(() => model('2025-06-30', { limit })).details.attribute).to.equal('limit');
      expect(errorMessage(thrown(() => model('2025-06-30', { limit: '0' })), 'zh-CN')).to.equal('属性 limit="0" 无效：应为正整数。');
    });

    it('limits the rows shown, keeping a selected unit beyond the limit in view', () => {
      const m = model('2025-06-30', { limit: '1' });
      expect(shownRows(m, false, undefined).map((r) => r.unit.id)).to.deep.equal(['c']);
      expect(shownRows(m, false, 'b').map((r) => r.unit.id)).to.deep.equal(['c', 'b']);
      expect(shownRows(m, true, undefined)).to.have.length(3);
    });
  });

  describe('layout', () => {
    it('scales segments by count against the unit with most tasks, in the bar order', () => {
      const m = model('2025-06-30');
      expect(m.maxTasks).to.equal(3);
      const segments = barSegments(row(m, 'b').counts, m.maxTasks);
      expect(segments.map((s) => [s.state, s.count])).to.deep.equal([
        ['inProgress', 1],
        ['notYetDue', 1],
      ]);
      expect(segments[0]!.x).to.equal(0);
      expect(segments[1]!.x).to.be.closeTo(100 / 3, 1e-9);
      const last = segments.at(-1)!;
      expect(last.x + last.width).to.be.closeTo(200 / 3, 1e-9);
    });

    it('goes narrow below 30em, and not before it is measured', () => {
      expect(isNarrow(360, 16)).to.equal(true);
      expect(isNarrow(479, 16)).to.equal(true);
      expect(isNarrow(480, 16)).to.equal(false);
      expect(isNarrow(600, 24)).to.equal(true);
      expect(isNarrow(0, 16)).to.equal(false);
    });
  });

  it('scores 2,000 tasks across 60 units, each task counted once per lead unit', () => {
    const big = generateRegister({ tasks: 2000, units: 60 });
    const started = performance.now();
    const m = model('2026-06-30', {}, false, big);
    expect(performance.now() - started).to.be.below(500);
    expect(m.rows.length).to.be.at.most(60).and.at.least(55);
    expect(m.rows.reduce((sum, r) => sum + r.tasks.length, 0)).to.equal(2000);
  });
});
