import { initialEscalationState } from '../../../contracts/escalationState.js';
import type { CommsLead, DesignateCommsLeadRequest } from '../../../contracts/incidentComms.js';
import { ROLE_LABELS } from '../../../domain/access/appRole.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { authorizeIssueAction } from '../../access/authorize.js';
import { incidentCommsSettings } from '../state/incidentCommsSettings.js';
import { appendCommsEvent } from '../state/commsEvent.js';
import { readIncidentComms, writeIncidentComms } from '../state/incidentCommsRecord.js';
import { onceOnly } from '../../shared/onceOnly.js';
import { projectOf, rolesIn } from '../../access/callerRoles.js';
import type { Deps } from '../../shared/deps.js';
import { loadSettings } from '../../policies/loadSettings.js';

/**
 * Designates the incident's communications lead. The designator needs the designate permission
 * (escalation initiator or policy admin: the incident manager); the designee must hold one of
 * the roles the configuration allows to lead (comms lead by default), in the incident's project.
 * Designating the current lead again changes nothing.
 */
export async function designateCommsLead(deps: Deps, actor: Actor, req: DesignateCommsLeadRequest): Promise<CommsLead> {
  await authorizeIssueAction(deps, actor, 'designateCommsLead', req.issueKey);
  const [record, settings, user] = await Promise.all([deps.host.getIncident(req.issueKey), loadSettings(deps.store), deps.host.getUser(req.accountId)]);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${req.issueKey} does not exist or you cannot see it`);
  if (!user || !user.active) throw new AppError('INVALID', `accountId: ${req.accountId} is not an active Jira user`);
  const allowed = incidentCommsSettings(settings.config).publicUpdates.leadRoles;
  const roles = await rolesIn(deps, req.accountId, [projectOf(req.issueKey)]);
  if (!roles.some((r) => allowed.includes(r))) {
    const held = roles.length ? roles.map((r) => ROLE_LABELS[r]).join(', ') : 'no app role';
    throw new AppError('INVALID', `accountId: ${user.displayName} cannot be comms lead: that needs the ${allowed.map((r) => ROLE_LABELS[r]).join(' or ')} role; they have: ${held}`);
  }
  const comms = await readIncidentComms(deps.host, req.issueKey);
  if (comms.lead?.accountId === req.accountId) return comms.lead;
  const lead: CommsLead = { accountId: req.accountId, designatedBy: actor.accountId, at: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  const state = record.state ?? initialEscalationState;
  const replacing = comms.lead ? ` in place of ${comms.lead.accountId}` : '';
  // Keyed on the hand-over, so a retry logs once but a later hand-back logs again.
  await onceOnly(deps.store, `comms-lead:${req.issueKey}:${comms.lead?.accountId ?? '-'}:${comms.lead?.at ?? '-'}:${req.accountId}`, () =>
    appendCommsEvent(deps, req.issueKey, state, 'commsLeadDesignated', `${req.accountId} designated comms lead${replacing}: ${req.reason}`, { actor: actor.accountId }));
  await writeIncidentComms(deps.host, req.issueKey, comms, { ...comms, lead });
  return lead;
}
