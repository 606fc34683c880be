/** One request to a host outside Atlassian (chat webhook, SMS gateway, monitoring tool). */
export interface OutboundRequest {
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
