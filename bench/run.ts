import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCoreBench } from './coreBench.js';

/**
 * `npm run bench`: runs every benchmark, prints the figures and writes bench/results.json.
 * Ratios are against baselines measured in the same run, never against stored numbers.
 */
type Results = Record<string, unknown>;

function merge(into: Results, from: Results): Results {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = cur && typeof cur === 'object' && v && typeof v === 'object' && !Array.isArray(v) ? merge(cur as Results, v as Results) : v;
  }
  return into;
}

const optional: Array<[string, string]> = [
  ['./oncallBench.ts', 'runOncallBench'],
  ['./sandboxSearchBench.ts', 'runSandboxSearchBench'],
  ['./sandboxStartBench.ts', 'runSandboxStartBench'],
  ['./uiBundleBench.ts', 'runUiBundleBench'],
  ['./ingestBench.ts', 'runIngestBench'],
  ['./latencyBench.ts', 'runLatencyBench'],
  ['./simulatorBench.ts', 'runSimulatorBench'],
  ['./reviewsBench.ts', 'runReviewsBench'],
  ['./governanceBench.ts', 'runGovernanceBench'],
];

/** `npm run bench -- --only simulatorBench` reruns one optional benchmark and keeps the rest of results.json. */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

async function main(): Promise<void> {
  const results: Results = { measuredAt: new Date().toISOString(), node: process.version };
  // The fault campaign (npm run chaos) runs for many minutes and writes its own section; keep it.
  const file = new URL('./results.json', import.meta.url);
  if (existsSync(file)) {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Results;
    if (only) Object.assign(results, previous, { node: process.version });
    else if (previous.chaos) results.chaos = previous.chaos;
  }
  if (only) {
    const entry = optional.find(([f]) => f === `./${only}.ts`);
    if (!entry) throw new Error(`no benchmark ${only}`);
    const mod = (await import(entry[0].replace(/\.ts$/, '.js'))) as Record<string, () => Promise<Results>>;
    const r = await mod[entry[1]]!();
    console.log(entry[0], JSON.stringify(r));
    merge(results, { ...r, [`${only}MeasuredAt`]: new Date().toISOString() });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const core = await runCoreBench();
  console.table(core.table.map((r) => ({ open: r.n, due: r.due, readRequests: r.reads, naiveReads: r.naiveReads,
    ratio: Math.round(r.naiveReads / r.reads), actionRequests: r.actions, repeated: r.repeatActions, ms: Math.round(r.ms), rssMB: Math.round(r.rssMB) })));
  console.log(core.summary);
  merge(results, core.results);
  for (const [file, fn] of optional) {
    if (!existsSync(new URL(file, import.meta.url))) continue;
    const mod = (await import(file.replace(/\.ts$/, '.js'))) as Record<string, () => Promise<Results>>;
    const r = await mod[fn]!();
    console.log(file, JSON.stringify(r));
    merge(results, r);
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results.json');
}

await main();
