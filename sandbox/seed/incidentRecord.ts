import type { SiteContext } from '../jira/siteContext.js';
import type { ChangelogEntry, CommentRecord, IssueRecord } from '../jira/siteTypes.js';
import { textToAdf } from '../jira/adf.js';
import { IMPACT_OPTIONS, PRIORITIES, SERVICE_REGISTRY, STATUSES, URGENCY_OPTIONS } from '../jira/workflowCatalog.js';
import type { DemoIncident } from './demoIncidents.js';
import { ITOPS } from './demoProject.js';

const MINUTE = 60_000;

function idOf<T extends { id: string }>(list: readonly T[], match: (t: T) => boolean, what: string): string {
  const found = list.find(match);
  if (!found) throw new Error(`seed: unknown ${what}`);
  return found.id;
}

/**
 * Builds an issue with its history already in the past: the seed writes records directly, with
 * no product events, because it sets the scene rather than acting in it.
 */
export function incidentRecord(ctx: SiteContext, spec: DemoIncident, now: number): IssueRecord {
  const created = now - spec.ageMin * MINUTE;
  const at = (min: number) => created + min * MINUTE;
  const changelog: ChangelogEntry[] = [];
  let statusId = '1';
  let resolutionId: string | null = null;
  let resolutionDate: number | null = null;
  for (const move of spec.moves ?? []) {
    const to = STATUSES.find((s) => s.name === move.to);
    const from = STATUSES.find((s) => s.id === statusId);
    if (!to || !from) throw new Error(`seed: unknown status ${move.to}`);
    const items: ChangelogEntry['items'] = [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name }];
    if (to.category === 'done' && resolutionId === null) {
      resolutionId = '10000';
      resolutionDate = at(move.at);
      items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' });
    } else if (to.category !== 'done' && resolutionId !== null) {
      items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: resolutionId, fromString: 'Done', to: null, toString: null });
      resolutionId = null;
      resolutionDate = null;
    }
    changelog.push({ id: ctx.issues.nextChangelogId(), authorId: move.by, created: at(move.at), items });
    statusId = to.id;
  }
  const comments: CommentRecord[] = (spec.comments ?? []).map((c) => ({
    id: ctx.issues.nextCommentId(),
    authorId: c.by,
    body: textToAdf(c.text),
    created: at(c.at),
    updated: at(c.at),
    isPublic: c.internal !== true,
  }));
  const lastActivity = Math.max(created, ...changelog.map((e) => e.created), ...comments.map((c) => c.created));
  const reporterId = spec.reporter ?? 'sandbox-customer-chris';
  return {
    ...ctx.issues.nextIdentity(ITOPS.key),
    projectKey: ITOPS.key,
    issueTypeId: '10001',
    summary: spec.summary,
    description: textToAdf(`${spec.summary}. Reported through the portal.`),
    statusId,
    priorityId: idOf(PRIORITIES, (p) => p.name === spec.priority, 'priority'),
    assigneeId: spec.assignee ?? null,
    reporterId,
    labels: spec.labels ?? [],
    components: [idOf(ITOPS.components, (c) => c.name === spec.service, 'service')],
    requestTypeId: '1',
    impactId: idOf(IMPACT_OPTIONS, (o) => o.value === spec.impact, 'impact'),
    urgencyId: idOf(URGENCY_OPTIONS, (o) => o.value === spec.urgency, 'urgency'),
    // Agents set JSM's Affected services as well as the component: the app reads both.
    affectedServiceIds: [idOf(SERVICE_REGISTRY, (s) => s.name === spec.service, 'registry service')],
    resolutionId,
    resolutionDate,
    created,
    updated: lastActivity,
    properties: { ...spec.properties },
    changelog,
    comments,
    watchers: [reporterId],
  };
}
