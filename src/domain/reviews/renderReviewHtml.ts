import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewTimelineView } from '../../contracts/reviewView.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "1 h 5 min", "40 min", "—" for an open stage. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

/**
 * The review as one HTML document Confluence's editor accepts on paste or import: headings,
 * paragraphs and plain tables only, no scripts, styles or classes. Every value is escaped.
 */
export function renderReviewHtml(r: ReviewRecord, timeline: ReviewTimelineView, ownerName: string | null): string {
  const rows = (cells: string[][]) => cells.map((c) => `<tr>${c.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('');
  const head = (cells: string[]) => `<tr>${cells.map((x) => `<th>${esc(x)}</th>`).join('')}</tr>`;
  const c = r.content;
  return [
    `<h1>Post-incident review ${esc(r.issueKey)}: ${esc(r.incidentKey)}</h1>`,
    `<p>Status: ${esc(r.status)}. Owner: ${esc(ownerName ?? 'nobody')}. Resolved ${esc(r.resolvedAt)}; due ${esc(r.dueAt)}.</p>`,
    `<p>Time to acknowledge: ${formatDuration(timeline.timeToAckMs)}. Time to resolve: ${formatDuration(timeline.timeToResolveMs)}.</p>`,
    '<h2>What happened</h2>', `<p>${esc(c.whatHappened || '—')}</p>`,
    '<h2>Impact</h2>', `<p>${esc(c.impact.summary || '—')}</p>`,
    `<table><tbody>${rows([
      ['Customers affected', c.impact.customersAffected === null ? '—' : String(c.impact.customersAffected)],
      ['Services affected', c.impact.servicesAffected.join(', ') || '—'],
      ['Degraded for', c.impact.degradedMinutes === null ? '—' : `${c.impact.degradedMinutes} min`],
    ])}</tbody></table>`,
    '<h2>Root cause</h2>', `<p>${esc(c.rootCause.category ?? 'not yet known')}: ${esc(c.rootCause.description || '—')}</p>`,
    '<h2>Contributing factors</h2>',
    c.contributingFactors.length ? `<ul>${c.contributingFactors.map((f) => `<li>${esc(f.category)}: ${esc(f.description)}</li>`).join('')}</ul>` : '<p>None recorded.</p>',
    '<h2>Timeline</h2>',
    `<table><tbody>${head(['Stage', 'From', 'To', 'Duration'])}${rows(timeline.stages.map((s) => [s.label, s.from, s.to ?? '—', formatDuration(s.durationMs)]))}</tbody></table>`,
    `<table><tbody>${head(['At', 'Event', 'By', 'Detail'])}${rows(timeline.entries.map((e) => [e.at, e.type, e.actorName ?? '', e.detail]))}</tbody></table>`,
    '<h2>Findings</h2>',
    r.findings.length
      ? `<table><tbody>${head(['Finding', 'Type', 'Description', 'Action'])}${rows(r.findings.map((f) => [f.id, f.type, f.description,
        f.action.kind === 'jiraIssue' ? `Jira issue ${f.action.issueKey}` : `Policy ${f.action.policyId} change${f.action.publishedVersion ? ` published as version ${f.action.publishedVersion}` : ' (draft)'}`]))}</tbody></table>`
      : '<p>No findings recorded.</p>',
  ].join('\n');
}
