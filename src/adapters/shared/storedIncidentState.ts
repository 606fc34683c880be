import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { EscalationStateSchema } from '../../contracts/escalationState.js';
import { IncidentCommsSchema } from '../../contracts/incidentComms.js';
import type { IncidentStateRead } from '../../ports/incidentStateStore.js';

/**
 * An incident's app-owned state as both stores keep it. `nextEvaluationEpochMs` repeats the
 * escalation's field at the top level so the entity index (and the sweep) can range over it;
 * it is absent, not null, when nothing is due, which keeps the record out of the index.
 */
export const StoredIncidentStateSchema = z.object({
  issueKey: z.string().min(1),
  version: z.number().int().min(1),
  updatedAt: IsoInstantSchema,
  escalation: EscalationStateSchema.nullable(),
  comms: IncidentCommsSchema.nullable(),
  nextEvaluationEpochMs: z.number().int().optional(),
});
export type StoredIncidentStateValue = z.infer<typeof StoredIncidentStateSchema>;

/** Parses one stored value; a failure names the field, and quarantines only this record. */
export function readStoredIncidentState(issueKey: string, raw: unknown): IncidentStateRead {
  if (raw === undefined || raw === null) return { kind: 'absent' };
  const r = StoredIncidentStateSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { kind: 'unreadable', error: `${issueKey}: the app's stored state is invalid at ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  const { escalation, comms, version, updatedAt } = r.data;
  return { kind: 'ok', state: { escalation, comms, version, updatedAt } };
}

export function storedValue(issueKey: string, doc: { escalation: StoredIncidentStateValue['escalation']; comms: StoredIncidentStateValue['comms'] },
  version: number, now: number): StoredIncidentStateValue {
  const due = doc.escalation?.nextEvaluationEpochMs;
  return { issueKey, version, updatedAt: new Date(now).toISOString(), escalation: doc.escalation, comms: doc.comms,
    ...(typeof due === 'number' ? { nextEvaluationEpochMs: due } : {}) };
}

/** Attention records are keyed so that the same finding on the same record is stored once. */
export const attentionId = (r: { issueKey: string; kind: string; property: string | null; reason: string }, hash: (s: string) => string) =>
  `${r.issueKey}:${r.kind}:${hash(`${r.property ?? ''}\n${r.reason}`)}`;
