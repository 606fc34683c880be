import type { Pipeline } from './pipeline.js';

/**
 * Writes an alert step to the incident's timeline. The sequence comes from the delivery
 * counter so two alerts joining one incident in the same millisecond stay two entries.
 */
export async function alertEvent(p: Pipeline, incidentKey: string, type: 'alertReceived' | 'alertResolved', detail: string): Promise<void> {
  await p.deps.store.appendEvents([{
    incidentKey, at: p.now.toISOString(), type, path: null, level: null, loop: 0, detail: detail.slice(0, 500),
    actor: `integration:${p.integration.id}`, policyId: null, policyVersion: null, seq: p.counter.seq % 1000,
  }]);
}
