import { emptyCoordination, type CoordinationRecord } from '../../contracts/coordination.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { CoordinationEffect, CoordinationStep } from '../../domain/coordination/coordinationEffect.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import { onceOnly } from '../shared/onceOnly.js';
import type { Deps } from '../shared/deps.js';
import type { CoordinationStore } from '../../ports/coordinationStore.js';

const ATTEMPTS = 4;

/**
 * Applies one coordination step to an incident's record: effects first, each once by its key
 * (page, timeline entry, OLA outcome), then the record as the next revision. When another
 * invocation saved in between, the step is computed again on its record; effects already done
 * are skipped by their keys, so a retry or a race never pages a team twice.
 */
export async function updateCoordination<X>(
  deps: Pick<Deps, 'store' | 'notifier' | 'clock'> & { coordination: CoordinationStore },
  incidentKey: string,
  step: (record: CoordinationRecord) => CoordinationStep<CoordinationRecord> & X,
): Promise<{ record: CoordinationRecord; result: CoordinationStep<CoordinationRecord> & X }> {
  for (let attempt = 1; ; attempt++) {
    const current = await deps.coordination.getRecord(incidentKey);
    const before = current?.record ?? emptyCoordination(incidentKey);
    const result = step(before);
    for (const e of result.effects) await performOnce(deps, incidentKey, e);
    if (JSON.stringify(result.record) === JSON.stringify(before)) return { record: before, result };
    if (await deps.coordination.saveRecord(result.record, (current?.revision ?? 0) + 1)) return { record: result.record, result };
    if (attempt >= ATTEMPTS) throw new Error(`${incidentKey}: coordination record kept changing under ${ATTEMPTS} attempts; a retry will pick it up`);
  }
}

async function performOnce(deps: Pick<Deps, 'store' | 'notifier' | 'clock'> & { coordination: CoordinationStore }, incidentKey: string, e: CoordinationEffect): Promise<void> {
  await onceOnly(deps.store, e.key, async () => {
    if (e.page && e.page.accountIds.length) {
      await deps.notifier.page({
        incidentKey, subject: e.page.subject, body: e.page.body,
        targets: e.page.accountIds.map((accountId) => ({ type: 'user' as const, accountId })), idempotencyKey: e.key, purpose: 'responderPage',
      });
    }
    if (e.outcome) await deps.coordination.recordOutcome(e.outcome);
    const entry: EventLogEntry = {
      incidentKey, at: new Date(deps.clock.now()).toISOString(), type: e.type, path: null, level: null, loop: 0, detail: e.detail,
      policyId: null, policyVersion: null,
      // Several teams are engaged in one millisecond: the effect's key keeps their entries apart
      // (and after the escalation's own steps of that instant), while a retry lands on the same id.
      seq: 100 + (parseInt(fnv1a64(e.key).slice(-6), 16) % 900),
    };
    if (e.actor !== undefined) entry.actor = e.actor;
    await deps.store.appendEvents([entry]);
  });
}
