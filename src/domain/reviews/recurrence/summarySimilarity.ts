/** Words that say nothing about what broke. */
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'not', 'are', 'was', 'were', 'has', 'have', 'some', 'all', 'any', 'our', 'into', 'onto', 'after', 'again', 'when', 'while', 'cannot', 'can', 'does', 'did', 'being', 'this', 'that']);

/**
 * The words of a summary that identify a failure: lower case, without numbers, ids and stop
 * words, a plural "s" dropped, so "Payment gateway timeouts (EU, 503s)" and "payment gateway
 * timeout" compare equal.
 *
 * @example summaryWords('Payment gateway timeouts for EU customers') // => Set {'payment', 'gateway', 'timeout', 'customer'}
 */
export function summaryWords(summary: string): Set<string> {
  const words = new Set<string>();
  for (const raw of summary.toLowerCase().split(/[^a-z0-9]+/)) {
    // Tokens with digits are ids, counts and codes that differ between otherwise identical failures.
    if (raw.length < 3 || /\d/.test(raw) || STOP.has(raw)) continue;
    words.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

/**
 * Jaccard similarity of two summaries' words, 0..1 (0 when either has none).
 *
 * @example summarySimilarity('Payment gateway timeouts for EU customers', 'Payment gateway timeout at checkout') // => 0.6
 */
export function summarySimilarity(a: string, b: string): number {
  const wa = summaryWords(a);
  const wb = summaryWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}
