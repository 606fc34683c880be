import type { EvidenceCheck, EvidenceCheckKind } from '../../../src/contracts/controls.js';
import { RULE_LABELS } from './ruleLabels.js';

/** The evidence checks in words, as the control editor offers them. */
export const CHECK_LABELS: Readonly<Record<EvidenceCheckKind, string>> = {
  adherenceRule: 'Adherence rule met in at least N% of checks',
  auditSignedOff: 'Monthly audit signed off',
  deviationsDispositioned: 'Every audit deviation dispositioned',
  accessReviewAttested: 'Access review attested recently',
  accessLogReviewed: 'Quarterly access-log review completed recently',
  policyChangesRecorded: 'Policy changes record author and reason',
  policiesReviewed: 'No policy past its review date',
  drillsHeld: 'Drills completed',
  trailIntact: 'Audit trail verifies',
};

/** A new check of `kind` with sensible parameters, for the editor's kind picker. */
export function defaultCheck(kind: EvidenceCheckKind): EvidenceCheck {
  switch (kind) {
    case 'adherenceRule': return { kind, rule: 'levelOnTime', minPercent: 95 };
    case 'accessReviewAttested': return { kind, maxAgeDays: 92 };
    case 'accessLogReviewed': return { kind, maxAgeDays: 120 };
    case 'drillsHeld': return { kind, minDrills: 1, windowMonths: 3 };
    default: return { kind } as EvidenceCheck;
  }
}

/** "Level on time ≥ 95%", "Drills completed: 1 in 3 months": how a check reads in the table. */
export function checkText(c: EvidenceCheck): string {
  switch (c.kind) {
    case 'adherenceRule': return `${RULE_LABELS[c.rule]} ≥ ${c.minPercent}%`;
    case 'accessReviewAttested': return `Access review attested within ${c.maxAgeDays} days`;
    case 'accessLogReviewed': return `Access-log review completed within ${c.maxAgeDays} days`;
    case 'drillsHeld': return `At least ${c.minDrills} drill${c.minDrills === 1 ? '' : 's'} in ${c.windowMonths} month${c.windowMonths === 1 ? '' : 's'}`;
    default: return CHECK_LABELS[c.kind];
  }
}
