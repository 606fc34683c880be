import type { FallbackClause, IncidentQuery } from '../../ports/incidentQuery.js';

/**
 * Turns the sweep's question into JQL that Jira evaluates server-side, so only incidents that
 * can be due come back. The escalation property is indexed (see manifest.yml).
 */
export function toJql(q: IncidentQuery): string {
  if (q.kind === 'keys') return `key in (${q.keys.map(quote).join(', ')}) ORDER BY key ASC`;
  if (q.kind === 'escalated') {
    return `(issue.property[escalation].status IN ("active", "acknowledged") OR (issue.property[escalation].status = "resolved" AND updated >= "-${q.resolvedWithinDays}d")) ORDER BY updated DESC`;
  }
  if (q.kind === 'openWithLabel') {
    const projects = q.projects.length ? ` AND project in (${q.projects.map(quote).join(', ')})` : '';
    return `labels = ${quote(q.label)} AND statusCategory != Done${projects} ORDER BY created ASC`;
  }
  const parts = ['statusCategory != Done'];
  if (q.projects.length) parts.push(`project in (${q.projects.map(quote).join(', ')})`);
  const due = `issue.property[escalation].nextEvaluationEpochMs <= ${Math.floor(q.cutoffMs)}`;
  const fallback = q.fallback.map(clause);
  const unseen = fallback.length ? ` OR (issue.property[escalation].status IS EMPTY AND (${fallback.join(' OR ')}))` : '';
  parts.push(`(${due}${unseen})`);
  return `${parts.join(' AND ')} ORDER BY created ASC`;
}

function clause(c: FallbackClause): string {
  switch (c.type) {
    case 'slaBreached':
      return `${quote(c.metric)} = breached()`;
    case 'slaRemainingBelow':
      return `${quote(c.metric)} < remaining("${c.minutes}m")`;
    case 'slaRunning':
      return `${quote(c.metric)} = running()`;
    case 'createdBefore':
      return `created <= "-${c.minutesAgo}m"`;
    case 'updatedBefore':
      return `updated <= "-${c.minutesAgo}m"`;
  }
}

/** JQL string literal with quotes and backslashes escaped. */
export function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
