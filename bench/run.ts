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
  ['./reviewsBench.ts', 'runReviewsBench'],
];

async function main(): Promise<void> {
  const results: Results = { measuredAt: new Date().toISOString(), node: process.version };
  // The fault campaign (npm run chaos) runs for many minutes and writes its own section; keep it.
  const file = new URL('./results.json', import.meta.url);
  if (existsSync(file)) {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Results;
    if (previous.chaos) results.chaos = previous.chaos;
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
