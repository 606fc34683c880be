import type { CoordinationRecord } from '../../contracts/coordination.js';
import type { HandoffDecisionRequest, RequestHandoffRequest } from '../../contracts/coordinationView.js';
import { ROLE_LABELS, type AppRole } from '../../domain/access/appRole.js';
import { iso, type CoordinationStep } from '../../domain/coordination/coordinationEffect.js';
import type { CoordinationContext } from '../../domain/coordination/coordinationContext.js';
import { acknowledgeEngagement, releaseEngagement } from '../../domain/coordination/engagementCommands.js';
import { engageTeam } from '../../domain/coordination/engageTeam.js';
import { acceptHandoff, declineHandoff, HandoffRefused, requestHandoff } from '../../domain/coordination/handoffs.js';
import { authorizeIssueAction } from '../access/authorize.js';
import { projectOf, rolesIn } from '../access/callerRoles.js';
import { loadSettings, type Settings } from '../policies/loadSettings.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { coordinationOf } from './coordinationDeps.js';
import { coordinationContextFor } from './coordinationContextFor.js';
import { updateCoordination } from './updateCoordination.js';
import { trackCoordination } from './trackCoordination.js';
import { syncWarRoomQuietly } from '../warRoom/syncWarRoom.js';

type Step = (record: CoordinationRecord, ctx: CoordinationContext, settings: Settings) => CoordinationStep<CoordinationRecord>;

/** Authorises, reads what coordination needs, applies one step and re-arms the OLA timers. */
async function run(deps: Deps, actor: Actor, issueKey: string, step: Step): Promise<void> {
  await authorizeIssueAction(deps, actor, 'coordinate', issueKey);
  const coordination = coordinationOf(deps);
  const [record, settings] = await Promise.all([deps.host.getIncident(issueKey), loadSettings(deps.store, coordination)]);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you cannot see it`);
  const ctx = await coordinationContextFor(deps, record.incident, settings);
  try {
    await updateCoordination({ ...deps, coordination }, issueKey, (r) => step(r, ctx, settings));
  } catch (e) {
    if (e instanceof HandoffRefused) throw new AppError('INVALID', `${e.field}: ${e.message}`, [{ field: e.field, message: e.message }]);
    throw e;
  }
  // Arms the exact timer for the clocks the step started (the same pass the timers run).
  await trackCoordination(deps, record.incident, record.state, settings);
  await syncWarRoomQuietly(deps, record.incident, record.state, settings);
}

/** Only the team's members and its manager path (or a policy admin) act for a team. */
async function requireMember(deps: Deps, actor: Actor, issueKey: string, teamId: string, settings: Settings): Promise<void> {
  const team = settings.teams.get(teamId);
  if (!team) throw new AppError('INVALID', `teamId: no team "${teamId}"`, [{ field: 'teamId', message: `no team "${teamId}"` }]);
  if (team.members.includes(actor.accountId) || team.managers.includes(actor.accountId)) return;
  const roles = await rolesIn(deps, actor.accountId, [projectOf(issueKey)]);
  if (roles.includes('policyAdmin')) return;
  await deps.store.appendAccessLog({ at: iso(deps.clock.now()), accountId: actor.accountId, action: 'actForTeam', issueKey, allowed: false, reason: `not a member of team ${team.name}` });
  throw new AppError('FORBIDDEN', `only members of ${team.name} may act for it`);
}

export async function engageTeamByHand(deps: Deps, actor: Actor, req: { issueKey: string; teamId: string; withLiaison: boolean }): Promise<void> {
  await run(deps, actor, req.issueKey, (r, ctx) => {
    const team = ctx.teams.get(req.teamId);
    if (!team) throw new HandoffRefused('teamId', `no team "${req.teamId}"`);
    if (r.closedAt !== null) throw new HandoffRefused('teamId', 'engaging stopped when the incident was resolved or stood down');
    return engageTeam(r, team, { protocolId: null, step: 1, withLiaison: req.withLiaison, by: `${actor.accountId} (engage team)`, actor: actor.accountId }, ctx);
  });
}

export async function acknowledgeTeam(deps: Deps, actor: Actor, req: { issueKey: string; teamId: string }): Promise<void> {
  const settings = await loadSettings(deps.store, coordinationOf(deps));
  await requireMember(deps, actor, req.issueKey, req.teamId, settings);
  await run(deps, actor, req.issueKey, (r, ctx) => acknowledgeEngagement(r, req.teamId, actor.accountId, ctx));
}

export async function releaseTeam(deps: Deps, actor: Actor, req: { issueKey: string; teamId: string; reason: string }): Promise<void> {
  await run(deps, actor, req.issueKey, (r, ctx) => releaseEngagement(r, req.teamId, actor.accountId, req.reason, ctx));
}

export async function handOff(deps: Deps, actor: Actor, req: RequestHandoffRequest): Promise<void> {
  await run(deps, actor, req.issueKey, (r, ctx) => requestHandoff(r, req, actor.accountId, ctx));
}

/** Accepting or declining is for the receiving team's members; a decline needs a reason. */
export async function decideHandoff(deps: Deps, actor: Actor, req: HandoffDecisionRequest): Promise<void> {
  const coordination = coordinationOf(deps);
  const current = await coordination.getRecord(req.issueKey);
  const h = current?.record.handoffs.find((x) => x.id === req.handoffId);
  if (!h) throw new AppError('NOT_FOUND', `handoffId: no handoff "${req.handoffId}" on ${req.issueKey}`);
  if (req.decision === 'decline' && req.reason.trim().length < 3) throw new AppError('INVALID', 'reason: say why you decline, in at least 3 characters', [{ field: 'reason', message: 'say why you decline, in at least 3 characters' }]);
  await requireMember(deps, actor, req.issueKey, h.toTeamId, await loadSettings(deps.store, coordination));
  await run(deps, actor, req.issueKey, (r, ctx) => (req.decision === 'accept'
    ? acceptHandoff(r, req.handoffId, actor.accountId, ctx)
    : declineHandoff(r, req.handoffId, actor.accountId, req.reason.trim(), ctx)));
}

/** The incident commander holds the role the matched protocol names (escalation initiator by default). */
export async function designateCommander(deps: Deps, actor: Actor, req: { issueKey: string; accountId: string }): Promise<void> {
  const coordination = coordinationOf(deps);
  const current = await coordination.getRecord(req.issueKey);
  const protocolId = current?.record.protocolIds[0];
  const protocol = protocolId ? await coordination.getProtocol(protocolId) : null;
  const role: AppRole = protocol?.protocol.commanderRole ?? 'initiator';
  const roles = await rolesIn(deps, req.accountId, [projectOf(req.issueKey)]);
  if (!roles.includes(role) && !roles.includes('policyAdmin')) {
    throw new AppError('INVALID', `accountId: ${req.accountId} cannot be incident commander: that needs the ${ROLE_LABELS[role]} role`, [{ field: 'accountId', message: `needs the ${ROLE_LABELS[role]} role` }]);
  }
  await run(deps, actor, req.issueKey, (r, ctx) => {
    if (r.commander?.accountId === req.accountId) return { record: r, effects: [] };
    const was = r.commander ? ` in place of ${r.commander.accountId}` : '';
    return {
      record: { ...r, commander: { accountId: req.accountId, designatedBy: actor.accountId, at: iso(ctx.now), role } },
      effects: [{ key: `${req.issueKey}/coord/commander/${r.commander?.accountId ?? '-'}/${req.accountId}`, type: 'commanderDesignated', actor: actor.accountId,
        detail: `${req.accountId} designated incident commander (${ROLE_LABELS[role]})${was}.`,
        page: { accountIds: [req.accountId], subject: `[${req.issueKey}] You are the incident commander`, body: `${actor.accountId} designated you incident commander of ${req.issueKey}.${ctx.bridge ? `\nShared bridge: ${ctx.bridge}` : ''}` } }],
    };
  });
}
