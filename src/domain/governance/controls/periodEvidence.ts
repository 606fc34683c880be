import type { AdherenceAudit } from '../../../contracts/governance.js';

/** A policy version as the checks see it: who saved it, when, why, and when its review falls due. */
export interface PolicyVersionFact {
  policyId: string;
  version: number;
  author: string;
  savedAt: string;
  reason: string;
  reviewDueAt: string;
}

export interface RoleAuditFact {
  id: string;
  ranAt: string;
  attestedAt: string | null;
}

/** A quarterly access-log review: when it was completed and what its reviewer decided. */
export interface AccessReviewFact {
  quarter: string;
  completedAt: string | null;
  findings: number;
  actionNeeded: number;
}

export interface DrillFact {
  issueKey: string;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

/**
 * Everything the control checks read for one month, gathered by the use case. Pure data, so
 * every check is a function of it and the tests build it by hand.
 */
export interface PeriodEvidence {
  period: string;
  /** The month as [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** Checks about things due by the end of the month judge at min(toMs, asOfMs). */
  asOfMs: number;
  audit: AdherenceAudit | null;
  /** Every stored version of every policy (saves in the month are picked from these). */
  policyVersions: readonly PolicyVersionFact[];
  /** The version of each policy that was current at the end of the month. */
  policiesInForce: readonly PolicyVersionFact[];
  roleAudits: readonly RoleAuditFact[];
  accessReviews: readonly AccessReviewFact[];
  drills: readonly DrillFact[];
  /** The trail's verification now (the trail is append-only, so now speaks for every month). */
  trail: { ok: boolean; entries: number; problems: ReadonlyArray<{ seq: number; problem: string }> } | null;
}

/** The instant a month's obligations are judged at: its end, or now while it is still running. */
export function judgedAt(ev: PeriodEvidence): number {
  return Math.min(ev.toMs, ev.asOfMs);
}
