import { MemoryDrillStore } from '../../../../src/adapters/memory/memoryDrillStore.js';
import { MemoryHeartbeatStore } from '../../../../src/adapters/memory/memoryHeartbeatStore.js';
import { createHeartbeat } from '../../../../src/app/alerts/heartbeats/admin/heartbeatAdmin.js';
import { checkHeartbeat } from '../../../../src/app/alerts/heartbeats/checkHeartbeat.js';
import { ingestAlert } from '../../../../src/app/alerts/ingest/ingestAlert.js';
import { isolateDrills } from '../../../../src/app/drills/drill/isolateDrills.js';
import { evaluateIncident } from '../../../../src/app/escalation/evaluateIncident.js';
import type { HeartbeatInput } from '../../../../src/contracts/heartbeat.js';
import { FixedAlertIngestBase } from '../../../../src/adapters/memory/fixedAlertIngestBase.js';
import { nextPolicyVersion } from '../../../../src/domain/policies/policyVersion.js';
import { ADMIN } from '../../../support/appHarness.js';
import { aPolicy, T0 } from '../../../support/builders.js';
import { ingestHarness } from '../ingest/ingestHarness.js';

/**
 * The ingest harness (integration `am-prod`, service checkout, ITOPS) with heartbeat and drill
 * stores wired the way the composition root wires them, one heartbeat created through the admin
 * use case, and ways to ping it and fire its timers as the queue would.
 */
export async function heartbeatHarness(input: Partial<HeartbeatInput> = {}) {
  const h = await ingestHarness();
  const heartbeats = new MemoryHeartbeatStore();
  const drills = new MemoryDrillStore();
  const deps = isolateDrills({ ...h.deps, heartbeats, drills, ingest: new FixedAlertIngestBase() });
  // The default policy, started by priority so the incident a miss opens (P3 for an error) pages at once.
  await h.store.savePolicyVersion(nextPolicyVersion(aPolicy({ triggers: [{ id: 'p3-up', type: 'priorityAtLeast', priority: 'P3' }] }), 1, 'admin-ada', 'page on priority', T0 - 1000));
  const created = await createHeartbeat(deps, ADMIN, {
    heartbeat: { id: 'nightly-backup', name: 'Nightly backup job', integrationId: 'am-prod', intervalMinutes: 60, graceMinutes: 10, ...input }, reason: 'backups must run',
  });
  const secret = created.secret;
  const ping = (opts: { method?: string; headers?: Record<string, string[]>; query?: Record<string, string[]>; id?: string } = {}) => ingestAlert(deps, {
    method: opts.method ?? 'POST', path: '/', body: '',
    headers: opts.headers ?? { Authorization: [`Bearer ${secret}`] },
    queryParameters: { heartbeat: [opts.id ?? 'nightly-backup'], ...opts.query },
  });
  /** Fires every heartbeat timer due by now, as the queue consumer would, and returns what each check did. */
  const fireDueTimers = async () => {
    const due = h.queue.heartbeatTimers.filter((t) => t.dueAtMs <= h.clock.now());
    h.queue.heartbeatTimers.splice(0, h.queue.heartbeatTimers.length, ...h.queue.heartbeatTimers.filter((t) => t.dueAtMs > h.clock.now()));
    const out = [];
    for (const t of due) out.push(await checkHeartbeat(deps, t.heartbeatId));
    return out;
  };
  /** The incident evaluations ingest queued, run as the timer consumer runs them. */
  const runEvaluations = async () => {
    for (const t of h.queue.timers.splice(0).filter((x) => x.delaySeconds === 0)) await evaluateIncident(deps, t.incidentKey);
  };
  return { ...h, deps, heartbeats, drills, secret, ping, fireDueTimers, runEvaluations, view: created.view };
}
