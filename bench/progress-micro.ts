// Micro-benchmark of the progress check and statuses in node (no browser): a generated register
// (2,000 tasks, 60 units) and progress file (10 reports per task, as `npm run bench` uses), then
// parseProgress (next to the plain version the tests compare it with, in
// tests/node/support/progress-reference.ts, interleaved so that both see the same load) and
// taskStatusAt for every task, the first time and again (remembered).
// Prints the median with the range of wall time and of CPU time (this process, all its threads).
//   node --import tsx bench/progress-micro.ts [--rounds 15]
import { generateRegister } from '../src/data/generate.js';
import { parseProgress, type Progress } from '../src/data/progress.js';
import { countStates, taskStatusAt } from '../src/data/status.js';
import { referenceParseProgress } from '../tests/node/support/progress-reference.js';
import { generateProgress } from './progress-gen.js';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const warmup = 2;
const asOf = '2026-11-29';
const day = new Date(`${asOf}T00:00:00Z`);
const register = generateRegister({ tasks: 2000, units: 60 });
const file = generateProgress(register, { today: asOf });

interface Figures {
  wall: number[];
  cpu: number[];
}
const cases = new Map<string, Figures>();
function time<T>(label: string, round: number, run: () => T): T {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  if (round >= warmup) {
    const figures = cases.get(label) ?? { wall: [], cpu: [] };
    figures.wall.push(wall);
    figures.cpu.push((cpu.user + cpu.system) / 1000);
    cases.set(label, figures);
  }
  return result;
}

let parsed: Progress | undefined;
for (let round = 0; round < rounds + warmup; round++) {
  // Fresh copies each round, as each page parses its own JSON (nothing cached by identity).
  const ours = JSON.parse(JSON.stringify(file));
  const plain = JSON.parse(JSON.stringify(file));
  const progress = time('parseProgress', round, () => parseProgress(ours, register, day)).progress;
  time('  the plain version', round, () => referenceParseProgress(plain, register, day));
  time('taskStatusAt × 2,000 (first)', round, () => register.tasks.map((task) => taskStatusAt(task, day, progress)));
  time('taskStatusAt × 2,000 (again)', round, () => register.tasks.map((task) => taskStatusAt(task, day, progress)));
  parsed = progress;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${at(0.5).toFixed(1).padStart(7)} (${sorted[0]!.toFixed(1)}–${sorted.at(-1)!.toFixed(1)})`;
};
console.log(`${file.tasks.length} task reports, ${file.indicators.length} indicator values; ${rounds} rounds after ${warmup} warm-up, interleaved`);
console.log(`${''.padEnd(32)}${'wall ms: median (min–max)'.padEnd(30)}cpu ms: median (min–max)`);
for (const [label, figures] of cases) console.log(`${label.padEnd(32)}${stats(figures.wall).padEnd(30)}${stats(figures.cpu)}`);
const counts = countStates(register.tasks, day, parsed);
console.log(`states: ${Object.entries(counts).filter(([, n]) => n).map(([s, n]) => `${s} ${n}`).join(', ')}`);
