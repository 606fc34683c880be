import type { AccessFinding } from '../../../contracts/accessReview.js';
import type { AccessLogEntry } from '../../../contracts/accessLog.js';

/** Changes to who holds which app role: the mapping itself, or an import that may carry one. */
export const ROLE_CHANGE_ACTIONS: ReadonlySet<string> = new Set(['saveRoleMapping', 'importConfiguration']);
/** Refused actions that would have changed escalations, roles or the record: worth a closer look even once. */
const SENSITIVE: ReadonlySet<string> = new Set(['escalate', 'standDown', 'acknowledge', 'editRoleMapping', 'saveRoleMapping', 'editPolicies', 'savePolicy',
  'deletePolicy', 'importConfiguration', 'editRetention', 'saveRetention', 'signOffAudit', 'dispositionDeviation', 'runAdherenceAudit', 'actForTeam',
  'runAccessReview', 'assignAccessReview', 'signOffAccessFinding', 'completeAccessReview']);
/** This many refusals of one action by one person in a quarter is a pattern, not a slip. */
export const REPEATED_REFUSALS = 5;
const EVIDENCE_LINES = 20;

export interface ReviewWindow {
  fromMs: number;
  toMs: number;
}

/**
 * What a reviewer must look at in one quarter of the access log, each finding a group of lines
 * with one decision to make. `log` may reach back before the quarter: those older lines are the
 * baseline that tells a usual actor from a new one. App accounts (`app:`) are the app's own
 * schedules and never "unusual".
 *
 * @example accessReviewFindings(log, { fromMs: Date.UTC(2026, 9, 1), toMs: Date.UTC(2027, 0, 1) })
 */
export function accessReviewFindings(log: readonly AccessLogEntry[], window: ReviewWindow): AccessFinding[] {
  const t = (e: AccessLogEntry) => Date.parse(e.at);
  const inQuarter = log.filter((e) => t(e) >= window.fromMs && t(e) < window.toMs).sort((a, b) => t(a) - t(b) || a.action.localeCompare(b.action));
  const knownBefore = new Set(log.filter((e) => e.allowed && t(e) < window.fromMs).map((e) => e.accountId));
  const groups = new Map<string, { kind: AccessFinding['kind']; entries: AccessLogEntry[] }>();
  const add = (id: string, kind: AccessFinding['kind'], e: AccessLogEntry) => {
    const g = groups.get(id) ?? { kind, entries: [] };
    g.entries.push(e);
    groups.set(id, g);
  };
  for (const e of inQuarter) {
    if (e.action.startsWith('bypassAttempt:')) add(`bypassAttempt:${e.issueKey ?? '-'}:${e.action.slice('bypassAttempt:'.length)}`, 'bypassAttempt', e);
    else if (!e.allowed && e.action === 'refusalsCounted') add(`refusalFlood:${e.accountId}`, 'refusalFlood', e);
    else if (!e.allowed) add(`refusals:${e.accountId}:${e.action}`, 'refusals', e);
    else if (ROLE_CHANGE_ACTIONS.has(e.action)) add(`roleChange:${e.accountId}:${e.at}`, 'roleChange', e);
    else if (!e.accountId.startsWith('app:') && !knownBefore.has(e.accountId)) add(`unusualActor:${e.accountId}`, 'unusualActor', e);
  }
  return [...groups.entries()].map(([id, g]) => finding(id, g.kind, g.entries)).sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.firstAt.localeCompare(b.firstAt) || a.id.localeCompare(b.id));
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

function finding(id: string, kind: AccessFinding['kind'], entries: AccessLogEntry[]): AccessFinding {
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const actions = [...new Set(entries.map((e) => e.action))].sort();
  const issueKeys = [...new Set(entries.flatMap((e) => (e.issueKey ? [e.issueKey] : [])))].sort();
  const n = entries.length;
  const times = n === 1 ? 'once' : `${n} times`;
  const base = { id, kind, actor: first.accountId, actions, issueKeys, count: n, firstAt: first.at, lastAt: last.at, entries: entries.slice(0, EVIDENCE_LINES), signOff: null };
  switch (kind) {
    case 'bypassAttempt':
      return { ...base, severity: 'high', summary: `The mirrored property "${first.action.slice('bypassAttempt:'.length)}" of ${first.issueKey ?? 'an issue'} was changed outside the app ${times}; the app restored it each time.` };
    case 'refusalFlood':
      return { ...base, severity: 'high', summary: `So many actions were refused in a short time that the log only counted them (${times} in the quarter).` };
    case 'refusals': {
      const severity = n >= REPEATED_REFUSALS || SENSITIVE.has(first.action) ? 'medium' : 'low';
      return { ...base, severity, summary: `${first.action} was refused ${times}${issueKeys.length ? ` (on ${issueKeys.join(', ')})` : ''}: ${first.reason}` };
    }
    case 'roleChange':
      return { ...base, severity: 'medium', summary: `Who holds the app's roles changed (${first.action}); reason given: ${first.reason}` };
    case 'unusualActor':
      return { ...base, severity: 'low', summary: `Made ${n === 1 ? 'an allowed change' : `${n} allowed changes`} (${actions.join(', ')}) without any before this quarter.` };
  }
}
