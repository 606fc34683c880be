import type { EscalationConfig } from '../../../contracts/config.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import type { CommsPermission, CommsView, IncidentComms, PublicChannel } from '../../../contracts/incidentComms.js';
import { ROLE_LABELS, type AppRole } from '../../../domain/access/appRole.js';
import { can } from '../../../domain/access/can.js';
import { nextUpdateDue } from '../../../domain/comms/cadence/nextUpdateDue.js';
import { incidentCommsSettings } from '../state/incidentCommsSettings.js';

/**
 * The panel's communications section for one viewer. The permissions mirror the server's checks
 * so the panel can explain a disabled control; the server checks again on every call.
 */
export function commsView(comms: IncidentComms, state: EscalationState, config: EscalationConfig, viewer: string, roles: readonly AppRole[], now: number): CommsView {
  const cs = incidentCommsSettings(config);
  const live = state.status === 'active' || state.status === 'acknowledged';
  const bridge = comms.bridge && comms.bridge.episode === state.episode && live ? comms.bridge : null;
  const since = state.since;
  const last = since === null ? null : comms.lastUpdateAt !== null && Date.parse(comms.lastUpdateAt) > Date.parse(since) ? comms.lastUpdateAt : since;
  const due = live && last !== null && state.priority !== null ? nextUpdateDue(new Date(last), state.priority, cs.cadence) : null;
  const owner = bridge?.owners.find((o) => o.accountId === viewer);
  const confirmJoin: CommsPermission = !bridge ? { allowed: false, reason: 'No bridge is open for this incident.' }
    : !owner ? { allowed: false, reason: 'You were not paged to this bridge.' }
      : owner.joinedAt ? { allowed: false, reason: `You confirmed joining at ${owner.joinedAt}.` }
        : allowedBy(roles, 'confirmBridgeJoin');
  const designate = can(roles, 'designateCommsLead');
  const isLead = comms.lead?.accountId === viewer;
  const publish: CommsPermission = isLead || roles.some((r) => cs.publicUpdates.publishRoles.includes(r)) ? { allowed: true }
    : { allowed: false, reason: `Only the designated comms lead or someone with the ${cs.publicUpdates.publishRoles.map((r) => ROLE_LABELS[r]).join(' or ')} role may publish a public update.` };
  const channels: PublicChannel[] = cs.publicUpdates.statusPageUrl ? ['jsm-public-comment', 'status-page'] : ['jsm-public-comment'];
  return {
    bridge: bridge && { openedAt: bridge.openedAt, url: bridge.details.url, dialIn: bridge.details.dialIn, owners: bridge.owners },
    lead: comms.lead,
    lastUpdateAt: comms.lastUpdateAt,
    nextUpdateDueAt: due?.toISOString() ?? null,
    updateOverdue: due !== null && due.getTime() <= now,
    channels,
    permissions: { confirmJoin, designateLead: designate.allowed ? { allowed: true } : { allowed: false, reason: designate.reason }, publishUpdate: publish },
  };
}

function allowedBy(roles: readonly AppRole[], action: 'confirmBridgeJoin'): CommsPermission {
  const d = can(roles, action);
  return d.allowed ? { allowed: true } : { allowed: false, reason: d.reason };
}
