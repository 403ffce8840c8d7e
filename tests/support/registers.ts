/** Small registers for tests, built from the bundled one so they stay valid as it grows. */
import { bundledRegister } from '../../src/data/bundled.js';
import bundledJson from '../../src/data/register.json' with { type: 'json' };
import type { RegisterInput } from '../../src/data/schema.js';

/** A deep, mutable copy of the bundled register. */
export function registerCopy(): RegisterInput {
  return JSON.parse(JSON.stringify(bundledRegister())) as RegisterInput;
}

/** The bundled register as a JSON string, for `data:` URLs and fake responses. */
export function registerJson(change?: (register: RegisterInput) => void): string {
  const copy = registerCopy();
  change?.(copy);
  return JSON.stringify(copy);
}

/**
 * Figures of the bundled register counted straight from its JSON, not by the selectors under test:
 * tasks due in each year (ascending) and annual tasks.
 */
export function bundledFigures() {
  const byYear = new Map<number, number>();
  let annual = 0;
  for (const task of bundledJson.tasks) {
    const year = 'year' in task.deadline ? task.deadline.year : undefined;
    if (task.deadline.kind === 'year' && year !== undefined) byYear.set(year, (byYear.get(year) ?? 0) + 1);
    else annual++;
  }
  return {
    tasks: bundledJson.tasks.length,
    units: bundledJson.units.length,
    indicators: bundledJson.indicators.length,
    dueByYear: [...byYear].sort(([a], [b]) => a - b),
    annual,
  };
}
