import type { Deps } from '../../shared/deps.js';
import { recordAfterAttempt } from './attemptOutcome.js';
import { commsSettingsOrDefault } from '../channels/commsSettingsOrDefault.js';
import { deliver } from './deliver.js';
import { claimKey } from './claimKey.js';
import { recordCommunication } from './recordCommunication.js';

type RetryDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'notifier' | 'http' | 'comms' | 'queue'>;

const LEASE_SECONDS = 900;
/** Forge queue events may be delayed by at most 900 seconds. */
const MAX_TIMER_SECONDS = 900;
/** After an unexpected error (storage down), look again in a minute rather than fail the evaluation. */
const RECHECK_MS = 60_000;

/**
 * Asks for the incident to be evaluated when the next retry is due. Retries ride on the
 * incident's exact timer (a Forge queue event), which is durable and already wired; further
 * out than the queue allows, the timer relays, finding nothing due and scheduling the next hop.
 */
export async function scheduleRetryTimer(deps: Pick<Deps, 'queue' | 'clock'>, incidentKey: string, dueAtMs: number): Promise<void> {
  const delay = Math.max(0, Math.ceil((dueAtMs - deps.clock.now()) / 1000));
  await deps.queue.scheduleEvaluation(incidentKey, Math.min(delay, MAX_TIMER_SECONDS), dueAtMs);
}

/**
 * Tries again every send of the incident whose retry is due. Each attempt number is claimed,
 * so two timer events for the same instant make one attempt. Intermediate failures only update
 * the stored record; the final result (sent, or failed after the last attempt) is logged on
 * the incident. Returns the ids attempted.
 */
export async function retryDueSends(deps: RetryDeps, incidentKey: string): Promise<string[]> {
  try {
    return await retryDue(deps, incidentKey);
  } catch (e) {
    // The escalation must still be evaluated; the pending sends stay stored and are tried again.
    console.warn(`${incidentKey}: communication retries could not run`, e);
    await scheduleRetryTimer(deps, incidentKey, deps.clock.now() + RECHECK_MS);
    return [];
  }
}

async function retryDue(deps: RetryDeps, incidentKey: string): Promise<string[]> {
  const pending = await deps.comms.listPending(incidentKey);
  if (pending.length === 0) return [];
  const now = deps.clock.now();
  const settings = await commsSettingsOrDefault(deps.comms);
  const attempted: string[] = [];
  for (const p of pending.filter((x) => x.nextAttemptAtMs <= now)) {
    const n = p.record.attempts + 1;
    const claim = claimKey(incidentKey, p.record.id, `attempt-${n}`);
    if (!(await deps.store.claimIntent(claim, LEASE_SECONDS))) continue;
    const outcome = await deliver(deps, p, settings);
    const record = recordAfterAttempt(p.record, outcome, n, deps.clock.now());
    await deps.comms.saveSend(record);
    if (record.status === 'retrying') await deps.comms.savePending({ ...p, record, nextAttemptAtMs: Date.parse(record.nextAttemptAt!) });
    else await deps.comms.deletePending(incidentKey, record.id);
    await deps.store.completeIntent(claim);
    attempted.push(record.id);
    if (record.status !== 'retrying') await recordCommunication(deps, record);
  }
  const next = (await deps.comms.listPending(incidentKey))[0];
  if (next) await scheduleRetryTimer(deps, incidentKey, next.nextAttemptAtMs);
  return attempted;
}
