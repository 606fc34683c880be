import { initialEscalationState } from '../../contracts/escalationState.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { IncidentPriorityView, IncidentView, Permission } from '../../contracts/resolvers.js';
import type { Incident } from '../../domain/incident/incident.js';
import { effectivePriority } from '../../domain/priority/effectivePriority.js';
import { decide } from '../../domain/escalation/decide.js';
import { choosePolicy } from '../../domain/policies/matchesScope.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { can } from '../../domain/access/can.js';
import { authorizeIssueAction } from '../access/authorize.js';
import type { TamperWarning } from '../../contracts/incidentIntegrity.js';
import type { Deps } from '../shared/deps.js';
import { engineContext, loadSettings } from '../policies/loadSettings.js';
import { withScopeJql } from './withScopeJql.js';
import { readIncidentComms } from '../comms/state/incidentCommsRecord.js';
import { commsView } from '../comms/lead/commsView.js';

function priorityView(config: EscalationConfig, incident: Incident): IncidentPriorityView {
  const ep = effectivePriority(config, incident);
  return { priority: ep.priority, source: ep.source, jiraPriority: incident.jiraPriority ?? null, conflict: ep.conflict };
}

/**
 * Everything the issue panel shows, in one call: state, SLAs, the engine's reasoning right now
 * (a dry run that changes nothing), the timeline, and what the viewer may do.
 */
export async function incidentView(deps: Deps, actor: Actor, issueKey: string): Promise<IncidentView> {
  const roles = await authorizeIssueAction(deps, actor, 'viewPanel', issueKey);
  const [record, settings, events, canEdit, sends, comms] = await Promise.all([
    deps.host.getIncident(issueKey),
    loadSettings(deps.store, deps.coordination),
    deps.store.listEvents(issueKey),
    deps.host.hasIssuePermission(actor.accountId, issueKey, 'EDIT_ISSUES'),
    deps.comms.listSends(issueKey),
    readIncidentComms(deps.host, issueKey),
  ]);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you cannot see it`);
  // Read after the record: a property this very read found changed is already listed.
  const tamperWarnings = await tamperWarningsOf(deps, issueKey);
  const state = record.state ?? initialEscalationState;
  const incident = await withScopeJql(deps, record.incident, settings.policies);
  const ownId = state.policyId ?? choosePolicy(settings.policies.map((p) => p.policy), incident)?.id;
  const vp = settings.policies.find((p) => p.policy.id === ownId) ?? null;
  const now = deps.clock.now();
  const trace = vp ? decide(incident, state, vp, now, settings.config, engineContext(settings)).trace : ['No enabled escalation policy covers this incident.'];
  const noEdit: Permission = { allowed: false, reason: 'You need the Edit issues permission on this issue.' };
  const live = state.status === 'active';
  // The role first, then Jira's permission, then whether the state allows it: the first refusal is the reason shown.
  const gate = (action: 'escalate' | 'acknowledge' | 'standDown', byState: () => Permission): Permission => {
    const role = can(roles, action);
    if (!role.allowed) return { allowed: false, reason: role.reason };
    return canEdit ? byState() : noEdit;
  };
  return {
    issueKey,
    state,
    policy: vp && { id: vp.policy.id, name: vp.policy.name, version: vp.version, levelsPerPath: {
      technical: vp.policy.paths.technical.levels.length,
      managerial: vp.policy.paths.managerial.levels.length,
      executive: vp.policy.paths.executive.levels.length } },
    slas: record.incident.slas.map((s) => ({ metric: s.metric, remainingMs: s.remainingMs, breached: s.breached, paused: s.paused, completed: s.completed })),
    trace,
    events,
    permissions: {
      escalate: gate('escalate', () => (vp ? { allowed: true } : { allowed: false, reason: 'No escalation policy covers this incident.' })),
      acknowledge: gate('acknowledge', () => (live ? { allowed: true } : { allowed: false, reason: 'There is no active escalation to acknowledge.' })),
      standDown: gate('standDown', () => (live || state.status === 'acknowledged' ? { allowed: true } : { allowed: false, reason: 'There is no escalation to stand down.' })),
    },
    now: new Date(now).toISOString(),
    priority: priorityView(settings.config, incident),
    communications: { sends, failed: sends.filter((x) => x.status === 'failed').length },
    comms: commsView(comms, state, settings.config, actor.accountId, roles, now),
    tamperWarnings,
  };
}

/** Properties someone changed behind the app's back (put back from app storage), newest first. */
async function tamperWarningsOf(deps: Deps, issueKey: string): Promise<TamperWarning[]> {
  const found = (await deps.incidentState?.listAttention(issueKey, 20)) ?? [];
  return found.filter((r) => r.kind === 'bypassAttempt').map((r) => ({ property: r.property, at: r.at, reason: r.reason, lastEditedBy: r.lastEditedBy }));
}
