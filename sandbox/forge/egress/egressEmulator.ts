import { currentInvocation } from '../invoke/invocationScope.js';
import type { EgressAllowlist } from './egressAllowlist.js';
import { describeDelivery } from './describeDelivery.js';
import type { EgressDelivery, EgressOutbox } from './egressOutbox.js';
import { receiverAnswer, type ReceiverAnswer } from './receiverAnswer.js';
import { snsAnswer } from '../../aws/snsAnswer.js';
import { slackApiArgs, slackApiMethod, slackApiView } from '../../slack/slackApiRequest.js';
import type { SlackWorkspace } from '../../slack/slackWorkspace.js';

/** A failure to inject into one egress request: an HTTP answer, or no answer at all. */
export type EgressFault = { status: number; retryAfterSeconds?: number } | { networkError: true };

export interface EgressEmulatorDeps {
  allowlist: EgressAllowlist;
  outbox: EgressOutbox;
  now: () => number;
  warn: (message: string) => void;
  /** Consulted once per allowed request; returns the fault to inject, if any. */
  faultFor?: (url: URL) => EgressFault | undefined;
  /** The Slack workspace that answers https://slack.com/api/<method>; without it slack.com gets the plain 200. */
  slack?: SlackWorkspace;
}

/**
 * The error @forge/api defines for a host missing from the manifest (`ExternalEndpointNotAllowedError`):
 * same name, status and message, built here so the sandbox need not load its own @forge/api copy.
 */
export function egressNotAllowed(url: string): Error {
  const error = new Error(`URL not included in the external fetch backend permissions: ${url}. Visit go.atlassian.com/forge-egress for more information.`);
  error.name = 'REQUEST_EGRESS_ALLOWLIST_ERR';
  return Object.assign(error, { status: 403 });
}

/** What Node's fetch rejects with when the connection drops. */
function networkFailure(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET (injected by the sandbox)'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

/**
 * Stands in for the internet while app code runs: refuses hosts the manifest does not declare,
 * captures every request that would leave, and answers the way the receiver would.
 */
export class EgressEmulator {
  constructor(private readonly deps: EgressEmulatorDeps) {}

  async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!this.deps.allowlist.permits(url)) {
      this.deps.warn(`Egress refused: ${url.origin} is not in permissions.external.fetch.backend`);
      throw egressNotAllowed(request.url);
    }
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const slackMethod = this.deps.slack ? slackApiMethod(url) : null;
    const slackArgs = slackMethod ? slackApiArgs(url, request.headers.get('content-type') ?? '', text) : null;
    // Read before answering: the outbox names the channel, which chat.postMessage only gives by id.
    const view = slackMethod && slackArgs && this.deps.slack ? slackApiView(slackMethod, slackArgs, this.deps.slack) : describeDelivery(url, request.headers.get('content-type') ?? '', text);
    const fault = this.deps.faultFor?.(url);
    const at = this.deps.now();
    const base: Omit<EgressDelivery, 'id' | 'status' | 'error'> = {
      at, method: request.method, url: url.href, ...view, functionKey: currentInvocation()?.functionKey ?? null,
    };
    if (fault && 'networkError' in fault) {
      this.deps.outbox.add({ ...base, status: null, error: 'network error (injected)' });
      throw networkFailure();
    }
    const answer: ReceiverAnswer = fault
      ? { status: fault.status, headers: { 'content-type': 'text/plain', ...(fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {}) }, body: `Injected by the sandbox: HTTP ${fault.status}` }
      : slackMethod && slackArgs && this.deps.slack
        ? this.deps.slack.answer(slackMethod, request.headers.get('authorization'), slackArgs)
        : snsAnswer(request.method, url) ?? receiverAnswer(view, url, this.deps.outbox.nextId(), at);
    this.deps.outbox.add({ ...base, status: answer.status, error: null });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }
}
