import { initialEscalationState, type EscalationState } from '../../contracts/escalationState.js';
import { parseAckQuery, verifyClaims, type AckClaims } from './ackLinkToken.js';
import { AppError } from '../shared/appError.js';
import { authorizeIssueAction } from '../access/authorize.js';
import type { Deps } from '../shared/deps.js';
import { recordAcknowledgement } from '../escalation/incidentCommands.js';

/** What the person who clicked sees; refusals are 4xx with a sentence saying what to do. */
export interface AckLinkOutcome {
  status: 200 | 400 | 401 | 403 | 410;
  title: string;
  message: string;
  /** Only from `previewAckLink`: the link is good and a button may offer to acknowledge. */
  canConfirm?: boolean;
}

type Query = Record<string, readonly string[] | undefined>;
type Checked =
  | { ok: false; outcome: AckLinkOutcome }
  | { ok: true; claims: AckClaims; signature: string; state: EscalationState; now: number };

const refuse = (status: AckLinkOutcome['status'], title: string, message: string): AckLinkOutcome => ({ status, title, message });

/**
 * Acknowledges the incident in the name of the person a page was sent to (the button on the
 * page a link opens; see `previewAckLink`). Checks, in order and
 * before anything is stored: the link's shape, its signature, its expiry, that the escalation
 * it was sent for is still going, that the link was not used, and the person's role and Jira
 * permission. Only then is the acknowledgement recorded, with that person as acknowledger, and
 * the link spent after it: a save that fails leaves the link usable for the person's retry. Two
 * clicks racing both reach the acknowledgement, which is idempotent (the first one stored wins).
 *
 * A link for an earlier step of the same escalation (it has since repeated, moved to a backup or
 * to the next level) still acknowledges: the person is answering this incident, and paging yet
 * more people after someone has taken it on would be noise. A link from an earlier escalation
 * of the incident (stood down, resolved or restarted since) is refused as gone.
 * A refusal for want of a role or Jira permission is written to the access log, as every
 * authorisation refusal is; the other refusals store nothing.
 */
export async function acknowledgeByLink(deps: Deps, query: Query): Promise<AckLinkOutcome> {
  const checked = await checkAckLink(deps, query);
  if (!checked.ok) return checked.outcome;
  const { claims, signature, state, now } = checked;
  const actor = { accountId: claims.accountId };
  try {
    await authorizeIssueAction(deps, actor, 'acknowledge', claims.incidentKey);
  } catch (e) {
    if (e instanceof AppError && e.code === 'FORBIDDEN') return refuse(403, 'You cannot acknowledge this incident', e.message);
    throw e;
  }
  const once = `ack:${signature}`;
  if (await deps.store.wasUsed(once)) {
    return refuse(410, 'This link has been used', `The link was used already. ${claims.incidentKey} is ${state.status === 'acknowledged' ? `acknowledged by ${state.acknowledgedBy}` : 'being handled'}.`);
  }
  const decision = await recordAcknowledgement(deps, actor, claims.incidentKey);
  await deps.store.useOnce(once, Math.max(1, Math.ceil((claims.expiresAt - now) / 1000)));
  const by = decision.state.acknowledgedBy;
  return by === claims.accountId
    ? { status: 200, title: `${claims.incidentKey} acknowledged`, message: `Thank you: you acknowledged ${claims.incidentKey} at ${decision.state.acknowledgedAt}. The escalation will not climb further.` }
    : { status: 200, title: `${claims.incidentKey} was already acknowledged`, message: `${by} acknowledged ${claims.incidentKey} at ${decision.state.acknowledgedAt}; the escalation is stopped.` };
}

/**
 * What opening a link shows, changing nothing: mail security scanners open every link in a
 * message, so opening one must not acknowledge. The page offers a button that does.
 */
export async function previewAckLink(deps: Deps, query: Query): Promise<AckLinkOutcome> {
  const checked = await checkAckLink(deps, query);
  if (!checked.ok) return checked.outcome;
  const { claims, state } = checked;
  if (state.status === 'acknowledged') {
    return { status: 200, title: `${claims.incidentKey} was already acknowledged`, message: `${state.acknowledgedBy} acknowledged ${claims.incidentKey} at ${state.acknowledgedAt}; the escalation is stopped.` };
  }
  return { status: 200, canConfirm: true, title: `Acknowledge ${claims.incidentKey}?`,
    message: `You were paged for ${claims.incidentKey} (${claims.path} level ${claims.level}). Acknowledging tells everyone you are on it and stops the escalation.` };
}

/**
 * Shape, signature, expiry and whether the escalation the link was sent for is still going.
 * Exported for the bridge join, which the same link confirms.
 */
export async function checkAckLink(deps: Deps, query: Query): Promise<Checked> {
  const parsed = parseAckQuery(query);
  if (!parsed.ok) return { ok: false, outcome: refuse(400, 'This link is incomplete', `The link is not one we sent (${parsed.error}). Acknowledge in the issue's Escalation panel instead.`) };
  const { claims, signature } = parsed;
  if (!verifyClaims(claims, signature, await deps.store.ackSigningSecret())) {
    return { ok: false, outcome: refuse(401, 'This link is not valid', 'The link was changed or was not sent by this app. Acknowledge in the issue\'s Escalation panel instead.') };
  }
  const now = deps.clock.now();
  if (now > claims.expiresAt) {
    return { ok: false, outcome: refuse(410, 'This link has expired', `The link expired at ${new Date(claims.expiresAt).toISOString()}. Acknowledge in ${claims.incidentKey}'s Escalation panel instead.`) };
  }
  const record = await deps.host.getIncident(claims.incidentKey);
  const state = record?.state ?? initialEscalationState;
  const live = state.status === 'active' || state.status === 'acknowledged';
  if (!record || !live || state.episode !== claims.episode) {
    return { ok: false, outcome: refuse(410, 'This escalation is over', `The escalation of ${claims.incidentKey} this link was sent for has ended; there is nothing to acknowledge.`) };
  }
  return { ok: true, claims, signature, state, now };
}
