import { emitCommented, emitCreated, emitUpdated } from './issueEvents.js';
import type { IssueChanges } from './parseIssueFields.js';
import { actorAccountId, type SiteContext } from './siteContext.js';
import type { Actor, Adf, ChangeItem, CommentRecord, IssueRecord } from './siteTypes.js';
import {
  CUSTOM_FIELD_IDS,
  IMPACT_OPTIONS,
  ISSUE_TYPES,
  priorityById,
  RESOLUTIONS,
  statusById,
  URGENCY_OPTIONS,
  type SelectOption,
} from './workflowCatalog.js';

const userName = (ctx: SiteContext, id: string | null) => (id === null ? null : (ctx.directory.user(id)?.displayName ?? id));
const optionName = (opts: readonly SelectOption[], id: string | null) => opts.find((o) => o.id === id)?.value ?? null;

function item(field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null, toString: string | null, custom = false): ChangeItem {
  return { field, fieldtype: custom ? 'custom' : 'jira', fieldId, from, fromString, to, toString };
}

/** Applies changes to the cached record and returns the changelog items for what really changed. */
function apply(ctx: SiteContext, issue: IssueRecord, c: IssueChanges): ChangeItem[] {
  const items: ChangeItem[] = [];
  if (c.summary !== undefined && c.summary !== issue.summary) {
    items.push(item('summary', 'summary', null, issue.summary, null, c.summary));
    issue.summary = c.summary;
  }
  if (c.description !== undefined) {
    items.push(item('description', 'description', null, null, null, null));
    issue.description = c.description;
  }
  if (c.issueTypeId !== undefined && c.issueTypeId !== issue.issueTypeId) {
    const name = (id: string) => ISSUE_TYPES.find((t) => t.id === id)?.name ?? id;
    items.push(item('issuetype', 'issuetype', issue.issueTypeId, name(issue.issueTypeId), c.issueTypeId, name(c.issueTypeId)));
    issue.issueTypeId = c.issueTypeId;
  }
  if (c.priorityId !== undefined && c.priorityId !== issue.priorityId) {
    items.push(item('priority', 'priority', issue.priorityId, priorityById(issue.priorityId).name, c.priorityId, priorityById(c.priorityId).name));
    issue.priorityId = c.priorityId;
  }
  if (c.assigneeId !== undefined && c.assigneeId !== issue.assigneeId) {
    items.push(item('assignee', 'assignee', issue.assigneeId, userName(ctx, issue.assigneeId), c.assigneeId, userName(ctx, c.assigneeId)));
    issue.assigneeId = c.assigneeId;
  }
  if (c.reporterId !== undefined && c.reporterId !== issue.reporterId) {
    items.push(item('reporter', 'reporter', issue.reporterId, userName(ctx, issue.reporterId), c.reporterId, userName(ctx, c.reporterId)));
    issue.reporterId = c.reporterId;
  }
  if (c.labels !== undefined && c.labels.join(' ') !== issue.labels.join(' ')) {
    items.push(item('labels', 'labels', null, issue.labels.join(' '), null, c.labels.join(' ')));
    issue.labels = c.labels;
  }
  if (c.components !== undefined && c.components.join(',') !== issue.components.join(',')) {
    items.push(item('Component', 'components', issue.components.join(',') || null, null, c.components.join(',') || null, null));
    issue.components = c.components;
  }
  if (c.impactId !== undefined && c.impactId !== issue.impactId) {
    items.push(item('Impact', 'customfield_10004', issue.impactId, optionName(IMPACT_OPTIONS, issue.impactId), c.impactId, optionName(IMPACT_OPTIONS, c.impactId), true));
    issue.impactId = c.impactId;
  }
  if (c.urgencyId !== undefined && c.urgencyId !== issue.urgencyId) {
    items.push(item('Urgency', 'customfield_10005', issue.urgencyId, optionName(URGENCY_OPTIONS, issue.urgencyId), c.urgencyId, optionName(URGENCY_OPTIONS, c.urgencyId), true));
    issue.urgencyId = c.urgencyId;
  }
  const services = issue.affectedServiceIds ?? [];
  if (c.affectedServiceIds !== undefined && c.affectedServiceIds.join(',') !== services.join(',')) {
    items.push(item('Affected services', CUSTOM_FIELD_IDS.affectedServices, services.join(',') || null, null, c.affectedServiceIds.join(',') || null, null, true));
    issue.affectedServiceIds = c.affectedServiceIds;
  }
  if (c.requestTypeId !== undefined && c.requestTypeId !== issue.requestTypeId) {
    items.push(item('Request Type', 'customfield_10010', issue.requestTypeId, null, c.requestTypeId, null, true));
    issue.requestTypeId = c.requestTypeId;
  }
  return items;
}

function record(ctx: SiteContext, actor: Actor, issue: IssueRecord, items: ChangeItem[]): void {
  if (items.length === 0) return;
  const now = ctx.now();
  issue.updated = now;
  const entry = { id: ctx.issues.nextChangelogId(), authorId: actorAccountId(actor), created: now, items };
  ctx.transaction(() => {
    ctx.issues.saveFields(issue);
    ctx.issues.addChangelog(issue, entry);
  });
  emitUpdated(ctx, actor, issue, entry);
}

export function editIssue(ctx: SiteContext, actor: Actor, issue: IssueRecord, changes: IssueChanges): void {
  record(ctx, actor, issue, apply(ctx, issue, changes));
}

/** Moves the issue to a status; entering Done sets a resolution, leaving it clears the resolution. */
export function transitionIssue(ctx: SiteContext, actor: Actor, issue: IssueRecord, toStatusId: string, extra: IssueChanges = {}, resolutionId = '10000'): void {
  const items = apply(ctx, issue, extra);
  const from = statusById(issue.statusId);
  const to = statusById(toStatusId);
  items.push(item('status', 'status', from.id, from.name, to.id, to.name));
  const name = (id: string | null) => RESOLUTIONS.find((r) => r.id === id)?.name ?? null;
  if (to.category === 'done' && issue.resolutionId === null) {
    items.push(item('resolution', 'resolution', null, null, resolutionId, name(resolutionId)));
    issue.resolutionId = resolutionId;
    issue.resolutionDate = ctx.now();
  } else if (to.category !== 'done' && issue.resolutionId !== null) {
    items.push(item('resolution', 'resolution', issue.resolutionId, name(issue.resolutionId), null, null));
    issue.resolutionId = null;
    issue.resolutionDate = null;
  }
  issue.statusId = to.id;
  record(ctx, actor, issue, items);
}

export type NewIssue = Required<Pick<IssueChanges, 'summary' | 'issueTypeId' | 'priorityId' | 'reporterId'>> &
  Omit<IssueChanges, 'summary' | 'issueTypeId' | 'priorityId' | 'reporterId'>;

export function createIssue(ctx: SiteContext, actor: Actor, projectKey: string, input: NewIssue, properties: Record<string, unknown> = {}): IssueRecord {
  const now = ctx.now();
  const issue: IssueRecord = {
    ...ctx.issues.nextIdentity(projectKey),
    projectKey,
    issueTypeId: input.issueTypeId,
    summary: input.summary,
    description: input.description ?? null,
    statusId: '1',
    priorityId: input.priorityId,
    assigneeId: input.assigneeId ?? null,
    reporterId: input.reporterId,
    labels: input.labels ?? [],
    components: input.components ?? [],
    requestTypeId: input.requestTypeId ?? null,
    impactId: input.impactId ?? null,
    urgencyId: input.urgencyId ?? null,
    affectedServiceIds: input.affectedServiceIds ?? [],
    resolutionId: null,
    resolutionDate: null,
    created: now,
    updated: now,
    properties: { ...properties },
    changelog: [],
    comments: [],
    watchers: [input.reporterId],
  };
  ctx.transaction(() => ctx.issues.insert(issue));
  emitCreated(ctx, actor, issue);
  return issue;
}

export function commentOnIssue(ctx: SiteContext, actor: Actor, issue: IssueRecord, body: Adf, isPublic: boolean): CommentRecord {
  const now = ctx.now();
  const comment: CommentRecord = { id: ctx.issues.nextCommentId(), authorId: actorAccountId(actor), body, created: now, updated: now, isPublic };
  issue.updated = now;
  ctx.transaction(() => {
    ctx.issues.addComment(issue, comment);
    ctx.issues.saveFields(issue);
  });
  emitCommented(ctx, actor, issue, comment);
  return comment;
}

/** Replaces a comment's body; who may see it (public or internal) changes only when asked. */
export function editComment(ctx: SiteContext, issue: IssueRecord, comment: CommentRecord, body: Adf, isPublic: boolean): CommentRecord {
  comment.body = body;
  comment.isPublic = isPublic;
  comment.updated = ctx.now();
  ctx.transaction(() => ctx.issues.saveComment(comment));
  return comment;
}
