import { EscalationStateSchema, initialEscalationState, type EscalationState } from '../../contracts/escalationState.js';
import { emptyIncidentComms, IncidentCommsSchema, type IncidentComms } from '../../contracts/incidentComms.js';

/** Key order never makes two equal states differ. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : x);
}

/** What the property says, judged against what app storage holds. */
export type MirrorVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The escalation property matches when it equals app state; with no app state, an absent
 * property or the initial state (what a restore writes) match.
 */
export function checkEscalationMirror(app: EscalationState | null, property: { state: EscalationState | null; error?: string }): MirrorVerdict {
  if (property.error !== undefined) return { ok: false, reason: `malformed: ${property.error}` };
  const expected = app ?? initialEscalationState;
  if (property.state === null) return app === null ? { ok: true } : { ok: false, reason: 'deleted: the escalation property was removed' };
  if (canonical(property.state) === canonical(expected)) return { ok: true };
  return { ok: false, reason: `tampered: the escalation property says ${describe(property.state)}; app storage says ${app ? describe(app) : 'never escalated'}` };
}

export function checkCommsMirror(app: IncidentComms | null, raw: unknown): MirrorVerdict {
  const expected = app ?? emptyIncidentComms;
  if (raw === undefined || raw === null) return app === null || canonical(app) === canonical(emptyIncidentComms) ? { ok: true } : { ok: false, reason: 'deleted: the comms property was removed' };
  const parsed = IncidentCommsSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, reason: `malformed: the comms property is invalid at ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  if (canonical(parsed.data) === canonical(expected)) return { ok: true };
  const lead = (c: IncidentComms) => c.lead?.accountId ?? 'nobody';
  return { ok: false, reason: `tampered: the comms property names ${lead(parsed.data)} as comms lead${parsed.data.bridge?.owners.length ? ' and lists bridge joins' : ''}; app storage says ${lead(expected)}` };
}

/** A property value as adoption reads it: only a value that parses can be adopted. */
export function parseEscalationProperty(raw: unknown): EscalationState | null {
  const r = EscalationStateSchema.safeParse(raw);
  return r.success ? r.data : null;
}

function describe(s: EscalationState): string {
  return `${s.status}${s.level !== null ? ` at level ${s.level}` : ''}${s.acknowledgedBy ? ` (acknowledged by ${s.acknowledgedBy})` : ''}`;
}
