export const RAW_EXCERPT_MAX_BYTES = 2048;
const MARKER = '…[truncated]';
const REDACTED = '[redacted]';

/**
 * The payload as JSON, at most {@link RAW_EXCERPT_MAX_BYTES} UTF-8 bytes, for display on the
 * incident. Keys in `redact` (at any depth) are replaced, because a routing key is a credential
 * and the excerpt ends up in a Jira comment.
 *
 * @example
 * rawExcerpt({ routing_key: 'abc', a: 1 }, ['routing_key']) // => '{"routing_key":"[redacted]","a":1}'
 */
export function rawExcerpt(body: unknown, redact: readonly string[] = []): string {
  const json = JSON.stringify(body, (key, value: unknown) => (key !== '' && redact.includes(key) ? REDACTED : value)) ?? 'null';
  const encoder = new TextEncoder();
  if (encoder.encode(json).length <= RAW_EXCERPT_MAX_BYTES) return json;
  const budget = RAW_EXCERPT_MAX_BYTES - encoder.encode(MARKER).length;
  let out = '';
  let used = 0;
  // Iterate by code point so a surrogate pair is never split into invalid UTF-16.
  for (const ch of json) {
    const size = encoder.encode(ch).length;
    if (used + size > budget) break;
    out += ch;
    used += size;
  }
  return out + MARKER;
}
