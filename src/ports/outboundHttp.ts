import type { OutboundPurpose } from '../domain/drills/drill/isolation.js';

/** One request to a host outside Atlassian (chat webhook, SMS gateway, monitoring tool). */
export interface OutboundRequest {
  /**
   * The incident the request is about and what it is for, or null for requests about no
   * incident (confirming a subscription). Required so no caller can forget it: drill isolation
   * withholds everything about a drill that is not a page to its responders.
   */
  about: { incidentKey: string; purpose: OutboundPurpose } | null;
  url: string;
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: string;
}

export interface OutboundResponse {
  status: number;
  /** Seconds from a `Retry-After` header, when the receiver sent one. */
  retryAfterSeconds: number | null;
  /** The start of the response body, for delivery records; never the whole body. */
  bodyExcerpt: string;
}

/**
 * External egress. In Forge this is `fetch` from `@forge/api`, which only reaches hosts the
 * manifest declares under `permissions.external.fetch.backend`. Rejects when the request could
 * not be made at all (host not allowed, network failure); any HTTP answer resolves.
 */
export interface OutboundHttp {
  send(request: OutboundRequest): Promise<OutboundResponse>;
}
