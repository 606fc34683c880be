import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { MemoryReviewStore } from '../src/adapters/memory/memoryReviewStore.js';
import { MemoryStore } from '../src/adapters/memory/memoryStore.js';
import type { EventLogEntry } from '../src/contracts/events.js';
import { emptyRollup, type MonthRollup } from '../src/contracts/pathRollup.js';
import { incidentContribution } from '../src/domain/reviews/analytics/incidentContribution.js';
import { addContribution, pathEffectiveness } from '../src/domain/reviews/analytics/rollups.js';

const INCIDENTS = 20_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00.000Z');
const MIN = 60_000;

/** A small seeded generator, so every run measures the same year. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** One escalation as the engine logs it: trigger, level pages and repeats, maybe a manual jump, an ack at some level, resolution. */
function escalation(key: string, rnd: () => number): EventLogEntry[] {
  const start = YEAR_START + Math.floor(rnd() * 364 * 24 * 60) * MIN;
  const path = (['technical', 'managerial', 'executive'] as const)[Math.floor(rnd() * 3)]!;
  const policyId = rnd() < 0.7 ? 'default' : 'payments';
  const out: EventLogEntry[] = [];
  let seq = 0;
  const push = (type: EventLogEntry['type'], offsetMin: number, level: number) =>
    out.push({ incidentKey: key, at: new Date(start + offsetMin * MIN).toISOString(), type, path, level, loop: 0, detail: `${type} ${path} ${level}`, policyId, policyVersion: 1, seq: seq++ });
  const manual = rnd() < 0.2;
  push(manual ? 'manualEscalation' : 'triggered', 0, 1);
  const ackLevel = rnd() < 0.1 ? null : 1 + Math.floor(rnd() * 3);
  const lastLevel = ackLevel ?? 3;
  for (let level = 1; level <= lastLevel; level++) {
    push(level === 1 ? 'paged' : 'levelChanged', (level - 1) * 30, level);
    if (level < lastLevel && rnd() < 0.5) push('repeated', (level - 1) * 30 + 15, level);
  }
  if (ackLevel !== null) push('acknowledged', (ackLevel - 1) * 30 + 2 + Math.floor(rnd() * 12), ackLevel);
  push('resolved', lastLevel * 30 + 30 + Math.floor(rnd() * 120), lastLevel);
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Path effectiveness over a year of 20,000 escalated incidents: from the month rollups kept as
 * escalations resolve (what the resolver reads) against the naive recomputation from every raw
 * event (one event-log read per incident), both through the in-memory stores in the same run.
 * Both answers are checked equal before anything is timed.
 */
export async function runReviewsBench() {
  const rnd = lcg(16);
  const store = new MemoryStore(() => YEAR_START);
  const reviews = new MemoryReviewStore(() => YEAR_START);
  const keys: string[] = [];
  const months = new Map<string, MonthRollup>();
  let events = 0;
  for (let i = 1; i <= INCIDENTS; i++) {
    const key = `ITOPS-${i}`;
    const log = escalation(key, rnd);
    events += log.length;
    keys.push(key);
    await store.appendEvents(log);
    // As recordRollup does at resolution: the escalation joins its month's rollup.
    const c = incidentContribution(log)!;
    months.set(c.month, addContribution(months.get(c.month) ?? emptyRollup(c.month), c));
  }
  for (const r of months.values()) await reviews.saveRollup(r);

  const fromRollups = async () => pathEffectiveness(await reviews.listRollups('2026-01', '2026-12'), '2026-01', '2026-12');
  const naive = async () => {
    const acc = new Map<string, MonthRollup>();
    for (const key of keys) {
      const c = incidentContribution(await store.listEvents(key));
      if (c) acc.set(c.month, addContribution(acc.get(c.month) ?? emptyRollup(c.month), c));
    }
    return pathEffectiveness([...acc.values()], '2026-01', '2026-12');
  };
  if (!isDeepStrictEqual(await fromRollups(), await naive())) throw new Error('reviews bench: rollups and naive recomputation disagree');

  const time = async (f: () => Promise<unknown>, reps: number) => {
    const ms: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await f();
      ms.push(performance.now() - t);
    }
    return median(ms);
  };
  const opsBefore = { reviews: reviews.ops, store: store.ops };
  const rollupMs = await time(fromRollups, 21);
  const rollupReads = (reviews.ops - opsBefore.reviews) / 21;
  const storeBefore = store.ops;
  const naiveMs = await time(naive, 5);
  const naiveReads = (store.ops - storeBefore) / 5;
  return {
    reviews: {
      analytics: {
        incidents: INCIDENTS,
        events,
        msPerYear: Number(rollupMs.toFixed(3)),
        naiveMsPerYear: Number(naiveMs.toFixed(1)),
        ratio: Math.round(naiveMs / rollupMs),
        storeReadsPerYear: rollupReads,
        naiveStoreReadsPerYear: naiveReads,
      },
    },
  };
}
