import type { IngestCounter } from '../../../contracts/alertState.js';
import type { EscalationConfig } from '../../../contracts/config.js';
import { deliveryId, type AlertSettings, type DeliveryOutcome, type DeliveryRecord, type Integration } from '../../../contracts/integration.js';
import type { Alert } from '../../../domain/alerts/alert.js';
import type { AlertIncident } from '../../../domain/alerts/ingest/alertIncident.js';
import type { IngestWrite } from '../../../ports/alertStore.js';
import type { Deps } from '../../shared/deps.js';

/** One request's shared state while its alerts go through the pipeline. */
export interface Pipeline {
  deps: Deps;
  integration: Integration;
  settings: AlertSettings;
  config: EscalationConfig | null;
  now: Date;
  /** Advanced as deliveries are recorded; every write carries the latest value. */
  counter: IngestCounter;
  /** "Send test alert": decide with reads only; store nothing, create nothing, page nobody. */
  dryRun: boolean;
  /**
   * Identifies this delivery across the sender's retries (a hash of the raw body), so a
   * multi-alert request that failed part-way does not apply its first alerts twice; null in
   * previews.
   */
  deliveryKey?: string | null;
  /**
   * An incident this alert opens is a drill (a heartbeat marked as one): labelled and recorded
   * as a drill before its first evaluation, so isolation covers it from the first page. `by`
   * names what started it.
   */
  drill?: { by: string };
}

/** What happened to one alert (or, in a dry run, what would have). */
export interface AlertResult {
  dedupKey: string | null;
  outcome: DeliveryOutcome;
  reason: string;
  incidentKey: string | null;
  /** Dry runs that would open an incident show it, with the priority the matrix gives it. */
  wouldCreate?: AlertIncident & { priority: string | null };
}

/**
 * Numbers a delivery record from the counter and returns the write that stores it. The number
 * is only a proposal: the store claims it first-writer-wins and takes the next free one if a
 * racing request got there first (see AlertStore.commit).
 */
export function deliveryWrite(p: Pipeline, status: number, r: AlertResult, summary: string | null, extra: Omit<IngestWrite, 'integrationId' | 'counter' | 'deliveries'> = {}): IngestWrite {
  p.counter = { ...p.counter, seq: p.counter.seq + 1 };
  const delivery: DeliveryRecord = {
    id: deliveryId(p.integration.id, p.counter.seq),
    integrationId: p.integration.id,
    receivedAt: p.now.toISOString(),
    outcome: r.outcome,
    httpStatus: status,
    reason: r.reason.slice(0, 1000),
    dedupKey: r.dedupKey?.slice(0, 1000) ?? null,
    incidentKey: r.incidentKey,
    summary: summary?.slice(0, 500) ?? null,
  };
  return { integrationId: p.integration.id, counter: p.counter, deliveries: [delivery], ...extra };
}

export const result = (alert: Pick<Alert, 'dedupKey'> | null, outcome: DeliveryOutcome, reason: string, incidentKey: string | null = null): AlertResult =>
  ({ dedupKey: alert?.dedupKey ?? null, outcome, reason, incidentKey });

/** Thrown when another delivery is creating the same dedup key's incident right now: the sender should retry. */
export class CreationInProgress extends Error {
  constructor(readonly dedupKey: string) {
    super(`another delivery is creating the incident for ${dedupKey}`);
  }
}
