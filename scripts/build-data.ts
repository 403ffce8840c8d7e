/**
 * `npm run data`: regenerates the bundled register (src/data/register.json) from the source
 * table and its annotations, and the JSON Schema portal teams validate their registers against.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { TaskRegisterError } from '../src/data/errors.js';
import { importTable } from '../src/data/import-table.js';
import { parseRegister, upgradeV1 } from '../src/data/schema-v2.js';
import { taskById } from '../src/data/selectors.js';
import { zhejiangAnnotations } from '../src/data/source/zhejiang-annotations.js';
import { importErrorMessage as errorMessage, importIssueMessage as issueMessage } from '../src/i18n/import-errors.js';

const root = new URL('../', import.meta.url);
const source = readFileSync(new URL('src/data/source/zhejiang-task-register.txt', root), 'utf8');

try {
  // The source table is read in its own five-cell layout and written in the version-2 model.
  const upgraded = upgradeV1(importTable(source, zhejiangAnnotations));
  const register = parseRegister(structuredClone(upgraded));
  writeFileSync(new URL('src/data/register.json', root), `${JSON.stringify(upgraded, null, 2)}\n`);
  mkdirSync(new URL('schema/', root), { recursive: true });
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const rows = register.indicators.map((i) => {
    const target = i.comparator === 'range' ? `${i.min}–${i.max}` : String(i.target);
    return `| \`${i.id}\` | ${taskById(register, i.task)?.number ?? i.task} | ${i.label} | ${i.comparator} | ${target} | ${i.measure} | ${i.dueYear ?? ''} |`;
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
