/** What kind of receiver a request went to, as the sandbox outbox groups deliveries. */
export type EgressChannel = 'slack' | 'teams' | 'sms' | 'webhook';

export interface DeliveryView {
  channel: EgressChannel;
  /** The webhook URL, or for SMS the `To` number. */
  recipient: string;
  /** The human-readable message: Slack text/blocks, Teams card text, SMS `Body`, or the raw webhook body. */
  body: string;
  /** The decoded request body (JSON, or the SMS form fields); null when it was not decodable. */
  payload: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Slack hosts incoming webhooks on one host. */
const isSlack = (host: string) => host === 'hooks.slack.com';
/** Teams incoming webhooks (connectors) and Teams workflows (Power Automate / Logic Apps). */
const isTeams = (host: string) => host.endsWith('.webhook.office.com') || host.endsWith('.logic.azure.com') || host.endsWith('.powerplatform.com');

/** Every string `text` in a card or block tree, in document order, and facts as "label: value". */
function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) texts(child, out);
  } else if (isObject(node)) {
    if (typeof node.text === 'string' && node.text.length > 0) out.push(node.text);
    // Adaptive Card facts are {title, value}; MessageCard facts are {name, value}.
    const label = typeof node.title === 'string' ? node.title : node.name;
    if (typeof label === 'string' && typeof node.value === 'string') out.push(`${label}: ${node.value}`);
    for (const v of Object.values(node)) if (typeof v === 'object') texts(v, out);
  }
  return out;
}

/** A legacy connector MessageCard has its title outside the text tree; Adaptive Cards do not. */
function teamsText(payload: unknown): string {
  if (!isObject(payload)) return '';
  const title = payload['@type'] === 'MessageCard' && typeof payload.title === 'string' ? [payload.title] : [];
  return [...title, ...texts(payload)].join('\n');
}

function formFields(text: string, contentType: string): Record<string, string> | null {
  if (contentType.includes('application/json')) {
    const parsed = parseJson(text);
    return isObject(parsed) ? Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) : null;
  }
  const fields: Record<string, string> = {};
  new URLSearchParams(text).forEach((v, k) => { fields[k] = v; });
  return fields;
}

/**
 * Classifies and decodes one outgoing request. SMS is Twilio's host, or any gateway speaking its
 * request shape (form fields `To` and `Body`), which is what the app sends to an SMS gateway.
 */
export function describeDelivery(url: URL, contentType: string, text: string): DeliveryView {
  const host = url.hostname.toLowerCase();
  if (isSlack(host)) {
    const payload = parseJson(text);
    const body = isObject(payload) && typeof payload.text === 'string' ? payload.text : texts(isObject(payload) ? payload.blocks : null).join('\n');
    return { channel: 'slack', recipient: url.href, body, payload };
  }
  if (isTeams(host)) {
    const payload = parseJson(text);
    return { channel: 'teams', recipient: url.href, body: teamsText(payload), payload };
  }
  const form = formFields(text, contentType.toLowerCase());
  if (form && (host === 'api.twilio.com' || (form.To !== undefined && form.Body !== undefined))) {
    return { channel: 'sms', recipient: form.To ?? '', body: form.Body ?? '', payload: form };
  }
  return { channel: 'webhook', recipient: url.href, body: text, payload: contentType.toLowerCase().includes('json') ? parseJson(text) : null };
}
