import type { Audience } from '../../../contracts/comms.js';
import type { OutboundPurpose } from '../../../domain/drills/drill/isolation.js';
import type { CommsSettings } from '../../../contracts/commsSettings.js';
import { jsmCommentBody } from '../../../domain/comms/channels/jsmCommentBody.js';
import { slackMessage } from '../../../domain/comms/channels/slackMessage.js';
import { smsRequest } from '../../../domain/comms/channels/smsRequest.js';
import { teamsMessage } from '../../../domain/comms/channels/teamsMessage.js';
import type { PendingDelivery } from '../../../ports/commsStore.js';
import type { OutboundResponse } from '../../../ports/outboundHttp.js';
import type { Deps } from '../../shared/deps.js';

export type DeliveryDeps = Pick<Deps, 'host' | 'notifier' | 'http' | 'comms'>;

/**
 * How one attempt went. `status` is the HTTP status (0 when no answer came at all), which
 * decides between retrying and giving up; `permanent` marks failures no retry can fix
 * (a channel nobody configured, a malformed number).
 */
export type SendAttemptOutcome =
  | { ok: true }
  | { ok: false; status: number; error: string; retryAfterMs?: number; permanent?: boolean };

type Delivery = Pick<PendingDelivery, 'record' | 'message' | 'to' | 'link'>;

const notConfigured = (what: string): SendAttemptOutcome => ({ ok: false, status: 0, error: `${what} is not configured in the app's Communications settings`, permanent: true });

function fromResponse(r: OutboundResponse): SendAttemptOutcome {
  if (r.status >= 200 && r.status < 300) return { ok: true };
  const excerpt = r.bodyExcerpt.trim().slice(0, 200);
  return {
    ok: false,
    status: r.status,
    error: `HTTP ${r.status}${excerpt ? `: ${excerpt}` : ''}`,
    ...(r.retryAfterSeconds === null ? {} : { retryAfterMs: r.retryAfterSeconds * 1000 }),
  };
}

/** A status a thrown client error carries (jira.js and fetch wrappers differ), or 0. */
function statusOf(e: unknown): number {
  if (typeof e !== 'object' || e === null) return 0;
  const o = e as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  for (const v of [o.status, o.statusCode, o.response?.status]) if (typeof v === 'number') return v;
  return 0;
}

async function attempt(deps: DeliveryDeps, d: Delivery, settings: CommsSettings): Promise<SendAttemptOutcome> {
  const { record, message } = d;
  const about = { incidentKey: record.incidentKey, purpose: purposeOf(record.audience) };
  switch (record.channel) {
    case 'email': {
      if (d.to.accountIds.length + d.to.groups.length === 0) return { ok: false, status: 0, error: 'nobody to email', permanent: true };
      await deps.notifier.page({
        incidentKey: record.incidentKey,
        purpose: about.purpose,
        subject: message.subject ?? '',
        body: message.body,
        targets: [
          ...d.to.accountIds.map((accountId) => ({ type: 'user' as const, accountId })),
          ...d.to.groups.map((groupName) => ({ type: 'group' as const, groupName })),
        ],
        idempotencyKey: record.id,
      });
      return { ok: true };
    }
    case 'slack': {
      const url = settings.slack.enabled ? await deps.comms.getSecret('slackWebhookUrl') : null;
      if (!url) return notConfigured('Slack');
      return fromResponse(await deps.http.send({ about, url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(slackMessage(message)) }));
    }
    case 'teams': {
      const url = settings.teams.enabled ? await deps.comms.getSecret('teamsWebhookUrl') : null;
      if (!url) return notConfigured('Microsoft Teams');
      const card = teamsMessage(message, d.link ?? undefined);
      return fromResponse(await deps.http.send({ about, url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(card) }));
    }
    case 'sms': {
      const { gatewayUrl, from, accountSid, enabled } = settings.sms;
      const token = await deps.comms.getSecret('smsAuthToken');
      if (!enabled || !gatewayUrl || !from || !accountSid || !token) return notConfigured('The SMS gateway');
      if (!d.to.smsNumber) return { ok: false, status: 0, error: 'no phone number', permanent: true };
      let req: ReturnType<typeof smsRequest>;
      try {
        req = smsRequest(message, d.to.smsNumber, from);
      } catch (e) {
        // A malformed number or sender is refused before any request; no retry can fix it.
        return { ok: false, status: 0, error: e instanceof Error ? e.message : String(e), permanent: true };
      }
      const auth = Buffer.from(`${accountSid}:${token}`, 'utf8').toString('base64');
      return fromResponse(
        await deps.http.send({ about, url: gatewayUrl, method: 'POST', headers: { 'content-type': req.contentType, authorization: `Basic ${auth}` }, body: req.form }),
      );
    }
    case 'jsmPublicComment':
      await deps.host.addPublicComment(record.incidentKey, jsmCommentBody(message).body);
      return { ok: true };
  }
}

/** Only the responders' audience is paging; everyone else hears as a stakeholder or customer. */
function purposeOf(audience: Audience): OutboundPurpose {
  return audience === 'responders' ? 'responderPage' : audience === 'customers' ? 'customer' : 'stakeholder';
}

/**
 * Makes one attempt to deliver a rendered message on its channel. Never throws: every
 * failure comes back as an outcome, so the caller can log it and retry or give up.
 */
export async function deliver(deps: DeliveryDeps, d: Delivery, settings: CommsSettings): Promise<SendAttemptOutcome> {
  try {
    return await attempt(deps, d, settings);
  } catch (e) {
    // Network failures, refused egress and Jira errors: the status (if any) decides on retrying.
    return { ok: false, status: statusOf(e), error: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
  }
}
