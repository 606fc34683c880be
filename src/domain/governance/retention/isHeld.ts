import type { LegalHold } from '../../../contracts/retention.js';

/** A record as the purge sees it: when it happened and which incident it belongs to, if any. */
export interface PurgeCandidate {
  key: string;
  at: string;
  incidentKey: string | null;
}

/**
 * Whether an active legal hold covers the record: one on its incident, or one on a period
 * (whole UTC days, both ends included) that the record falls in. Released holds cover nothing.
 *
 * @example isHeld([holdOn('ITOPS-7')], { key: 'k', at: '2025-01-01T00:00:00Z', incidentKey: 'ITOPS-7' }) // true
 */
export function isHeld(holds: readonly LegalHold[], record: PurgeCandidate): boolean {
  const t = Date.parse(record.at);
  return holds.some((h) => {
    if (h.released) return false;
    if (h.scope.kind === 'incident') return record.incidentKey === h.scope.issueKey;
    return t >= Date.parse(`${h.scope.from}T00:00:00.000Z`) && t < Date.parse(`${h.scope.to}T00:00:00.000Z`) + 86_400_000;
  });
}
