/**
 * `npm run data`: regenerates the bundled register (src/data/register.json) from the source
 * table and its annotations, and the JSON Schema portal teams validate their registers against.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { z } from 'zod/mini';
import { TaskRegisterError } from '../src/data/errors.js';
import { importTable } from '../src/data/import-table.js';
import { registerShapeSchema } from '../src/data/schema.js';
import { zhejiangAnnotations } from '../src/data/source/zhejiang-annotations.js';
import { importErrorMessage as errorMessage, importIssueMessage as issueMessage } from '../src/i18n/import-errors.js';

const root = new URL('../', import.meta.url);
const source = readFileSync(new URL('src/data/source/zhejiang-task-register.txt', root), 'utf8');

try {
  const register = importTable(source, zhejiangAnnotations);
  writeFileSync(new URL('src/data/register.json', root), `${JSON.stringify(register, null, 2)}\n`);
  const schema = {
    ...z.toJSONSchema(registerShapeSchema(), { target: 'draft-2020-12' }),
    $id: 'https://task-register-widgets.invalid/register.schema.json',
    title: 'Task register (重点任务分工方案)',
    description:
      'A task division table of a policy implementation plan. Beyond this shape: unit ids and names are unique, tasks are numbered 1..n in order, every unit and indicator reference resolves, no unit both leads and participates in a task, every indicator quote is part of its task text, and a range has min < max.',
  };
  mkdirSync(new URL('schema/', root), { recursive: true });
  writeFileSync(new URL('schema/register.schema.json', root), `${JSON.stringify(schema, null, 2)}\n`);
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const rows = register.indicators.map((i) => {
    const target = i.comparator === 'range' ? `${i.min}–${i.max}` : String(i.target);
    return `| \`${i.id}\` | ${i.task} | ${i.label} | ${i.comparator} | ${target} | ${i.measure} | ${i.dueYear} |`;
  });
  const table = ['| id | task | label | comparator | target | measure | due |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
  writeFileSync(
    readmeUrl,
    readme.replace(/<!-- indicators:start -->[\s\S]*<!-- indicators:end -->/, `<!-- indicators:start -->\n${table}\n<!-- indicators:end -->`),
  );
  console.log(
    `register.json: ${register.tasks.length} tasks, ${register.units.length} units, ${register.indicators.length} indicators`,
  );
} catch (error) {
  if (error instanceof TaskRegisterError) {
    console.error(errorMessage(error, 'zh-CN'));
    for (const issue of error.issues) console.error(`  ${issue.path}: ${issueMessage(issue, 'en')}`);
    process.exit(1);
  }
  throw error;
}
