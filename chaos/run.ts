import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Verdict } from './oracle.js';
import { runFuzz, type FuzzSummary } from './fuzz.js';

/**
 * `npm run chaos -- [--scenarios 1000] [--from 1] [--workers 2] [--fuzz 10000] [--no-tamper] [--seeds 5,17] [--minutes M]`:
 * the fault campaign. Runs seeded scenarios on fresh sandboxes, judges each against the policy,
 * fuzzes every resolver and both webtriggers, prints the totals and merges them into
 * bench/results.json under `chaos`. Exits 1 when anything was lost, duplicated or unrecovered.
 */
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] ?? fallback : fallback; };
/** A whole number of at least `min`, or a refusal naming the option (a typo must not run an empty campaign and overwrite the results). */
function count(name: string, fallback: string, min: number): number {
  const raw = opt(name, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name}: must be a whole number of at least ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
}
const scenarios = count('scenarios', '1000', 0);
const from = count('from', '1', 0);
const workers = count('workers', '2', 1);
const fuzzCases = count('fuzz', '10000', 0);
const tamper = !args.includes('--no-tamper');
/**
 * A time budget for the scenarios (0: none). When it runs out the workers are stopped and the
 * results say how many of the planned scenarios ran (`scenarios` vs `scenariosPlanned`), so a
 * busy machine yields honest partial figures instead of none.
 */
const budgetMinutes = count('minutes', '0', 0);
const explicit = opt('seeds', '').split(',').filter(Boolean).map(Number);
if (explicit.some((s) => !Number.isInteger(s) || s < 0)) {
  console.error(`--seeds: must be whole numbers separated by commas, got "${opt('seeds', '')}"`);
  process.exit(2);
}

type Line = (Verdict & { faults: string[]; injected: Record<string, number> }) | { seed: number; crashed: string };

function runWorker(seeds: number[]): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const lines: Line[] = [];
    const ranges = seeds.length ? seeds : [];
    // Contiguous seed ranges keep the child's argument list short.
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./worker.ts', import.meta.url)), String(ranges[0]), String(ranges[ranges.length - 1]! + 1), tamper ? 'tamper' : 'no-tamper'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as Line;
        lines.push(parsed);
        done++;
        if (done % 25 === 0 || done === total) process.stderr.write(`  ${done}/${total} scenarios\n`);
      }
    });
    children.push(child);
    child.on('error', reject);
    child.on('exit', () => resolve(lines));
  });
}

let done = 0;
const children: ReturnType<typeof spawn>[] = [];
let stoppedEarly = false;
const budgetTimer = budgetMinutes > 0 ? setTimeout(() => {
  stoppedEarly = true;
  process.stderr.write(`  time budget of ${budgetMinutes} min used up after ${done} scenarios: stopping the workers\n`);
  for (const c of children) c.kill();
}, budgetMinutes * 60_000) : null;
const all = explicit.length ? explicit : Array.from({ length: scenarios }, (_, i) => from + i);
const total = all.length;
const started = Date.now();
let lines: Line[];
if (explicit.length) {
  // One seed per child, at most `workers` children at a time: a shared machine stays usable.
  lines = [];
  const queue = [...explicit];
  await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) lines.push(...(await runWorker([s])));
  }));
} else {
  const per = Math.ceil(all.length / workers);
  lines = (await Promise.all(Array.from({ length: workers }, (_, w) => all.slice(w * per, (w + 1) * per)).filter((c) => c.length).map(runWorker))).flat();
}
if (budgetTimer) clearTimeout(budgetTimer);
const verdicts = lines.filter((l): l is Exclude<Line, { crashed: string }> => !('crashed' in l));
const crashed = lines.filter((l): l is Extract<Line, { crashed: string }> => 'crashed' in l);
const sum = (k: keyof Verdict) => verdicts.reduce((n, v) => n + (v[k] as number), 0);
const failing = verdicts.filter((v) => v.lostActions + v.duplicatedActions + v.lostAcks + v.lostAlerts + v.unrecoveredRecords > 0);
const fuzz: FuzzSummary = fuzzCases > 0 ? await runFuzz(fuzzCases) : { cases: 0, fivexx: 0, storedOnRefusal: 0, unnamedRefusals: 0, examples: [] };
const chaos = {
  measuredAt: new Date().toISOString(),
  scenarios: verdicts.length,
  scenariosPlanned: total,
  stoppedEarly,
  crashedScenarios: crashed.length,
  tamper,
  lostActions: sum('lostActions'),
  duplicatedActions: sum('duplicatedActions'),
  duplicateNotifications: sum('duplicateNotifications'),
  lostAcks: sum('lostAcks'),
  lostAlerts: sum('lostAlerts'),
  unrecoveredRecords: sum('unrecoveredRecords'),
  overtakenSteps: sum('overtakenSteps'),
  faultsInjected: verdicts.reduce<Record<string, number>>((acc, v) => { for (const [k, n] of Object.entries(v.injected)) acc[k] = (acc[k] ?? 0) + n; return acc; }, {}),
  failingSeeds: [...failing.map((v) => v.seed), ...crashed.map((c) => c.seed)].sort((a, b) => a - b),
  seconds: Math.round((Date.now() - started) / 1000),
  fuzzCases: fuzz.cases,
  fuzz5xx: fuzz.fivexx,
  fuzzStoredOnRefusal: fuzz.storedOnRefusal,
  fuzzUnnamedRefusals: fuzz.unnamedRefusals,
};
console.log(JSON.stringify(chaos, null, 2));
for (const v of failing.slice(0, 10)) console.log(`seed ${v.seed} [${v.faults.join(', ')}]:\n  ${v.problems.slice(0, 6).join('\n  ')}`);
for (const c of crashed.slice(0, 5)) console.log(`seed ${c.seed} crashed: ${c.crashed.split('\n').slice(0, 4).join(' | ')}`);
for (const e of fuzz.examples.slice(0, 10)) console.log(`fuzz: ${e}`);
if (!explicit.length) {
  const file = fileURLToPath(new URL('../bench/results.json', import.meta.url));
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  results.chaos = chaos;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log('merged chaos into bench/results.json');
}
process.exitCode = failing.length + crashed.length + fuzz.fivexx + fuzz.storedOnRefusal + fuzz.unnamedRefusals > 0 ? 1 : 0;
