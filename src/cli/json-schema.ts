/**
 * The JSON Schema of the version-2 register (schema/register.v2.schema.json), generated from the
 * zod schema so the two agree; a test checks the file is current and that both accept and reject
 * the same samples. Write it with `node --import tsx src/cli/json-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { progressFileSchema } from '../data/progress.js';
import { registerV2Schema } from '../data/schema-v2.js';

export function registerV2JsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(registerV2Schema(), { target: 'draft-2020-12' }),
    $id: 'https://task-register-widgets.invalid/register.v2.schema.json',
    title: 'Task register, version 2 (重点任务分工方案)',
    description:
      "A task division table as the document publishes it. Beyond this shape: ids are unique (roles, units, sections, tasks, indicators), unit names are unique, every unit, section, task and indicator reference resolves, every role a task uses is declared in roles, no unit is listed twice in a task, each task has at least one unit, sections have no parent cycles, an indicator's quote is part of its task's content, a range has min < max, dates are calendar dates. Unknown fields are errors except inside extra.",
  };
}

/** The JSON Schema of a progress file (schema/progress.schema.json). */
export function progressJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(progressFileSchema(), { target: 'draft-2020-12' }),
    $id: 'https://task-register-widgets.invalid/progress.schema.json',
    title: 'Progress reports on a task register',
    description:
      "Dated reports per task (its document number as written, or its id) and dated values per indicator, for the register whose id is `register`. Beyond this shape: every task, indicator and reporting unit exists in the register, no date is in the future, percent is 0 to 100, and there is one report per task (or indicator) and date. Unknown fields are errors except inside extra.",
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, schema] of [
    ['register.v2.schema.json', registerV2JsonSchema()],
    ['progress.schema.json', progressJsonSchema()],
  ] as const) {
    const target = new URL(`../../schema/${file}`, import.meta.url);
    writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(fileURLToPath(target));
  }
}
