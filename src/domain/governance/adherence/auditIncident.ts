import type { AdherenceCheck, AuditOptions, IncidentAuditInput } from './adherenceCheck.js';
import { backupOnGap } from './rules/backupOnGap.js';
import { bridgeJoined } from './rules/bridgeJoined.js';
import { followUpInTime } from './rules/followUpInTime.js';
import { levelOnTime } from './rules/levelOnTime.js';
import { manualActionJustified } from './rules/manualActionJustified.js';
import { reviewOnTime } from './rules/reviewOnTime.js';
import { updateCadence } from './rules/updateCadence.js';

export interface IncidentAudit {
  incidentKey: string;
  policyId: string | null;
  policyVersion: number | null;
  checks: AdherenceCheck[];
  /** True when every check was met (an incident with no checks due is adherent). */
  adherent: boolean;
}

/**
 * Checks one escalated incident against the policy version that was in force, rule by rule.
 * Pure: everything it needs is in `input`, and `opts.asOfMs` stands in for now.
 */
export function auditIncident(input: IncidentAuditInput, opts: AuditOptions): IncidentAudit {
  const checks = [
    ...levelOnTime(input, opts),
    ...followUpInTime(input, opts),
    ...backupOnGap(input),
    ...bridgeJoined(input),
    ...updateCadence(input, opts),
    ...manualActionJustified(input),
    ...reviewOnTime(input, opts),
  ];
  const versioned = input.events.find((e) => e.policyId !== null);
  return {
    incidentKey: input.incidentKey,
    policyId: versioned?.policyId ?? null,
    policyVersion: versioned?.policyVersion ?? null,
    checks,
    adherent: checks.every((c) => c.met),
  };
}
