/**
 * A small version-2 register and a progress file for the gauge's tests: the comparators, measures
 * and undated targets of real documents, with figures that can be checked by hand.
 */
import type { RegisterV2Input } from '../src/data/schema-v2.js';

const quote = '（测试）';

/**
 * Task 52 (lead 甲局, responsible 乙局, section 一, due 2025) states: jobs (more than 5万人, 2025),
 * energy (less than 3%, 2025), investment (at least 2.5亿元, 2025), roads (at least 120公里, no
 * year), grain (at least 800吨, 2025, no English label). Task 53 (responsible 乙局, ongoing) states steady.
 */
export function gaugeRegister(): RegisterV2Input {
  return {
    schemaVersion: 2,
    id: 'gauge-test',
    title: '测试方案',
    titleEn: 'Test plan',
    roles: [
      { id: 'lead', label: '牵头单位', labelEn: 'Lead units' },
      { id: 'responsible', label: '责任单位', labelEn: 'Responsible units' },
    ],
    units: [
      { id: 'a', name: '甲局', nameEn: 'Bureau A' },
      { id: 'b', name: '乙局' },
      { id: 'c', name: '丙局' },
    ],
    sections: [
      { id: 's1', number: '一、', title: '稳就业' },
      { id: 's2', number: '二、', title: '保民生' },
    ],
    tasks: [
      {
        id: 't52',
        number: '52',
        sectionId: 's1',
        content: '测试任务五十二（测试）',
        units: { lead: ['a'], responsible: ['b'] },
        deadline: { kind: 'year', year: 2025, text: '2025年' },
        indicatorIds: ['jobs', 'energy', 'investment', 'roads', 'grain'],
      },
      {
        id: 't53',
        number: '53',
        sectionId: 's2',
        content: '测试任务五十三（测试）',
        units: { responsible: ['c'] },
        deadline: { kind: 'ongoing', text: '持续推进' },
        indicatorIds: ['steady'],
      },
    ],
    indicators: [
      { id: 'jobs', task: 't52', label: '新增就业', labelEn: 'New jobs', measure: '万人', dueYear: 2025, quote, comparator: 'moreThan', target: 5 },
      { id: 'energy', task: 't52', label: '能耗增幅', labelEn: 'Energy use growth', measure: '%', dueYear: 2025, quote, comparator: 'lessThan', target: 3 },
      { id: 'investment', task: 't52', label: '完成投资', labelEn: 'Investment', measure: '亿元', dueYear: 2025, quote, comparator: 'atLeast', target: 2.5 },
      { id: 'roads', task: 't52', label: '新建道路', labelEn: 'New roads', measure: '公里', quote, comparator: 'atLeast', target: 120 },
      { id: 'grain', task: 't52', label: '粮食储备', measure: '吨', dueYear: 2025, quote, comparator: 'atLeast', target: 800 },
      { id: 'steady', task: 't53', label: '培训人次', labelEn: 'Trainees', measure: '人', quote, comparator: 'atLeast', target: 1000 },
    ],
  };
}

/**
 * Jobs (万人): 1 on 2023-01-01 (the baseline), 2.5 on 2023-12-31, 3.5 on 2024-12-31, 5.2 on 2025-12-31.
 * The path from 1 on 2023-01-01 to 5 on 2026-01-01 (1095 days) expects 2.33 on 2024-01-01 and
 * 3.67 on 2025-01-01: on pace at the end of 2023 (2.5 ≥ ~2.33), behind at the end of 2024 (3.5 < ~3.66).
 * Roads (no year): 40 on 2024-06-30, 90 on 2025-06-30. Task 52: in progress 2024-06-01.
 */
export function gaugeProgress() {
  return {
    schemaVersion: 1,
    register: 'gauge-test',
    tasks: [{ task: '52', date: '2024-06-01', status: 'inProgress' }],
    indicators: [
      { indicator: 'jobs', date: '2023-01-01', value: 1, source: '统计公报' },
      { indicator: 'jobs', date: '2023-12-31', value: 2.5, source: '统计公报' },
      { indicator: 'roads', date: '2024-06-30', value: 40 },
      { indicator: 'jobs', date: '2024-12-31', value: 3.5, source: '统计公报' },
      { indicator: 'roads', date: '2025-06-30', value: 90 },
      { indicator: 'jobs', date: '2025-12-31', value: 5.2, source: '年度报告' },
    ],
  };
}
