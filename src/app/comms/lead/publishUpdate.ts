import { initialEscalationState } from '../../../contracts/escalationState.js';
import type { PublishUpdateRequest } from '../../../contracts/incidentComms.js';
import { ROLE_LABELS } from '../../../domain/access/appRole.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { deny, ISSUE_PERMISSION } from '../../access/authorize.js';
import { appendCommsEvent } from '../state/commsEvent.js';
import { incidentCommsSettings } from '../state/incidentCommsSettings.js';
import { readIncidentComms, writeIncidentComms } from '../state/incidentCommsRecord.js';
import { logCommunication } from '../state/logCommunication.js';
import { onceOnly } from '../../shared/onceOnly.js';
import { projectOf, rolesIn } from '../../access/callerRoles.js';
import type { Deps } from '../../shared/deps.js';
import { loadSettings } from '../../policies/loadSettings.js';

export interface PublishOutcome {
  publishedAt: string;
  /** False when this request id was published before; nothing was sent again. */
  sent: boolean;
}

const ACTION = 'publishStatusUpdate';

/**
 * Publishes a customer-visible or external update: a JSM public comment, or the configured
 * status-page webhook. Only the designated comms lead, or someone holding a role the
 * configuration allows to publish, may; anyone else is refused with the reason and the attempt
 * is written to the access log. Each request id is published once, however often it is retried.
 * The update is logged as a communication and an `updatePublished` event, and restarts the
 * update cadence.
 */
export async function publishUpdate(deps: Deps, actor: Actor, req: PublishUpdateRequest): Promise<PublishOutcome> {
  const permission = ISSUE_PERMISSION[ACTION];
  if (!(await deps.host.hasIssuePermission(actor.accountId, req.issueKey, permission))) {
    await deny(deps, actor, ACTION, req.issueKey, `Publishing an update needs the Jira permission ${permission} on ${req.issueKey}, which you do not have`);
  }
  const [record, settings, comms] = await Promise.all([deps.host.getIncident(req.issueKey), loadSettings(deps.store), readIncidentComms(deps.host, req.issueKey)]);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${req.issueKey} does not exist or you cannot see it`);
  const cfg = incidentCommsSettings(settings.config).publicUpdates;
  if (comms.lead?.accountId !== actor.accountId) {
    const roles = await rolesIn(deps, actor.accountId, [projectOf(req.issueKey)]);
    if (!roles.some((r) => cfg.publishRoles.includes(r))) {
      const lead = comms.lead ? `the designated comms lead (${comms.lead.accountId})` : 'the designated comms lead (none is designated yet)';
      const held = roles.length ? roles.map((r) => ROLE_LABELS[r]).join(', ') : 'no app role';
      await deny(deps, actor, ACTION, req.issueKey,
        `Only ${lead} or someone with the ${cfg.publishRoles.map((r) => ROLE_LABELS[r]).join(' or ')} role may publish a public update; you have: ${held}`);
    }
  }
  const statusPageUrl = cfg.statusPageUrl;
  if (req.channel === 'status-page' && !statusPageUrl) throw new AppError('INVALID', 'channel: no status-page webhook is configured; publish as a JSM public comment');
  const state = record.state ?? initialEscalationState;
  const publishedAt = new Date(deps.clock.now()).toISOString();
  const sendId = `publish:${req.issueKey}:${req.requestId}`;
  const sent = await onceOnly(deps.store, sendId, async () => {
    if (req.channel === 'jsm-public-comment') {
      await deps.host.addPublicComment(req.issueKey, req.text);
    } else {
      const res = await deps.http.send({ about: { incidentKey: req.issueKey, purpose: 'statusPage' }, url: statusPageUrl!, method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ incident: req.issueKey, priority: state.priority, message: req.text, publishedAt, idempotencyKey: req.requestId }) });
      const detail = `status page answered ${res.status}`;
      if (res.status < 200 || res.status >= 300) {
        await logCommunication(deps, state, { incidentKey: req.issueKey, id: sendId, by: actor.accountId, audience: 'customers', channel: 'statusPage',
          recipients: ['status page webhook'], subject: null, text: req.text, result: 'failed', error: detail }, 'public-update');
        // Not claimed as done: the person may retry with the same request id.
        throw new Error(`The status page refused the update (${detail}: ${res.bodyExcerpt.slice(0, 200)})`);
      }
    }
    await logCommunication(deps, state, { incidentKey: req.issueKey, id: sendId, by: actor.accountId, audience: 'customers',
      channel: req.channel === 'jsm-public-comment' ? 'jsmPublicComment' : 'statusPage',
      recipients: [req.channel === 'jsm-public-comment' ? 'JSM request participants' : 'status page webhook'], subject: null, text: req.text, result: 'sent' }, 'public-update');
    await appendCommsEvent(deps, req.issueKey, state, 'updatePublished', `Public update via ${req.channel}: ${req.text}`, { actor: actor.accountId, seq: 1 });
  });
  if (sent) await writeIncidentComms(deps.host, req.issueKey, comms, { ...comms, lastUpdateAt: publishedAt });
  return { publishedAt, sent };
}
