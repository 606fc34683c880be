import { checkAckLink, type AckLinkOutcome } from '../../ackLinks/acknowledgeByLink.js';
import { AppError } from '../../shared/appError.js';
import { authorizeIssueAction } from '../../access/authorize.js';
import type { Deps } from '../../shared/deps.js';
import { recordBridgeJoin } from './confirmBridgeJoin.js';
import { readIncidentComms } from '../state/incidentCommsRecord.js';

type Query = Record<string, readonly string[] | undefined>;

/**
 * Whether the page a signed acknowledgement link opens should also offer "I've joined the
 * bridge": the link is good, a bridge is open for the escalation it was sent in, and the
 * person it names was paged to it and has not confirmed yet. Changes nothing.
 */
export async function canJoinByLink(deps: Deps, query: Query): Promise<boolean> {
  const checked = await checkAckLink(deps, query);
  if (!checked.ok) return false;
  const bridge = (await readIncidentComms(deps.host, checked.claims.incidentKey)).bridge;
  const owner = bridge?.episode === checked.claims.episode ? bridge.owners.find((o) => o.accountId === checked.claims.accountId) : undefined;
  return owner !== undefined && owner.joinedAt === null;
}

/**
 * Confirms the bridge join of the person a signed acknowledgement link was sent to. The link
 * already vouches that they were paged in this escalation; the same checks as acknowledging by
 * link follow (shape, signature, expiry, escalation still going, role and Jira permission).
 * Unlike an acknowledgement the link is not spent: confirming a join twice changes nothing.
 */
export async function joinBridgeByLink(deps: Deps, query: Query): Promise<AckLinkOutcome> {
  const checked = await checkAckLink(deps, query);
  if (!checked.ok) return checked.outcome;
  const { claims } = checked;
  const actor = { accountId: claims.accountId };
  try {
    await authorizeIssueAction(deps, actor, 'confirmBridgeJoin', claims.incidentKey);
    const r = await recordBridgeJoin(deps, actor, claims.incidentKey, claims.accountId);
    return { status: 200, title: 'Bridge join confirmed',
      message: r.recorded ? `Thank you: you confirmed joining the ${claims.incidentKey} bridge at ${r.joinedAt}.` : `You had already confirmed joining the ${claims.incidentKey} bridge at ${r.joinedAt}.` };
  } catch (e) {
    if (e instanceof AppError && e.code === 'FORBIDDEN') return { status: 403, title: 'You cannot confirm joining this bridge', message: e.message };
    if (e instanceof AppError && e.code === 'INVALID') return { status: 410, title: 'There is no bridge to join', message: `${e.message.replace(/^\w+: /, '')}. Check the issue's Escalation panel.` };
    throw e;
  }
}
