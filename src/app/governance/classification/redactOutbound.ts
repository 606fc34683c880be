import type { OutboundPurpose } from '../../../domain/drills/drill/isolation.js';
import { describeRedactions, redactJsonStrings, redactMessageText, type RedactionCounts } from '../../../domain/governance/classification/redactMessageText.js';
import type { IncidentHost } from '../../../ports/incidentHost.js';
import type { Notifier } from '../../../ports/notifier.js';
import type { OutboundHttp, OutboundRequest } from '../../../ports/outboundHttp.js';
import type { SlackApi } from '../../../ports/slackApi.js';
import type { Deps } from '../../shared/deps.js';
import { incidentCommsSettings } from '../../comms/state/incidentCommsSettings.js';
import { loadSettings } from '../../policies/loadSettings.js';

/**
 * Requests that carry messages to people. Monitoring webhooks are left as they are: they go to
 * tools the incident came from, and their receivers verify a signature over the exact body.
 */
const TO_PEOPLE: ReadonlySet<OutboundPurpose> = new Set(['responderPage', 'stakeholder', 'customer', 'statusPage']);

/**
 * The ports with personal and payment data (emails, phone numbers, Luhn-valid card numbers,
 * checksum-valid IBANs) redacted from everything that leaves for people: email pages and
 * notifications, chat and SMS messages, war-room posts, status-page updates and public comments. Each
 * redaction is logged with its counts and channel, never the values. Wrapping the ports, as
 * drill isolation does, means no sender can forget it.
 */
export function redactOutbound(deps: Deps): Deps {
  // The bridges' dial-in numbers are the app's own configuration, read once per invocation.
  let kept: Promise<string[]> | null = null;
  const keep = () => (kept ??= loadSettings(deps.store).then((s) => {
    const bridge = incidentCommsSettings(s.config).bridge;
    return [bridge.global?.dialIn, ...Object.values(bridge.services).map((l) => l.dialIn)].filter((d): d is string => !!d);
  }).catch(() => []));
  const log = async (incidentKey: string | null, channel: string, counts: RedactionCounts) => {
    const what = describeRedactions(counts);
    if (!what) return;
    await deps.store.appendAccessLog({ at: new Date(deps.clock.now()).toISOString(), accountId: 'app:redaction', action: 'redactedOutbound', issueKey: incidentKey, allowed: true,
      reason: `redacted ${what} from ${channel}` });
  };

  const notifier: Notifier = {
    page: async (m) => {
      const counts: RedactionCounts = {};
      const k = await keep();
      const redacted = { ...m, subject: redactMessageText(m.subject, counts, k), body: redactMessageText(m.body, counts, k) };
      await deps.notifier.page(redacted);
      await log(m.incidentKey, `an email to ${m.purpose === 'responderPage' ? 'responders' : m.purpose}`, counts);
    },
  };

  const http: OutboundHttp = {
    send: async (r: OutboundRequest) => {
      if (!r.about || !TO_PEOPLE.has(r.about.purpose)) return deps.http.send(r);
      const counts: RedactionCounts = {};
      const res = await deps.http.send({ ...r, body: redactBody(r, counts, await keep()) });
      await log(r.about.incidentKey, `a message to ${hostOf(r.url)} (${r.about.purpose})`, counts);
      return res;
    },
  };

  const addPublicComment: IncidentHost['addPublicComment'] = async (key, body) => {
    const counts: RedactionCounts = {};
    await deps.host.addPublicComment(key, redactMessageText(body, counts, await keep()));
    await log(key, 'a public comment', counts);
  };
  // War-room posts: only the message itself; a lookup by email must keep its address.
  const slack: SlackApi | undefined = deps.slack && {
    call: async (token, method, args) => {
      if (method !== 'chat.postMessage') return deps.slack!.call(token, method, args);
      const counts: RedactionCounts = {};
      const k = await keep();
      const out = Object.fromEntries(Object.entries(args).map(([name, v]) => [name, typeof v === 'string' && (name === 'text' || name === 'blocks')
        ? (name === 'blocks' ? redactJsonText(v, counts, k) : redactMessageText(v, counts, k)) : v]));
      const answer = await deps.slack!.call(token, method, out);
      await log(null, 'a Slack war-room post', counts);
      return answer;
    },
  };
  const host = new Proxy(deps.host, {
    get(target, prop, receiver) {
      if (prop === 'addPublicComment') return addPublicComment;
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { ...deps, host, notifier, http, ...(slack ? { slack } : {}) };
}

function hostOf(url: string): string {
  try { return new URL(url).host; } catch { return 'an outside host'; }
}

/** A JSON text redacted string by string; text that is not JSON as text. */
function redactJsonText(body: string, counts: RedactionCounts, keep: readonly string[]): string {
  try {
    return JSON.stringify(redactJsonStrings(JSON.parse(body) as unknown, counts, keep));
  } catch {
    return redactMessageText(body, counts, keep);
  }
}

/** JSON bodies string by string, form bodies value by value; anything else as text. */
function redactBody(r: OutboundRequest, counts: RedactionCounts, keep: readonly string[]): string {
  const type = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (type.includes('json')) return redactJsonText(r.body, counts, keep);
  if (type.includes('x-www-form-urlencoded')) {
    const form = new URLSearchParams(r.body);
    const out = new URLSearchParams();
    // The SMS recipient ("To") is where the message goes, not data in it.
    for (const [k, v] of form) out.append(k, k === 'To' || k === 'From' ? v : redactMessageText(v, counts, keep));
    return out.toString();
  }
  return redactMessageText(r.body, counts, keep);
}
