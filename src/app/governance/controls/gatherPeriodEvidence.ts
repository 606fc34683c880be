import type { PeriodEvidence, PolicyVersionFact } from '../../../domain/governance/controls/periodEvidence.js';
import type { GovernanceStore } from '../../../ports/governanceStore.js';
import type { Deps } from '../../shared/deps.js';
import { auditPeriodRange } from '../auditPeriod.js';
import { verifyWholeTrail } from '../trailAdmin.js';

export type ControlDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'drills'> & { governance: GovernanceStore };

/** Reads everything the control checks judge for one month: the audit, policy history, access reviews, drills and the trail. */
export async function gatherPeriodEvidence(deps: ControlDeps, period: string): Promise<PeriodEvidence> {
  const { from, to } = auditPeriodRange(period);
  const [audit, policies, roleAudits, drills, accessReviews] = await Promise.all([
    deps.governance.getAudit(period),
    deps.store.listPolicies(),
    deps.store.listRoleAudits(100),
    deps.drills ? deps.drills.listDrills() : Promise.resolve([]),
    deps.governance.listAccessReviews(),
  ]);
  const policyVersions: PolicyVersionFact[] = [];
  const policiesInForce: PolicyVersionFact[] = [];
  for (const p of policies) {
    const versions = (await deps.store.listPolicyVersions(p.policy.id)).map((v): PolicyVersionFact => ({
      policyId: v.policy.id, version: v.version, author: v.author, savedAt: v.savedAt, reason: v.reason, reviewDueAt: v.reviewDueAt,
    }));
    policyVersions.push(...versions);
    const inForce = versions.filter((v) => Date.parse(v.savedAt) < to).sort((a, b) => b.version - a.version)[0];
    if (inForce) policiesInForce.push(inForce);
  }
  let trail: PeriodEvidence['trail'] = null;
  try {
    const v = await verifyWholeTrail(deps.governance);
    trail = { ok: v.ok, entries: v.entries, problems: v.problems };
  } catch {
    // A trail entry that no longer parses is itself a gap; the check reports "could not be read".
    trail = null;
  }
  return {
    period, fromMs: from, toMs: to, asOfMs: deps.clock.now(), audit, policyVersions, policiesInForce,
    roleAudits: roleAudits.map((r) => ({ id: r.id, ranAt: r.ranAt, attestedAt: r.attestation?.at ?? null })),
    accessReviews: accessReviews.map((r) => ({ quarter: r.quarter, completedAt: r.completed?.at ?? null, findings: r.findings.length,
      actionNeeded: r.findings.filter((f) => f.signOff?.outcome === 'actionNeeded').length })),
    drills: drills.map((d) => ({ issueKey: d.issueKey, startedAt: d.startedAt, endedAt: d.endedAt, endReason: d.endReason })),
    trail,
  };
}
