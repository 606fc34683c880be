import type { RoleAuditFinding } from '../../contracts/duties.js';
import type { Target } from '../../contracts/policy.js';
import { can } from '../../domain/access/can.js';
import { findGaps } from '../../domain/oncall/findGaps.js';
import type { Schedule } from '../../domain/oncall/schedule.js';
import { whoIsOnCall } from '../../domain/oncall/whoIsOnCall.js';
import type { DirectoryUser } from '../../ports/incidentHost.js';
import { currentRoleMapping, rolesIn, type RoleDeps } from '../access/callerRoles.js';
import { policyLevels, type PolicyLevelRef } from '../policies/policyLevels.js';

export const AUDIT_GAP_DAYS = 30;

/**
 * Everything the quarterly role validation looks for, as of `now`: people in rotations or named
 * by levels who are deactivated, unknown to Jira, or no longer hold the role acknowledging needs;
 * levels that would page nobody now; and schedule gaps in the next 30 days.
 */
export async function roleAuditFindings(deps: RoleDeps, policies: Parameters<typeof policyLevels>[0], schedules: readonly Schedule[], now: number): Promise<RoleAuditFinding[]> {
  const levels = policyLevels(policies);
  const people = new Map<string, string>();
  for (const s of schedules) for (const l of s.layers) for (const p of l.rotation.participants) if (!people.has(p)) people.set(p, `a rotation of ${s.name}`);
  for (const l of levels) for (const t of [...l.targets, ...l.backups]) if (t.type === 'user' && !people.has(t.accountId)) people.set(t.accountId, where(l));

  const users = new Map<string, DirectoryUser | null>();
  for (const id of people.keys()) users.set(id, await deps.host.getUser(id));
  const findings: RoleAuditFinding[] = [];
  const mapping = await currentRoleMapping(deps.store);
  const projects = [...new Set(policies.flatMap((p) => p.scope.projects))].sort();
  for (const [accountId, seenIn] of people) {
    const u = users.get(accountId);
    if (!u) { findings.push({ kind: 'unknownUser', accountId, message: `${accountId} (in ${seenIn}) is not a Jira account` }); continue; }
    if (!u.active) { findings.push({ kind: 'inactiveUser', accountId, message: `${u.displayName || accountId} (in ${seenIn}) is deactivated in Jira` }); continue; }
    const decision = can(await rolesIn(deps, accountId, projects, mapping), 'acknowledge');
    if (!decision.allowed) {
      findings.push({ kind: 'missingRole', accountId, message: `${u.displayName || accountId} (in ${seenIn}) can be paged but cannot acknowledge: ${decision.reason.replace(/; you have:/, '; they have:')}` });
    }
  }

  const byId = new Map(schedules.map((s) => [s.id, s]));
  const reachable = (t: Target): boolean => {
    if (t.type === 'user') return users.get(t.accountId)?.active === true;
    if (t.type !== 'schedule') return true; // groups and teams are resolved by Jira when paged
    const s = byId.get(t.scheduleId);
    const answer = s && whoIsOnCall(s, new Date(now));
    return answer?.onCall === true && users.get(answer.accountId)?.active !== false;
  };
  for (const l of levels) {
    if (![...l.targets, ...l.backups].some(reachable)) {
      findings.push({ kind: 'levelResolvesToNobody', policyId: l.policy.id, path: l.path, level: l.level, message: `${where(l)} would page nobody now` });
    }
  }
  for (const s of schedules) {
    for (const g of findGaps(s, new Date(now), AUDIT_GAP_DAYS)) {
      findings.push({ kind: 'scheduleGap', scheduleId: s.id, start: g.start.toISOString(), end: g.end.toISOString(),
        message: `${s.name} has nobody on call from ${g.start.toISOString()} to ${g.end.toISOString()}` });
    }
  }
  return findings;
}

const where = (l: PolicyLevelRef) => `policy ${l.policy.id}, ${l.path} level ${l.level}`;
