import type { ActiveEscalationsView, DashboardFilters, ListActiveEscalationsRequest } from '../../contracts/dashboard.js';
import { escalationTrend } from '../../domain/escalation/escalationTrend.js';
import type { IncidentRecord } from '../../ports/incidentHost.js';
import type { Actor } from '../shared/actor.js';
import { authorizeSiteAction } from '../access/authorize.js';
import type { Deps } from '../shared/deps.js';
import { loadSettings } from '../policies/loadSettings.js';

/**
 * The live dashboard: every escalation in progress the viewer can see (Jira filters by their
 * permissions, since resolvers search as the user), and MTTA/MTTR per day.
 */
export async function activeEscalations(deps: Deps, actor: Actor, req: Required<ListActiveEscalationsRequest>): Promise<ActiveEscalationsView> {
  await authorizeSiteAction(deps, actor, 'viewDashboard');
  const { config } = await loadSettings(deps.store);
  const records: IncidentRecord[] = [];
  const needsAttention: ActiveEscalationsView['needsAttention'] = [];
  let token: string | null = null;
  do {
    const page = await deps.host.search({ kind: 'escalated', resolvedWithinDays: req.trendDays }, token);
    records.push(...page.records);
    needsAttention.push(...page.unreadable.map((u) => ({ issueKey: u.key, error: u.error })));
    token = page.nextPageToken;
  } while (token !== null);
  // Drills are reported on their own (the Drills page), never in production figures.
  const drills = new Set((await deps.drills?.listDrills() ?? []).map((d) => d.issueKey));
  if (drills.size) records.splice(0, records.length, ...records.filter((r) => !drills.has(r.incident.key)));
  const now = deps.clock.now();
  const live = records.filter((r) => r.state && (r.state.status === 'active' || r.state.status === 'acknowledged'));
  const rows = live.filter((r) => matches(r, req.filters ?? {})).map((r) => {
    const s = r.state!;
    return {
      issueKey: r.incident.key,
      ...(r.incident.summary ? { summary: r.incident.summary } : {}),
      path: s.path, level: s.level, status: s.status, priority: s.priority, service: r.incident.service,
      ackDueAt: s.status === 'active' ? s.ackDueAt : null,
      nextEvaluationAt: s.nextEvaluationAt,
      slas: r.incident.slas.map((x) => ({ metric: x.metric, remainingMs: x.remainingMs, breached: x.breached, paused: x.paused, completed: x.completed })),
    };
  });
  return {
    rows,
    trend: escalationTrend(records.flatMap((r) => (r.state ? [r.state] : [])), now, req.trendDays),
    services: config.services.map((s) => s.name).sort(),
    now: new Date(now).toISOString(),
    needsAttention,
  };
}

function matches(r: IncidentRecord, f: DashboardFilters): boolean {
  const s = r.state!;
  if (f.paths?.length && (s.path === null || !f.paths.includes(s.path))) return false;
  if (f.levels?.length && (s.level === null || !f.levels.includes(s.level))) return false;
  if (f.services?.length && (r.incident.service === null || !f.services.includes(r.incident.service))) return false;
  if (f.priorities?.length && (s.priority === null || !f.priorities.includes(s.priority))) return false;
  return true;
}
