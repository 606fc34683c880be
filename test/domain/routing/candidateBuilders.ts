import type { Candidate, IncidentTags } from '../../../src/domain/routing/candidate.js';

export function aCandidate(accountId: string, fields: Partial<Candidate> = {}): Candidate {
  const displayName = accountId.charAt(0).toUpperCase() + accountId.slice(1);
  return { accountId, displayName, onShift: true, skills: [], openIncidents: 0, pagesLast24h: 0, ...fields };
}

export const paymentsDbIncident: IncidentTags = { service: 'payments', components: ['database'], labels: [] };

export const AT = new Date('2026-03-16T10:00:00Z');
