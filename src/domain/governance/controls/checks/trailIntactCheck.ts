import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import type { PeriodEvidence } from '../periodEvidence.js';

/** The records the other checks read are the records that were written: the hash chain verifies. */
export function trailIntactCheck(check: Extract<EvidenceCheck, { kind: 'trailIntact' }>, ev: PeriodEvidence): CheckResult {
  if (!ev.trail) return { check, status: 'gap', summary: 'The audit trail could not be read, so its integrity is not evidenced.', evidence: [] };
  if (ev.trail.ok) return { check, status: 'met', summary: `The audit trail's ${ev.trail.entries} entries verify: nothing altered, removed or reordered.`, evidence: [{ kind: 'trail', id: '1', label: `Trail, ${ev.trail.entries} entries` }] };
  return {
    check, status: 'gap',
    summary: `The audit trail fails verification at ${ev.trail.problems.length} place${ev.trail.problems.length === 1 ? '' : 's'}.`,
    evidence: ev.trail.problems.slice(0, 20).map((p) => ({ kind: 'trail' as const, id: String(p.seq), label: `entry ${p.seq}: ${p.problem}` })),
  };
}
