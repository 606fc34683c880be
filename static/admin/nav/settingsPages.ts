/**
 * Every settings page, grouped by the capability it configures, with the words a person might
 * search for. The id is the page's path in the URL (`/jira/settings/apps/<app>/<env>/<id>`), so a
 * reminder email or a runbook can link straight to it; ids never change once shipped.
 */
export const settingsGroups = [
  { label: 'Escalation', pages: [
    { id: 'policies', label: 'Policies', keywords: ['levels', 'targets', 'backups', 'triggers', 'paths', 'repeat', 'follow-up', 'assign', 'watchers', 'sla'] },
    { id: 'config', label: 'Matrix, services, calendars, exceptions', keywords: ['impact', 'urgency', 'priority', 'criticality', 'business hours', 'owner', 'legacy', 'sla metrics'] },
    { id: 'teams', label: 'Teams', keywords: ['members', 'liaisons', 'ola', 'handoff', 'protocols', 'engage', 'coordination', 'commander'] },
    { id: 'routing', label: 'Routing', keywords: ['skills', 'weights', 'workload', 'on shift', 'expertise', 'assign'] },
  ] },
  { label: 'On-call', pages: [
    { id: 'schedules', label: 'On-call schedules', keywords: ['rotation', 'participants', 'overrides', 'handoff', 'gaps', 'time zone'] },
    { id: 'duties', label: 'My duties', keywords: ['my shifts', 'confirm', 'on call'] },
  ] },
  { label: 'Alerts', pages: [
    { id: 'integrations', label: 'Integrations', keywords: ['monitoring', 'webhook', 'secret', 'correlation', 'suppression', 'maintenance', 'sustain', 'deduplication'] },
    { id: 'heartbeats', label: 'Heartbeats and synthetic checks', keywords: ['cron', 'backup', 'job', 'check in', 'ping', 'dead man', 'missed', 'synthetic', 'self-check', 'latency'] },
  ] },
  { label: 'Communications', pages: [
    { id: 'comms', label: 'Templates and channels', keywords: ['slack', 'teams', 'sms', 'email', 'recipients', 'failed sends', 'webhook'] },
    { id: 'incident-comms', label: 'Bridge, update cadence, public updates', keywords: ['conference', 'dial-in', 'pin', 'join', 'cadence', 'stakeholder updates', 'status page', 'comms lead', 'publish'] },
  ] },
  { label: 'Drills & reviews', pages: [
    { id: 'simulator', label: 'Simulator', keywords: ['drill', 'backtest', 'what if', 'dry run'] },
    { id: 'drills', label: 'Drills', keywords: ['game day', 'exercise', 'programme', 'runbook', 'coverage', 'findings', 'chaos'] },
    { id: 'tabletop', label: 'Tabletop exercises', keywords: ['scenario', 'injects', 'multi-domain', 'outage', 'facilitator', 'joint protocol', 'ola', 'score'] },
    { id: 'effectiveness', label: 'Path effectiveness', keywords: ['post-incident review', 'findings', 'rollup'] },
    { id: 'recurrence', label: 'Recurrence', keywords: ['recurring', 'related incidents', 'problem', 'systemic', 'cluster', 'runbook revision'] },
  ] },
  { label: 'Access', pages: [
    { id: 'roles', label: 'Role mapping', keywords: ['groups', 'project roles', 'policy admin', 'auditor', 'comms lead', 'stakeholder'] },
    { id: 'access', label: 'Access log', keywords: ['refusals', 'who changed', 'audit trail'] },
    { id: 'audit', label: 'Role audit', keywords: ['quarterly', 'attest', 'deactivated'] },
  ] },
  { label: 'Governance', pages: [
    { id: 'governance', label: 'Governance', keywords: ['adherence', 'audit', 'deviation', 'disposition', 'sign off', 'trail', 'verify', 'export', 'compliance', 'access review', 'bypass', 'kpi', 'mtta', 'mttr'] },
    { id: 'retention', label: 'Retention and legal holds', keywords: ['purge', 'delete', 'keep', 'legal hold', 'records', 'gdpr', 'regulatory', 'days'] },
    { id: 'attention', label: 'Records needing attention', keywords: ['integrity', 'corrupt', 'quarantine', 'repair', 'invalid records', 'app-owned state'] },
  ] },
  { label: 'Configuration', pages: [
    { id: 'transfer', label: 'Import / export', keywords: ['json', 'yaml', 'backup', 'restore', 'copy to another site'] },
  ] },
] as const;

export type SettingsPageId = (typeof settingsGroups)[number]['pages'][number]['id'];
export interface SettingsPage { id: SettingsPageId; label: string; group: string; keywords: readonly string[] }

export const settingsPages: readonly SettingsPage[] = settingsGroups.flatMap((g) => g.pages.map((p) => ({ ...p, group: g.label })));
export const DEFAULT_PAGE: SettingsPageId = 'policies';

/** The page a history path names (`/comms`, `/comms/`), or the default for anything else. */
export function pageFromPath(pathname: string): SettingsPageId {
  const id = pathname.replace(/^\/+|\/+$/g, '').split('/')[0] ?? '';
  return settingsPages.find((p) => p.id === id)?.id ?? DEFAULT_PAGE;
}

/** Pages whose name, group or keywords contain every word typed, best (name) matches first. */
export function searchSettings(query: string): SettingsPage[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const text = (p: SettingsPage) => [p.label, p.group, ...p.keywords].join(' ').toLowerCase();
  return settingsPages
    .filter((p) => words.every((w) => text(p).includes(w)))
    .sort((a, b) => Number(!a.label.toLowerCase().includes(words[0]!)) - Number(!b.label.toLowerCase().includes(words[0]!)));
}
