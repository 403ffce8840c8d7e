/** Small registers for tests, built from the bundled one so they stay valid as it grows. */
import { bundledRegister } from '../../src/data/bundled.js';
import bundledJson from '../../src/data/register.json' with { type: 'json' };
import type { RegisterV2Input } from '../../src/data/schema-v2.js';
import type { IndicatorInput, RegisterInput, TaskInput, UnitKind } from '../../src/data/schema.js';

/** A deep, mutable copy of the bundled register (version 2). */
export function registerCopy(): RegisterV2Input {
  return JSON.parse(JSON.stringify(bundledRegister())) as RegisterV2Input;
}

/** The bundled register as a JSON string, for `data:` URLs and fake responses. */
export function registerJson(change?: (register: RegisterV2Input) => void): string {
  const copy = registerCopy();
  change?.(copy);
  return JSON.stringify(copy);
}

/**
 * The bundled register written in the version-1 contract, as the table importer makes it (numbers
 * 1..n, `leadUnitIds`/`participantUnitIds`, indicators pointing at task numbers): for the tests of
 * the version-1 validator, which is the upgrade path. `register.test.ts` proves it equal to the
 * import of the source table, and `upgradeV1` of it equal to the bundled register.
 */
export function registerV1Copy(): RegisterInput {
  const v2 = registerCopy();
  const numberOf = new Map(v2.tasks.map((task) => [task.id, Number(task.number)]));
  return {
    id: v2.id,
    title: v2.title,
    ...(v2.titleEn !== undefined ? { titleEn: v2.titleEn } : {}),
    subtitle: v2.subtitle!,
    ...(v2.subtitleEn !== undefined ? { subtitleEn: v2.subtitleEn } : {}),
    units: v2.units.map((unit) => ({ id: unit.id, name: unit.name, nameEn: unit.nameEn!, kind: unit.kind as UnitKind })),
    tasks: v2.tasks.map((task): TaskInput => {
      const written = {
        ...(task.written?.lead !== undefined ? { lead: task.written.lead } : {}),
        ...(task.written?.participant !== undefined ? { participants: task.written.participant } : {}),
      };
      return {
        number: Number(task.number),
        content: task.content,
        leadUnitIds: [...(task.units.lead ?? [])],
        participantUnitIds: [...(task.units.participant ?? [])],
        deadline: task.deadline as TaskInput['deadline'],
        indicatorIds: [...task.indicatorIds],
        ...(Object.keys(written).length ? { written } : {}),
      };
    }),
    indicators: v2.indicators.map((indicator) => ({ ...indicator, task: numberOf.get(indicator.task)! }) as IndicatorInput),
  };
}

/** The year a deadline of the bundled JSON falls in, read straight from its fields. */
function yearOf(deadline: { kind: string; year?: number; date?: string }): number | undefined {
  if (deadline.kind === 'year' || deadline.kind === 'month') return deadline.year;
  if (deadline.kind === 'date') return Number(deadline.date!.slice(0, 4));
  return undefined;
}

/**
 * Figures of the bundled register counted straight from its JSON, not by the selectors under test:
 * tasks due in each year (ascending), annual tasks, and tasks with no dated deadline besides.
 */
export function bundledFigures() {
  const byYear = new Map<number, number>();
  let annual = 0;
  let undated = 0;
  for (const task of bundledJson.tasks) {
    const year = yearOf(task.deadline);
    if (year !== undefined) byYear.set(year, (byYear.get(year) ?? 0) + 1);
    else if (task.deadline.kind === 'annual') annual++;
    else undated++;
  }
  return {
    tasks: bundledJson.tasks.length,
    units: bundledJson.units.length,
    indicators: bundledJson.indicators.length,
    dueByYear: [...byYear].sort(([a], [b]) => a - b),
    annual,
    undated,
  };
}
