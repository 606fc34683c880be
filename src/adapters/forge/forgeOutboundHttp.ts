import { fetch } from '@forge/api';
import type { OutboundHttp, OutboundRequest, OutboundResponse } from '../../ports/outboundHttp.js';

const EXCERPT = 500;

/** External egress through `@forge/api`'s fetch, which Forge limits to the manifest's hosts. */
export class ForgeOutboundHttp implements OutboundHttp {
  async send(request: OutboundRequest): Promise<OutboundResponse> {
    const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
    const text = await res.text();
    const retryAfter = res.headers.get('retry-after');
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    return {
      status: res.status,
      // Only the delay form of Retry-After; an HTTP-date is rare from webhooks and falls back to backoff.
      retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : null,
      bodyExcerpt: text.slice(0, EXCERPT),
    };
  }
}
