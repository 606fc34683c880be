import type { CheckResult, EvidenceCheck } from '../../../contracts/controls.js';
import { accessLogReviewedCheck } from './checks/accessLogReviewedCheck.js';
import { accessReviewAttestedCheck } from './checks/accessReviewAttestedCheck.js';
import { adherenceRuleCheck } from './checks/adherenceRuleCheck.js';
import { auditSignedOffCheck } from './checks/auditSignedOffCheck.js';
import { deviationsDispositionedCheck } from './checks/deviationsDispositionedCheck.js';
import { drillsHeldCheck } from './checks/drillsHeldCheck.js';
import { policiesReviewedCheck } from './checks/policiesReviewedCheck.js';
import { policyChangesRecordedCheck } from './checks/policyChangesRecordedCheck.js';
import { trailIntactCheck } from './checks/trailIntactCheck.js';
import type { PeriodEvidence } from './periodEvidence.js';

/** Runs one evidence check against a month's records. */
export function evaluateCheck(check: EvidenceCheck, ev: PeriodEvidence): CheckResult {
  switch (check.kind) {
    case 'adherenceRule': return adherenceRuleCheck(check, ev);
    case 'auditSignedOff': return auditSignedOffCheck(check, ev);
    case 'deviationsDispositioned': return deviationsDispositionedCheck(check, ev);
    case 'accessReviewAttested': return accessReviewAttestedCheck(check, ev);
    case 'accessLogReviewed': return accessLogReviewedCheck(check, ev);
    case 'policyChangesRecorded': return policyChangesRecordedCheck(check, ev);
    case 'policiesReviewed': return policiesReviewedCheck(check, ev);
    case 'drillsHeld': return drillsHeldCheck(check, ev);
    case 'trailIntact': return trailIntactCheck(check, ev);
  }
}
