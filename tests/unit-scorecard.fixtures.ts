/**
 * A small version-2 register and a progress file for the scorecard's tests, written out so each
 * count can be checked by hand against the comments.
 */
import type { RegisterV2Input, TaskV2Input } from '../src/data/schema-v2.js';

const task = (id: string, units: TaskV2Input['units'], deadline: TaskV2Input['deadline']): TaskV2Input => ({
  id,
  number: id.slice(1),
  content: `测试任务${id.slice(1)}`,
  units,
  deadline,
  indicatorIds: [],
});

/**
 * Units 甲厅 (a), 乙厅 (b) and 丙厅 (c, no English name). Lead units:
 * a: t1 (2024), t2 (June 2025), t6 (2025, shared with c); b: t3 (annual), t4 (2026);
 * c: t5 (31 Mar 2025), t6, t7 (2024). a also takes part in t4.
 */
export function scorecardRegister(): RegisterV2Input {
  return {
    schemaVersion: 2,
    id: 'scorecard-test',
    title: '测试方案',
    titleEn: 'Test plan',
    roles: [
      { id: 'lead', label: '牵头单位', labelEn: 'Lead units' },
      { id: 'participant', label: '参与单位', labelEn: 'Participating units' },
    ],
    units: [
      { id: 'a', name: '甲厅', nameEn: 'Department A' },
      { id: 'b', name: '乙厅', nameEn: 'Department B' },
      { id: 'c', name: '丙厅' },
    ],
    sections: [],
    tasks: [
      task('t1', { lead: ['a'] }, { kind: 'year', year: 2024, text: '2024年' }),
      task('t2', { lead: ['a'] }, { kind: 'month', year: 2025, month: 6, text: '2025年6月' }),
      task('t3', { lead: ['b'] }, { kind: 'annual', text: '每年' }),
      task('t4', { lead: ['b'], participant: ['a'] }, { kind: 'year', year: 2026, text: '2026年' }),
      task('t5', { lead: ['c'] }, { kind: 'date', date: '2025-03-31', text: '2025年3月底前' }),
      task('t6', { lead: ['a', 'c'] }, { kind: 'year', year: 2025, text: '2025年' }),
      task('t7', { lead: ['c'] }, { kind: 'year', year: 2024, text: '2024年' }),
    ],
    indicators: [],
  };
}

/**
 * Reports by task number:
 * 1: in progress, completed 2024-12-20 (on time);
 * 2: in progress 2025-03-01, completed 2025-08-15 (late: due 30 Jun 2025);
 * 3 (annual): completed 2024-06-01 for 2024, in progress 2025-05-01 for 2025;
 * 5: not started 2025-01-10 (overdue after 31 Mar 2025);
 * 7: cancelled 2024-02-01. 4 and 6: no report.
 */
export function scorecardProgress() {
  return {
    schemaVersion: 1,
    register: 'scorecard-test',
    tasks: [
      { task: '7', date: '2024-02-01', status: 'cancelled' },
      { task: '1', date: '2024-05-01', status: 'inProgress' },
      { task: '3', date: '2024-06-01', status: 'completed' },
      { task: '1', date: '2024-12-20', status: 'completed' },
      { task: '5', date: '2025-01-10', status: 'notStarted' },
      { task: '2', date: '2025-03-01', status: 'inProgress' },
      { task: '3', date: '2025-05-01', status: 'inProgress' },
      { task: '2', date: '2025-08-15', status: 'completed' },
    ],
  };
}

/** A register whose tables name only 责任单位 (no lead units). */
export function responsibleOnlyRegister(): RegisterV2Input {
  const register = scorecardRegister();
  register.id = 'responsible-only';
  register.roles = [{ id: 'responsible', label: '责任单位', labelEn: 'Responsible units' }];
  register.tasks = register.tasks.map((t) => ({ ...t, units: { responsible: [...(t.units.lead ?? [])] } }));
  return register;
}
