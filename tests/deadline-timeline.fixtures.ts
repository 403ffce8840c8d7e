/**
 * A small version-2 register with every kind of deadline, sections and two roles, and a progress
 * file for it, for the timeline's tests and stories: each status can be checked by hand against
 * the comments.
 */
import type { RegisterV2Input, TaskV2Input } from '../src/data/schema-v2.js';

const task = (number: string, sectionId: string, units: TaskV2Input['units'], deadline: TaskV2Input['deadline']): TaskV2Input => ({
  id: `t${number}`,
  number,
  sectionId,
  content: `测试任务${number}：推进某项工作。`,
  units,
  deadline,
  indicatorIds: [],
});

/**
 * Tasks 52–60 of a city plan, by section:
 * 一 稳增长: 52 (2024年底前; lead 市经信局, responsible 市发改委 and 各县市区人民政府), 53 (2024年6月底前),
 *   54 (2024年3月31日前), 59 (每年);
 * 二 惠民生: 55 (2025年), 58 (no deadline), 60 (2023年); （一）教育 inside it: 56 (持续推进, only a
 *   responsible unit), 57 (年内见成效).
 */
export function kindsRegister(): RegisterV2Input {
  return {
    schemaVersion: 2,
    id: 'kinds-test',
    title: '某市2024年重点工作分工方案',
    titleEn: 'A city plan for 2024',
    roles: [
      { id: 'lead', label: '牵头单位', labelEn: 'Lead units' },
      { id: 'responsible', label: '责任单位', labelEn: 'Responsible units' },
    ],
    units: [
      { id: 'fgw', name: '市发改委', nameEn: 'Municipal Development and Reform Commission' },
      { id: 'jxj', name: '市经信局' },
      { id: 'jyj', name: '市教育局', nameEn: 'Municipal Education Bureau' },
      { id: 'xq', name: '各县市区人民政府' },
    ],
    sections: [
      { id: 's1', number: '一', title: '稳增长', titleEn: 'Steady growth' },
      { id: 's2', number: '二', title: '惠民生', titleEn: 'Livelihoods' },
      { id: 's21', number: '（一）', title: '教育', parentId: 's2' },
    ],
    tasks: [
      task('52', 's1', { lead: ['jxj'], responsible: ['fgw', 'xq'] }, { kind: 'year', year: 2024, text: '2024年底前' }),
      task('53', 's1', { lead: ['fgw'] }, { kind: 'month', year: 2024, month: 6, text: '2024年6月底前' }),
      task('54', 's1', { lead: ['fgw'] }, { kind: 'date', date: '2024-03-31', text: '2024年3月31日前' }),
      task('55', 's2', { lead: ['jyj'] }, { kind: 'year', year: 2025, text: '2025年' }),
      task('56', 's21', { responsible: ['jyj'] }, { kind: 'ongoing', text: '持续推进' }),
      task('57', 's21', { lead: ['jyj'] }, { kind: 'text', text: '年内见成效' }),
      task('58', 's2', { lead: ['jyj'], responsible: ['xq'] }, { kind: 'none' }),
      task('59', 's1', { lead: ['jxj'] }, { kind: 'annual', text: '每年' }),
      task('60', 's2', { lead: ['fgw'] }, { kind: 'year', year: 2023, text: '2023年' }),
    ],
    indicators: [],
  };
}

/**
 * Reports by task number:
 * 52: in progress 60% on 2024-05-31, completed 2025-02-20 (late: due end of 2024);
 * 53: completed 2024-06-15 (on time: due 30 Jun 2024);
 * 54: not started 2024-01-31 (overdue after 31 Mar 2024);
 * 55: in progress 40% on 2025-03-31; 56: in progress 2024-09-30;
 * 59 (annual): completed 2024-12-01 for 2024, nothing for 2025.
 * 57, 58, 60: no report.
 */
export function kindsProgress() {
  return {
    schemaVersion: 1,
    register: 'kinds-test',
    tasks: [
      { task: '54', date: '2024-01-31', status: 'notStarted' },
      { task: '52', date: '2024-05-31', status: 'inProgress', percent: 60, note: '已完成主体工程。' },
      { task: '53', date: '2024-06-15', status: 'completed' },
      { task: '56', date: '2024-09-30', status: 'inProgress' },
      { task: '59', date: '2024-12-01', status: 'completed' },
      { task: '52', date: '2025-02-20', status: 'completed', note: '已通过验收。' },
      { task: '55', date: '2025-03-31', status: 'inProgress', percent: 40 },
    ],
  };
}

/** The same plan where the tables name only 责任单位 (no lead units). */
export function responsibleOnly(): RegisterV2Input {
  const register = kindsRegister();
  register.id = 'kinds-responsible';
  register.roles = [{ id: 'responsible', label: '责任单位', labelEn: 'Responsible units' }];
  register.tasks = register.tasks.map((t) => ({ ...t, units: { responsible: [...new Set([...(t.units.lead ?? []), ...(t.units.responsible ?? [])])] } }));
  return register;
}
