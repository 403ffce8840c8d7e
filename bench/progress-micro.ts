// Micro-benchmark of the progress check and statuses in node (no browser): a generated register
// (2,000 tasks, 60 units) and progress file (10 reports per task), then parseProgress and
// taskStatusAt for every task, repeated; prints medians with the range.
//   node --import tsx bench/progress-micro.ts [--rounds 15]
import { generateRegister } from '../src/data/generate.js';
import { parseProgress } from '../src/data/progress.js';
import { countStates, taskStatusAt } from '../src/data/status.js';
import { generateProgress } from './progress-gen.js';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const asOf = '2026-11-29';
const day = new Date(`${asOf}T00:00:00Z`);
const register = generateRegister({ tasks: 2000, units: 60 });
const file = generateProgress(register, { today: asOf });

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms (min ${sorted[0]!.toFixed(1)}, p25 ${at(0.25).toFixed(1)}, p75 ${at(0.75).toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}; n ${sorted.length})`;
};
function time<T>(label: string, run: () => T): T {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    // A fresh copy each time, as each page load parses its own JSON (and caches nothing by identity).
    const t = performance.now();
    result = run();
    if (i >= 2) times.push(performance.now() - t);
  }
  console.log(`${label.padEnd(34)}${stats(times)}`);
  return result;
}

const copies = Array.from({ length: rounds + 2 }, () => structuredClone(file));
let k = 0;
const parsed = time('parseProgress', () => parseProgress(copies[k++]!, register, day));
console.log(`  ${file.tasks.length} task reports, ${file.indicators.length} indicator values, ${parsed.ignored.length} ignored`);
let j = 0;
const fresh = Array.from({ length: rounds + 2 }, () => parseProgress(structuredClone(file), register, day).progress);
time('taskStatusAt × 2,000 (cold index)', () => register.tasks.map((task) => taskStatusAt(task, day, fresh[j++]!)));
time('taskStatusAt × 2,000 (warm index)', () => register.tasks.map((task) => taskStatusAt(task, day, parsed.progress)));
const counts = countStates(register.tasks, day, parsed.progress);
console.log(`  states: ${Object.entries(counts).filter(([, n]) => n).map(([s, n]) => `${s} ${n}`).join(', ')}`);
