import type { RecurrenceMember, RecurrenceSettings } from '../../../contracts/recurrence.js';
import { summarySimilarity } from './summarySimilarity.js';

/** What recurrence compares in an incident. */
export type RecurrenceFacts = Pick<RecurrenceMember, 'incidentKey' | 'scope' | 'summary' | 'at' | 'fingerprint' | 'causeCategory'>;
export type MatchReason = NonNullable<RecurrenceMember['matchedBy']>;

/**
 * Why two incidents are the same problem recurring, strongest reason first, or null when they
 * are not: they must share a scope, and then an alert fingerprint, a known root-cause category
 * ("unknown" says nothing), or summaries at least `summarySimilarity` alike.
 *
 * @example relatedBy({ scope: 'Payments', fingerprint: 'a1', ... }, { scope: 'Payments', fingerprint: 'a1', ... }, settings) // => 'fingerprint'
 */
export function relatedBy(a: RecurrenceFacts, b: RecurrenceFacts, settings: Pick<RecurrenceSettings, 'summarySimilarity'>): MatchReason | null {
  if (a.scope !== b.scope || a.incidentKey === b.incidentKey) return null;
  if (a.fingerprint !== null && a.fingerprint === b.fingerprint) return 'fingerprint';
  if (a.causeCategory !== null && a.causeCategory !== 'unknown' && a.causeCategory === b.causeCategory) return 'rootCause';
  if (summarySimilarity(a.summary, b.summary) >= settings.summarySimilarity) return 'summary';
  return null;
}
