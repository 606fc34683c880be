import { performance } from 'node:perf_hooks';
import { MemoryGovernanceStore } from '../src/adapters/memory/memoryGovernanceStore.js';
import { appendToTrail } from '../src/app/governance/appendToTrail.js';
import { EventLogEntrySchema, type EventLogEntry } from '../src/contracts/events.js';
import { PolicySchema } from '../src/contracts/policy.js';
import { auditIncident } from '../src/domain/governance/adherence/auditIncident.js';
import { summariseAdherence } from '../src/domain/governance/adherence/summariseAdherence.js';
import { verifyChain } from '../src/domain/governance/auditChain/verifyChain.js';
import { MemoryRetentionStore } from '../src/adapters/memory/memoryRetentionStore.js';
import { MemoryStore } from '../src/adapters/memory/memoryStore.js';
import { runPurge } from '../src/app/governance/retention/runPurge.js';
import { retentionCutoff, selectExpired } from '../src/domain/governance/retention/selectExpired.js';

const INCIDENTS = 10_000;
const MONTH_START = Date.parse('2026-11-01T00:00:00.000Z');
const MIN = 60_000;
const PURGE_NOW = Date.parse('2026-12-03T09:00:00.000Z');

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const level = (delayMinutes: number, repeat: number) => ({ targets: [{ type: 'user' as const, accountId: 'u1' }], backups: [], delayMinutes, ackTimeoutMinutes: 15, repeat, actions: [] });
const policy = PolicySchema.parse({
  id: 'default', name: 'Default', scope: { projects: ['ITOPS'] }, triggers: [],
  paths: { technical: { levels: [level(0, 1), level(30, 0), level(30, 0)] }, managerial: { levels: [level(0, 1), level(30, 0)] }, executive: { levels: [level(0, 0), level(15, 0)] } },
});

/** A month of escalations as the engine logs them, some late, some silent, some with bridges and updates. */
function escalation(key: string, rnd: () => number): EventLogEntry[] {
  const start = MONTH_START + Math.floor(rnd() * 29 * 24 * 60) * MIN;
  const path = (['technical', 'managerial', 'executive'] as const)[Math.floor(rnd() * 3)]!;
  const out: EventLogEntry[] = [];
  let seq = 0;
  const push = (type: EventLogEntry['type'], offsetMin: number, lvl: number, detail = `${type} ${path} ${lvl}`) =>
    out.push({ incidentKey: key, at: new Date(start + offsetMin * MIN).toISOString(), type, path, level: lvl, loop: 0, detail, policyId: 'default', policyVersion: 1, seq: seq++ });
  push('triggered', 0, 1);
  const levels = policy.paths[path].levels.length;
  const ackLevel = rnd() < 0.15 ? null : 1 + Math.floor(rnd() * levels);
  const last = ackLevel ?? levels;
  if (rnd() < 0.3) { push('bridgeOpened', 0, 1); if (rnd() < 0.8) push('bridgeJoined', 3 + Math.floor(rnd() * 12), 1); }
  for (let l = 1; l <= last; l++) {
    const late = rnd() < 0.05 ? 7 : 0;
    push(l === 1 ? 'paged' : 'levelChanged', (l - 1) * 30 + late, l);
    if (l < last && rnd() < 0.6) push('repeated', (l - 1) * 30 + 15, l);
  }
  if (ackLevel !== null) push('acknowledged', (ackLevel - 1) * 30 + 2 + Math.floor(rnd() * 12), ackLevel);
  if (rnd() < 0.1) push('stoodDown', last * 30 + 10, last, 'Stood down: false alarm');
  push('resolved', last * 30 + 30 + Math.floor(rnd() * 120), last);
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
}

/**
 * The monthly adherence audit over 10,000 escalated incidents (rules and summary, the pure part
 * of the run), with a baseline measured in the same run: parsing the same events from storage
 * with their schema, which every audit must do anyway. Also the trail: appends and verification.
 */
export async function runGovernanceBench(): Promise<Record<string, unknown>> {
  const rnd = lcg(17);
  const histories = Array.from({ length: INCIDENTS }, (_, i) => escalation(`ITOPS-${i + 1}`, rnd));
  const stored = histories.map((h) => JSON.parse(JSON.stringify(h)) as unknown[]);
  const asOfMs = MONTH_START + 40 * 24 * 60 * MIN;

  let t = performance.now();
  for (const h of stored) for (const e of h) EventLogEntrySchema.parse(e);
  const parseMs = performance.now() - t;

  t = performance.now();
  const audits = histories.map((events, i) => ({
    audit: auditIncident({ incidentKey: `ITOPS-${i + 1}`, events, paths: policy.paths, updateCadenceMinutes: null, cadenceGraceMinutes: 15, bridgeJoinMinutes: 10,
      reviewRequired: false, reviewDueHours: 48, authorised: () => true }, { toleranceMs: 2 * MIN, asOfMs }),
    service: i % 3 === 0 ? 'Payments' : 'Email',
  }));
  const summary = summariseAdherence(audits);
  const auditMs = performance.now() - t;

  const gov = new MemoryGovernanceStore();
  const APPENDS = 20_000;
  t = performance.now();
  for (let i = 0; i < APPENDS; i++) await appendToTrail(gov, new Date(MONTH_START + i * 1000).toISOString(), 'escalation.events', histories[i % INCIDENTS]![0]);
  const appendMs = performance.now() - t;
  const entries = await gov.listTrail(1, APPENDS);
  t = performance.now();
  const verdict = verifyChain(entries, await gov.trailHead());
  const verifyMs = performance.now() - t;
  if (!verdict.ok) throw new Error('benchmark trail did not verify');

  // The daily purge over 30,000 escalation events (10,000 incidents, 60% past retention), with a
  // baseline in the same run: the same scan and selection without deleting anything.
  const purgeStore = new MemoryStore(() => PURGE_NOW);
  const purgeGov = new MemoryGovernanceStore();
  for (let i = 0; i < INCIDENTS; i++) {
    const daysAgo = i % 5 < 3 ? 800 : 100;
    await purgeStore.appendEvents([0, 1, 2].map((s) => ({ ...histories[i]![0]!, incidentKey: `OLD-${i}`, at: new Date(PURGE_NOW - daysAgo * 86_400_000 + s * MIN).toISOString(), seq: s })));
  }
  const scanOnly = new MemoryRetentionStore(purgeStore, purgeGov);
  t = performance.now();
  let scanned = 0;
  for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
    const page = await scanOnly.scan('escalationEvents', cursor, 100);
    scanned += selectExpired(page.items, retentionCutoff(730, PURGE_NOW), []).expired.length;
    cursor = page.cursor;
  }
  const scanMs = performance.now() - t;
  const purgeClock = { now: () => PURGE_NOW };
  t = performance.now();
  const purged = await runPurge({ retention: new MemoryRetentionStore(purgeStore, purgeGov), clock: purgeClock }, 100_000);
  const purgeMs = performance.now() - t;
  if (purged.deleted !== scanned || !purged.finished) throw new Error(`purge deleted ${purged.deleted}, expected ${scanned}`);

  const incidentsPerSecond = Math.round(INCIDENTS / (auditMs / 1000));
  const parsePerSecond = Math.round(INCIDENTS / (parseMs / 1000));
  return {
    governance: {
      audit: {
        incidents: INCIDENTS, checks: summary.total.checks, deviations: summary.total.checks - summary.total.metChecks,
        incidentsPerSecond, baselineParseIncidentsPerSecond: parsePerSecond,
        ratioToParse: Math.round((incidentsPerSecond / parsePerSecond) * 100) / 100,
      },
      trail: {
        entries: APPENDS,
        appendsPerSecond: Math.round(APPENDS / (appendMs / 1000)),
        verifyEntriesPerSecond: Math.round(APPENDS / (verifyMs / 1000)),
      },
      purge: {
        records: INCIDENTS * 3, deleted: purged.deleted, batches: Math.ceil(purged.deleted / 23),
        recordsPerSecond: Math.round(purged.deleted / (purgeMs / 1000)),
        baselineScanRecordsPerSecond: Math.round(scanned / (scanMs / 1000)),
        ratioToScan: Math.round(((purged.deleted / purgeMs) / (scanned / scanMs)) * 100) / 100,
      },
    },
  };
}
