import { initialEscalationState } from '../../../contracts/escalationState.js';
import type { ConfirmBridgeJoinRequest } from '../../../contracts/incidentComms.js';
import { can } from '../../../domain/access/can.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { authorizeIssueAction, deny } from '../../access/authorize.js';
import type { Deps } from '../../shared/deps.js';
import { appendCommsEvent } from '../state/commsEvent.js';
import { readIncidentComms, writeIncidentComms } from '../state/incidentCommsRecord.js';
import { onceOnly } from '../../shared/onceOnly.js';

export interface JoinOutcome {
  accountId: string;
  joinedAt: string;
  /** False when the join had already been confirmed; nothing changed. */
  recorded: boolean;
}

/**
 * Someone confirms they joined the incident's bridge: the paged owner themselves, or an incident
 * manager (a role that may designate the comms lead) for them. Anyone else, and anyone not paged
 * confirming for themselves, is refused and the refusal goes to the access log.
 * Confirming twice changes nothing: the first time stands.
 */
export async function confirmBridgeJoin(deps: Deps, actor: Actor, req: ConfirmBridgeJoinRequest): Promise<JoinOutcome> {
  const target = req.accountId ?? actor.accountId;
  const roles = await authorizeIssueAction(deps, actor, 'confirmBridgeJoin', req.issueKey);
  const forSomeoneElse = target !== actor.accountId;
  if (forSomeoneElse && !can(roles, 'designateCommsLead').allowed) {
    await deny(deps, actor, 'confirmBridgeJoin', req.issueKey, `Only ${target} or an incident manager (escalation initiator or policy admin) may confirm that ${target} joined the bridge`);
  }
  return recordBridgeJoin(deps, actor, req.issueKey, target);
}

/** The join itself, for callers that have already established who is confirming (a signed link). */
export async function recordBridgeJoin(deps: Deps, actor: Actor, issueKey: string, target: string): Promise<JoinOutcome> {
  const record = await deps.host.getIncident(issueKey);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you cannot see it`);
  const state = record.state ?? initialEscalationState;
  const comms = await readIncidentComms(deps.host, issueKey);
  const bridge = comms.bridge;
  if (!bridge || bridge.episode !== state.episode || (state.status !== 'active' && state.status !== 'acknowledged')) {
    throw new AppError('INVALID', `issueKey: ${issueKey} has no open bridge to join`);
  }
  const owner = bridge.owners.find((o) => o.accountId === target);
  if (!owner) {
    if (target === actor.accountId) {
      await deny(deps, actor, 'confirmBridgeJoin', issueKey, `You were not paged to the bridge of ${issueKey}; only people paged confirm joining`);
    }
    throw new AppError('INVALID', `accountId: ${target} was not paged to the bridge of ${issueKey}`);
  }
  if (owner.joinedAt) return { accountId: target, joinedAt: owner.joinedAt, recorded: false };
  const joinedAt = new Date(deps.clock.now()).toISOString();
  const late = joinedAt > owner.deadline ? ` (after the ${owner.deadline} deadline)` : '';
  const by = target === actor.accountId ? '' : `, confirmed by ${actor.accountId}`;
  // Event first, then the property: a retry after a crash in between records the join without a second entry.
  await onceOnly(deps.store, `bridge-joined:${issueKey}:${bridge.episode}:${target}`, () =>
    appendCommsEvent(deps, issueKey, state, 'bridgeJoined', `${target} joined the bridge${late}${by}.`, { actor: actor.accountId }));
  const owners = bridge.owners.map((o) => (o === owner ? { ...o, joinedAt, confirmedBy: actor.accountId } : o));
  await writeIncidentComms(deps.host, issueKey, comms, { ...comms, bridge: { ...bridge, owners } });
  return { accountId: target, joinedAt, recorded: true };
}
