/**
 * The JSON Schema of the version-2 register (schema/register.v2.schema.json), generated from the
 * zod schema so the two agree; a test checks the file is current and that both accept and reject
 * the same samples. Write it with `node --import tsx src/cli/json-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = new URL('../../schema/register.v2.schema.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(registerV2JsonSchema(), null, 2)}\n`);
  console.log(fileURLToPath(target));
}
