import { z } from 'zod';
import { forgeDeps } from '../compose/forgeDeps.js';
import { acknowledgeByLink, previewAckLink } from '../../app/ackLinks/acknowledgeByLink.js';
import type { Deps } from '../../app/shared/deps.js';
import { canJoinByLink, joinBridgeByLink } from '../../app/comms/bridge/joinBridgeByLink.js';
import { ackPage } from './ackPage.js';

const RequestSchema = z.object({
  method: z.string(),
  queryParameters: z.record(z.array(z.string())).default({}),
}).passthrough();

export interface WebTriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

const html = (statusCode: number, title: string, message: string, confirmButton = false, joinAction: string | null = null): WebTriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['text/html; charset=utf-8'], 'Cache-Control': ['no-store'], 'Referrer-Policy': ['no-referrer'] },
  body: ackPage(title, message, confirmButton, joinAction),
});

/** The link's own query with `act=join`: the bridge-join button posts there. */
function joinActionFor(query: Record<string, string[]>): string {
  const q = new URLSearchParams();
  for (const [k, vs] of Object.entries(query)) if (k !== 'act') for (const v of vs) q.append(k, v);
  q.append('act', 'join');
  return `?${q.toString()}`;
}

/**
 * The handler, with its ports passed in so tests run it on the in-memory adapters. Webtriggers
 * carry no user: the signed link says who is acknowledging, and the app acts for them.
 * GET (opening the link) only shows the page with an Acknowledge button, because mail
 * scanners open links on their own; the button POSTs back to the same link and acknowledges.
 */
export async function handleAckLink(request: unknown, deps: () => Promise<Deps>): Promise<WebTriggerResponse> {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) return html(400, 'This link is incomplete', 'The request could not be read. Acknowledge in the issue\'s Escalation panel instead.');
  if (parsed.data.method !== 'GET' && parsed.data.method !== 'POST') return html(400, 'Not supported', 'Open the link in a browser.');
  try {
    const d = await deps();
    const query = parsed.data.queryParameters;
    // The same signed link also confirms joining the bridge (`act=join`), which needs no second token.
    if (parsed.data.method === 'POST' && query.act?.[0] === 'join') {
      const joined = await joinBridgeByLink(d, query);
      return html(joined.status, joined.title, joined.message);
    }
    const run = parsed.data.method === 'POST' ? acknowledgeByLink : previewAckLink;
    const outcome = await run(d, query);
    const offerJoin = parsed.data.method === 'GET' && await canJoinByLink(d, query);
    return html(outcome.status, outcome.title, outcome.message, outcome.canConfirm === true, offerJoin ? joinActionFor(query) : null);
  } catch (e) {
    // Not a refusal: Jira or storage failed. Say so, and point to the way that still works.
    console.error('ack link failed', e);
    return html(503, 'Please try again', 'We could not record the acknowledgement just now. Try the link again in a minute, or acknowledge in the issue\'s Escalation panel.');
  }
}

/** The `ackLink` function of manifest.yml (webtrigger `ack-link`). */
export const ackLinkWebtrigger = (request: unknown): Promise<WebTriggerResponse> => handleAckLink(request, () => forgeDeps({ kind: 'app' }));
