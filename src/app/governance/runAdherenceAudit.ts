import type { AdherenceAudit, Deviation } from '../../contracts/governance.js';
import type { EventLogEntry } from '../../contracts/events.js';
import { auditIncident } from '../../domain/governance/adherence/auditIncident.js';
import { summariseAdherence } from '../../domain/governance/adherence/summariseAdherence.js';
import { requiresReview } from '../../domain/reviews/requiresReview.js';
import { incidentCommsSettings } from '../comms/state/incidentCommsSettings.js';
import { loadSettings } from '../policies/loadSettings.js';
import { reviewSettingsOrDefault } from '../reviews/reviewSettingsOrDefault.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import type { GovernanceStore } from '../../ports/governanceStore.js';
import { auditPeriodRange } from './auditPeriod.js';
import { wasAuthorised } from './wasAuthorised.js';

/** A month's audit reads each incident's events once; this keeps one run inside an invocation. */
export const AUDIT_LIMIT = 1000;
const TOLERANCE_MS = 2 * 60_000;
const STARTS = new Set<EventLogEntry['type']>(['triggered', 'manualEscalation']);

export type AuditDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'reviews'> & { governance: GovernanceStore };

/**
 * Audits every incident whose escalation started in `period` against the policy version that
 * was in force, and stores the result as that period's audit. Idempotent: a period already
 * audited is returned as it is (a rerun would discard the auditor's dispositions) unless
 * `rerun` is asked for while the audit is still open, and then dispositions of deviations that
 * are found again are kept.
 */
export async function runAdherenceAudit(deps: AuditDeps, period: string, ranBy: string, rerun = false): Promise<AdherenceAudit> {
  const existing = await deps.governance.getAudit(period);
  if (existing && (!rerun || existing.status === 'signedOff')) {
    if (rerun) throw new AppError('CONFLICT', `the audit of ${period} is signed off and cannot be run again`);
    return existing;
  }
  const { from, to } = auditPeriodRange(period);
  const now = deps.clock.now();
  if (from > now) throw new AppError('INVALID', `${period} has not started yet`, [{ field: 'period', message: 'choose a month that has started' }]);
  const settings = await loadSettings(deps.store);
  const comms = incidentCommsSettings(settings.config);
  const reviewSettings = deps.reviews ? await reviewSettingsOrDefault(deps.reviews.store) : null;
  const access = await deps.store.listAccessLog(5000);
  const days = Math.ceil((now - from) / 86_400_000) + 1;
  const skipped: AdherenceAudit['skipped'] = [];
  const audited: Array<{ audit: ReturnType<typeof auditIncident>; service: string | null }> = [];
  let token: string | null = null;
  let truncated = false;
  const seen = new Set<string>();
  do {
    const page = await deps.host.search({ kind: 'escalated', resolvedWithinDays: days }, token);
    for (const u of page.unreadable) skipped.push({ incidentKey: u.key, reason: `unreadable: ${u.error}` });
    for (const { incident, state } of page.records) {
      if (seen.has(incident.key)) continue;
      seen.add(incident.key);
      if (audited.length >= AUDIT_LIMIT) { truncated = true; break; }
      const events = (await deps.store.listEvents(incident.key)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
      const start = events.find((e) => STARTS.has(e.type));
      if (!start) continue;
      const startMs = Date.parse(start.at);
      if (startMs < from || startMs >= to) continue;
      if (start.policyId === null || start.policyVersion === null) { skipped.push({ incidentKey: incident.key, reason: 'escalated without a policy' }); continue; }
      const version = await deps.store.getPolicyVersion(start.policyId, start.policyVersion);
      if (!version) { skipped.push({ incidentKey: incident.key, reason: `version ${start.policyVersion} of ${start.policyId} is no longer stored` }); continue; }
      const priority = state?.priority ?? null;
      const commsRan = events.some((e) => e.type === 'commsLeadDesignated' || e.type === 'updatePublished');
      const cadence = priority && commsRan ? comms.cadence[priority] ?? null : null;
      const pathsReached = [...new Set(events.flatMap((e) => (e.path ? [e.path] : [])))];
      const reviewRequired = events.some((e) => e.type === 'reviewOpened')
        || (reviewSettings !== null && events.some((e) => e.type === 'resolved') && requiresReview(reviewSettings, { escalated: true, priority, pathsReached, service: incident.service }).required);
      const audit = auditIncident({
        incidentKey: incident.key, events, paths: version.policy.paths, updateCadenceMinutes: cadence, cadenceGraceMinutes: comms.cadence.graceMinutes,
        bridgeJoinMinutes: comms.bridge.joinMinutes, reviewRequired, reviewDueHours: reviewSettings?.dueHours ?? 48,
        authorised: (actor, action, at) => wasAuthorised(access, actor, action, at),
      }, { toleranceMs: TOLERANCE_MS, asOfMs: now });
      audited.push({ audit, service: incident.service });
    }
    token = truncated ? null : page.nextPageToken;
  } while (token !== null);
  const previous = new Map((existing?.deviations ?? []).map((d) => [d.id, d.disposition]));
  const deviations: Deviation[] = audited.flatMap(({ audit, service }) => audit.checks.filter((c) => !c.met).map((c, i) => {
    const id = `${audit.incidentKey}:${c.rule}:${c.dueAt}:${i}`;
    return { id, incidentKey: audit.incidentKey, service, policyId: audit.policyId, policyVersion: audit.policyVersion, rule: c.rule, dueAt: c.dueAt,
      expected: c.expected, actual: c.actual, evidence: c.evidence, responsible: c.responsible, disposition: previous.get(id) ?? null };
  }));
  const record: AdherenceAudit = {
    schema: 1, period, from: new Date(from).toISOString(), to: new Date(to).toISOString(), ranAt: new Date(now).toISOString(), ranBy,
    revision: (existing?.revision ?? 0) + 1, incidentsAudited: audited.length, skipped, truncated, summary: summariseAdherence(audited), deviations,
    status: 'open', signedOff: null, escalatedAt: existing?.escalatedAt ?? null,
  };
  const saved = await deps.governance.saveAudit(record);
  if (!saved.saved) {
    // Another run of the same period won the race (a duplicate scheduled run): theirs stands.
    const winner = await deps.governance.getAudit(period);
    if (winner) return winner;
    throw new AppError('CONFLICT', `the audit of ${period} changed while it ran; run it again`);
  }
  return record;
}
