/**
 * Deterministic synthetic registers for stories, scale tests and benchmarks: as many tasks and units
 * as asked, valid under the data contract. Not part of the drop-in bundle (nothing there imports it).
 */
import type { Register } from './model.js';
import { parseRegister, v1Roles, type RegisterV2Input } from './schema-v2.js';

/** A small seeded generator (mulberry32): the same seed, the same numbers, so generated data can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  tasks: number;
  units: number;
  /** Years deadlines fall in (inclusive). Default 2021–2030. */
  firstYear?: number;
  lastYear?: number;
  /** Share of tasks that are annual routine work. Default 0.3. */
  annualShare?: number;
  seed?: number;
}

/** A synthetic register: `合成任务 n` texts, units `单位 n` / `unit-n`, no indicators. */
export function generateRegister(options: GenerateOptions): Register {
  const { tasks, units, firstYear = 2021, lastYear = 2030, annualShare = 0.3, seed = 1 } = options;
  const next = seededRandom(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const register: RegisterV2Input = {
    schemaVersion: 2,
    id: `synthetic-${tasks}-${units}`,
    title: `合成登记表（${tasks}项任务、${units}个单位）`,
    titleEn: `Synthetic register (${tasks} tasks, ${units} units)`,
    subtitle: '重点任务分工方案',
    subtitleEn: 'Division of Key Tasks',
    roles: v1Roles.map((role) => ({ ...role })),
    sections: [],
    units: Array.from({ length: units }, (_, i) => ({
      id: `unit-${i + 1}`,
      name: `合成单位${i + 1}`,
      nameEn: `Synthetic unit ${i + 1}`,
      kind: 'provincial-department' as const,
    })),
    tasks: Array.from({ length: tasks }, (_, i) => {
      const lead = pick(units);
      const participants = new Set<number>();
      const wanted = pick(4);
      for (let k = 0; k < wanted && participants.size < units - 1; k++) {
        const unit = pick(units);
        if (unit !== lead) participants.add(unit);
      }
      const annual = next() < annualShare;
      const year = firstYear + pick(lastYear - firstYear + 1);
      return {
        id: `t${i + 1}`,
        number: String(i + 1),
        content: `合成任务${i + 1}：用于检验大型登记表的显示与性能，不是真实任务。`,
        units: {
          lead: [`unit-${lead + 1}`],
          ...(participants.size ? { participant: [...participants].map((u) => `unit-${u + 1}`) } : {}),
        },
        deadline: annual ? { kind: 'annual' as const, text: '年度常规工作' } : { kind: 'year' as const, year, text: `${year}年` },
        indicatorIds: [],
      };
    }),
    indicators: [],
  };
  return parseRegister(register);
}
