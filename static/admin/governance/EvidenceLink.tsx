import { router } from '@forge/bridge';
import type { EvidenceRef } from '../../../src/contracts/controls.js';

/**
 * One record behind a check, one click away: audits and deviations open the audit on this page
 * (access reviews scroll to their section),
 * incidents and drills open the Jira issue; other records are named.
 */
export function EvidenceLink({ ev, period, onOpenAudit }: { ev: EvidenceRef; period: string; onOpenAudit: (period: string) => void }) {
  if (ev.kind === 'audit' || ev.kind === 'deviation') {
    const p = ev.kind === 'audit' ? ev.id : period;
    return <a href="#audit" onClick={(e) => { e.preventDefault(); onOpenAudit(p); }} data-testid={`evidence-${ev.kind}`}>{ev.label}</a>;
  }
  if (ev.kind === 'incident' || ev.kind === 'drill') {
    return <a href={`/browse/${ev.id}`} onClick={(e) => { e.preventDefault(); void router.navigate(`/browse/${ev.id}`).catch(() => undefined); }} data-testid={`evidence-${ev.kind}`}>{ev.label}</a>;
  }
  if (ev.kind === 'accessReview') {
    // The access review is a section of this page: scroll to it (it shows the newest review; its table opens older ones).
    return <a href="#access-review" onClick={(e) => { e.preventDefault(); document.getElementById('access-review')?.scrollIntoView(); }} data-testid="evidence-accessReview">{ev.label}</a>;
  }
  return <span data-testid={`evidence-${ev.kind}`}>{ev.label}</span>;
}
