import type { EscalateRequest, StandDownRequest } from '../../contracts/resolvers.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { PathName } from '../../contracts/common.js';
import { initialEscalationState, type EscalationState } from '../../contracts/escalationState.js';
import { acknowledge as ackCommand, escalateManually, standDown as standDownCommand } from '../../domain/escalation/commands.js';
import type { CommandResult, Decision } from '../../domain/escalation/decision.js';
import type { EngineContext } from '../../domain/escalation/engineContext.js';
import type { Incident } from '../../domain/incident/incident.js';
import { choosePolicy } from '../../domain/policies/matchesScope.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import type { Actor } from '../shared/actor.js';
import { notifySource } from '../alerts/ingest/notifySource.js';
import { AppError } from '../shared/appError.js';
import { authorizeIssueAction } from '../access/authorize.js';
import type { Deps } from '../shared/deps.js';
import { trackCoordination } from '../coordination/trackCoordination.js';
import { syncWarRoomQuietly } from '../warRoom/syncWarRoom.js';
import { loadSettings } from '../policies/loadSettings.js';
import { decideWithResponders } from './responderFacts.js';
import { recordDecision } from './recordDecision.js';
import { CONFLICT_RETRIES } from './conflictRetries.js';
import { StateConflictError } from '../../ports/incidentStateStore.js';
import { withScopeJql } from './withScopeJql.js';

/** A person escalates an incident to a chosen path and level, with a reason. */
export async function escalate(deps: Deps, actor: Actor, req: EscalateRequest): Promise<Decision> {
  await authorizeIssueAction(deps, actor, 'escalate', req.issueKey);
  return run(deps, req.issueKey, (ctx) =>
    escalateManually(ctx.incident, ctx.state, ctx.vp, deps.clock.now(), ctx.config, { actor: actor.accountId, path: req.path, level: req.level, reason: req.reason }, ctx.engine));
}

/** A responder acknowledges: the climb stops. */
export async function acknowledge(deps: Deps, actor: Actor, issueKey: string): Promise<Decision> {
  await authorizeIssueAction(deps, actor, 'acknowledge', issueKey);
  return recordAcknowledgement(deps, actor, issueKey);
}

/** The acknowledgement itself, for callers that have already authorised the actor (the ack link). */
export async function recordAcknowledgement(deps: Deps, actor: Actor, issueKey: string): Promise<Decision> {
  const decision = await run(deps, issueKey, (ctx) => ackCommand(issueKey, ctx.state, ctx.vp, deps.clock.now(), actor.accountId));
  // An incident opened by an alert integration tells its source (once; no-op otherwise).
  if (decision.state.status === 'acknowledged') await notifySource(deps, issueKey, 'acknowledged');
  return decision;
}

/**
 * The app acknowledging for an alert sender that said someone is on it (Events v2
 * `acknowledge`); the integration's configuration authorised it. The source is not told back.
 */
export function acknowledgeAsApp(deps: Deps, issueKey: string, by: string): Promise<Decision> {
  return run(deps, issueKey, (ctx) => ackCommand(issueKey, ctx.state, ctx.vp, deps.clock.now(), by));
}

/** Stands an escalation down (de-escalates) with a reason, without resolving the incident. */
export async function standDown(deps: Deps, actor: Actor, req: StandDownRequest): Promise<Decision> {
  await authorizeIssueAction(deps, actor, 'standDown', req.issueKey);
  return run(deps, req.issueKey, (ctx) =>
    standDownCommand(ctx.incident, ctx.state, ctx.vp, deps.clock.now(), ctx.config, actor.accountId, req.reason));
}

/** The app standing an escalation down for a resolved alert; the integration's configuration authorised it. */
export function standDownAsApp(deps: Deps, issueKey: string, by: string, reason: string): Promise<Decision> {
  return run(deps, issueKey, (ctx) => standDownCommand(ctx.incident, ctx.state, ctx.vp, deps.clock.now(), ctx.config, by, reason));
}

/**
 * The app starting a drill's escalation on the drill's own policy (whatever policy would
 * otherwise match the issue), at a chosen path's first level. The drill's starter was authorised.
 */
export function escalateDrill(deps: Deps, issueKey: string, policyId: string, path: PathName, by: string, reason: string): Promise<Decision> {
  return run(deps, issueKey, (ctx) =>
    escalateManually(ctx.incident, ctx.state, ctx.vp, deps.clock.now(), ctx.config, { actor: by, path, level: 1, reason }, ctx.engine), policyId);
}

interface CommandContext {
  incident: Incident;
  state: EscalationState;
  vp: PolicyVersionRecord;
  config: EscalationConfig;
  engine: EngineContext;
}

/** Reads the incident and its policy, runs a pure command, and records the decision. */
async function run(deps: Deps, key: string, command: (ctx: CommandContext) => CommandResult, policyId?: string, attempt = 0): Promise<Decision> {
  const record = await deps.host.getIncident(key);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${key} does not exist or you cannot see it`);
  const settings = await loadSettings(deps.store, deps.coordination);
  const state = record.state ?? initialEscalationState;
  const incident = await withScopeJql(deps, record.incident, settings.policies);
  const own = settings.policies.find((p) => p.policy.id === (policyId ?? state.policyId));
  const chosenId = own?.policy.id ?? choosePolicy(settings.policies.map((x) => x.policy), incident)?.id;
  const vp = settings.policies.find((p) => p.policy.id === chosenId);
  if (!vp) throw new AppError('INVALID', `no enabled escalation policy covers ${key}`, [], 'issueKey');
  const result = await decideWithResponders(deps, settings, vp.policy,
    (engine) => command({ incident, state, vp, config: settings.config, engine }), (r) => (r.ok ? r.decision : null));
  // The engine's refusals name their field (`level: ...`) or are about the incident itself.
  if (!result.ok) throw new AppError('INVALID', result.error, [], 'issueKey');
  try {
    await recordDecision(deps, key, record.state, result.decision);
  } catch (e) {
    // The state moved under us (a timer escalated, someone else acknowledged): run the command
    // again on what is stored now, so neither change is lost.
    if (e instanceof StateConflictError && attempt < CONFLICT_RETRIES) return run(deps, key, command, policyId, attempt + 1);
    throw e;
  }
  // A manual climb engages the joint protocol's teams now, and a stand-down releases them. The
  // decision is recorded either way; a failure here is retried by the incident's next evaluation.
  await trackCoordination(deps, record.incident, result.decision.state, settings)
    .catch((e: unknown) => console.warn(`${key}: coordination will catch up on the next evaluation`, e));
  await syncWarRoomQuietly(deps, record.incident, result.decision.state, settings);
  return result.decision;
}
