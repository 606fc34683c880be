import type { DeliveryView } from '../forge/egress/describeDelivery.js';
import type { SlackWorkspace } from './slackWorkspace.js';

/** The method a Web API URL names (https://slack.com/api/<method>), or null for any other URL. */
export function slackApiMethod(url: URL): string | null {
  if (url.hostname.toLowerCase() !== 'slack.com') return null;
  return /^\/api\/([A-Za-z.]+)$/.exec(url.pathname)?.[1] ?? null;
}

/** A method's arguments: the query string, then a JSON or form body, as Slack accepts them. */
export function slackApiArgs(url: URL, contentType: string, text: string): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (!text) return args;
  if (contentType.toLowerCase().includes('application/json')) {
    try {
      const body = JSON.parse(text) as unknown;
      if (typeof body === 'object' && body !== null && !Array.isArray(body)) Object.assign(args, body);
    } catch { /* Slack answers invalid_json-like errors through missing arguments */ }
  } else {
    new URLSearchParams(text).forEach((v, k) => { args[k] = v; });
  }
  return args;
}

/**
 * How the outbox shows a Web API call: chat.postMessage as a Slack post to `#channel` with its
 * text; the other calls as what they did (`conversations.create #inc-itops-7-payments`).
 */
export function slackApiView(method: string, args: Record<string, unknown>, workspace: SlackWorkspace): DeliveryView {
  const channel = workspace.channelName(args.channel);
  const where = channel ? `#${channel}` : typeof args.name === 'string' ? `#${args.name}` : `slack.com/api/${method}`;
  const safe = { ...args };
  delete safe.token;
  const body = method === 'chat.postMessage' && typeof args.text === 'string'
    ? args.text
    : `${method} ${Object.entries(safe).filter(([k]) => k !== 'channel').map(([k, v]) => `${k}=${String(v)}`).join(' ')}`.trim();
  return { channel: 'slack', recipient: where, body, payload: { method, ...safe } };
}
