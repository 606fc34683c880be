/** Small conversions between fetch-style requests/responses and plain objects. */
export interface FetchInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

export async function bodyText(init: FetchInit | undefined): Promise<string | undefined> {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  return new Response(body as BodyInit).text();
}

export function parseMaybeJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers((headers ?? {}) as HeadersInit).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** 204/304 must not carry a body; objects become JSON. */
export function toResponse(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  const empty = status === 204 || status === 304 || body === undefined;
  const text = empty ? null : typeof body === 'string' ? body : JSON.stringify(body);
  const h = new Headers(headers);
  if (text !== null && typeof body !== 'string' && !h.has('content-type')) h.set('content-type', 'application/json');
  return new Response(text, { status, headers: h });
}
