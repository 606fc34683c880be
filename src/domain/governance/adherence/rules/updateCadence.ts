import type { AdherenceCheck, AuditOptions, IncidentAuditInput } from '../adherenceCheck.js';
import { clockText, minutesText } from '../clockText.js';

/**
 * Stakeholder updates kept their cadence from the first page until resolution: each gap
 * between updates (the first counted from the first page) at most the cadence plus its grace.
 */
export function updateCadence(input: IncidentAuditInput, opts: AuditOptions): AdherenceCheck[] {
  if (input.updateCadenceMinutes === null) return [];
  const start = input.events.find((e) => e.type === 'paged' || e.type === 'levelChanged' || e.type === 'manualEscalation');
  if (!start) return [];
  const end = input.events.find((e) => e.type === 'resolved' || e.type === 'stoodDown');
  const endMs = end ? Date.parse(end.at) : opts.asOfMs;
  const allowed = (input.updateCadenceMinutes + input.cadenceGraceMinutes) * 60_000;
  const updates = input.events.filter((e) => e.type === 'updatePublished' && Date.parse(e.at) <= endMs);
  const checks: AdherenceCheck[] = [];
  let prev = start;
  for (const next of [...updates, null]) {
    const prevMs = Date.parse(prev.at);
    const due = prevMs + allowed;
    if (next === null && due >= endMs) break;
    const atMs = next ? Date.parse(next.at) : endMs;
    checks.push({ rule: 'updateCadence', met: atMs <= due, dueAt: new Date(due).toISOString(),
      expected: `an update by ${clockText(due)} (every ${minutesText(input.updateCadenceMinutes * 60_000)}, ${minutesText(input.cadenceGraceMinutes * 60_000)} grace)`,
      actual: next ? `update at ${clockText(atMs)}` : `no update before ${end ? `${end.type} at ${clockText(endMs)}` : 'the audit'}`,
      evidence: [prev.seq, ...(next ? [next.seq] : end ? [end.seq] : [])], responsible: 'comms lead' });
    if (!next) break;
    prev = next;
  }
  return checks;
}
