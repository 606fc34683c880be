import type { RecurrenceMember, RecurrenceSettings } from '../../../contracts/recurrence.js';
import { relatedBy, type RecurrenceFacts } from './relatedBy.js';

const DAY_MS = 86_400_000;
const STRENGTH = { fingerprint: 3, rootCause: 2, summary: 1 } as const;

/**
 * The cluster an incident joins: that of the related incident within the window, the
 * strongest reason winning (fingerprint, then root cause, then summary), the most recent on a
 * tie. With none, the incident starts its own cluster, named after it. A member keeps its
 * cluster once assigned, so a problem raised for a cluster keeps meaning the same incidents.
 *
 * @example assignCluster(facts('ITOPS-9', 'Payment gateway timeouts'), [member('ITOPS-2', 'Payment gateway timeout')], settings)
 *   // => { schema: 1, incidentKey: 'ITOPS-9', clusterId: 'ITOPS-2', matchedBy: 'summary', matchedWith: 'ITOPS-2', ... }
 */
export function assignCluster(
  facts: RecurrenceFacts, members: readonly RecurrenceMember[], settings: Pick<RecurrenceSettings, 'summarySimilarity' | 'windowDays'>,
): RecurrenceMember {
  const at = Date.parse(facts.at);
  let best: { member: RecurrenceMember; reason: keyof typeof STRENGTH } | null = null;
  for (const m of members) {
    if (Math.abs(at - Date.parse(m.at)) > settings.windowDays * DAY_MS) continue;
    const reason = relatedBy(facts, m, settings);
    if (reason === null) continue;
    const better = best === null || STRENGTH[reason] > STRENGTH[best.reason] || (STRENGTH[reason] === STRENGTH[best.reason] && m.at > best.member.at);
    if (better) best = { member: m, reason };
  }
  return {
    schema: 1, ...facts,
    clusterId: best?.member.clusterId ?? facts.incidentKey,
    matchedBy: best?.reason ?? null,
    matchedWith: best?.member.incidentKey ?? null,
  };
}
