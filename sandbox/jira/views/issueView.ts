import type { SiteContext } from '../siteContext.js';
import type { Actor, IssueRecord } from '../siteTypes.js';
import { issueSlas } from '../sla/issueSlas.js';
import { jiraTimestamp, slaView } from '../sla/slaView.js';
import { CUSTOM_FIELD_IDS, IMPACT_OPTIONS, URGENCY_OPTIONS } from '../workflowCatalog.js';
import { changelogView } from './changelogView.js';
import { visibleComments, commentView } from './commentView.js';
import {
  componentView,
  issueTypeView,
  optionView,
  priorityView,
  projectRef,
  resolutionView,
  statusView,
  userRef,
} from './entityViews.js';
import { FIELDS } from './fieldCatalog.js';
import { requestTypeFieldValue } from './requestTypeView.js';
import { issueLinksField } from '../links/linkViews.js';

export interface IssueViewOptions {
  /** The `fields` parameter as given; undefined means the endpoint's default. */
  fields: readonly string[] | undefined;
  defaultFields: '*all' | '*navigable' | 'id';
  properties: readonly string[];
  expand: readonly string[];
}

/** Which field ids a `fields` parameter selects (`*all`, `*navigable`, ids, `-id` exclusions). */
export function selectedFields(opts: IssueViewOptions): Set<string> {
  const tokens = opts.fields && opts.fields.length > 0 ? opts.fields : [opts.defaultFields];
  const include = tokens.filter((t) => !t.startsWith('-'));
  const exclude = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const base = include.length > 0 ? include : [opts.defaultFields];
  const out = new Set<string>();
  for (const token of base) {
    if (token === '*all') FIELDS.forEach((f) => out.add(f.id));
    else if (token === '*navigable') FIELDS.filter((f) => f.navigable).forEach((f) => out.add(f.id));
    else out.add(token);
  }
  out.delete('issuekey');
  for (const x of exclude) out.delete(x);
  return out;
}

type FieldRenderer = (ctx: SiteContext, issue: IssueRecord, actor: Actor) => unknown;

const RENDERERS: Record<string, FieldRenderer> = {
  summary: (_c, i) => i.summary,
  description: (_c, i) => i.description,
  issuetype: (c, i) => issueTypeView(c, i.issueTypeId),
  project: (c, i) => projectRef(c, c.projects.get(i.projectKey)),
  status: (c, i) => statusView(c, i.statusId),
  priority: (c, i) => priorityView(c, i.priorityId),
  assignee: (c, i) => userRef(c, i.assigneeId),
  reporter: (c, i) => userRef(c, i.reporterId),
  labels: (_c, i) => [...i.labels],
  components: (c, i) => {
    const project = c.projects.get(i.projectKey);
    return project.components.filter((x) => i.components.includes(x.id)).map((x) => componentView(c, x));
  },
  created: (_c, i) => jiraTimestamp(i.created),
  updated: (_c, i) => jiraTimestamp(i.updated),
  resolution: (c, i) => resolutionView(c, i.resolutionId),
  issuelinks: (c, i) => issueLinksField(c, i),
  resolutiondate: (_c, i) => (i.resolutionDate === null ? null : jiraTimestamp(i.resolutionDate)),
  watches: (c, i, a) => ({
    self: `${c.baseUrl}/rest/api/3/issue/${i.key}/watchers`,
    watchCount: i.watchers.length,
    isWatching: a.kind === 'user' && i.watchers.includes(a.accountId),
  }),
  comment: (c, i, a) => {
    const comments = visibleComments(c, i, a).map((x) => commentView(c, i, x));
    return { comments, self: `${c.baseUrl}/rest/api/3/issue/${i.id}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
  },
  [CUSTOM_FIELD_IDS.requestType]: (c, i) => requestTypeFieldValue(c, i),
  [CUSTOM_FIELD_IDS.impact]: (c, i) => optionView(c, IMPACT_OPTIONS, i.impactId),
  [CUSTOM_FIELD_IDS.urgency]: (c, i) => optionView(c, URGENCY_OPTIONS, i.urgencyId),
  // Jira returns null for an empty custom field, and the service registry's id only.
  [CUSTOM_FIELD_IDS.affectedServices]: (_c, i) => (i.affectedServiceIds?.length ? i.affectedServiceIds.map((id) => ({ id })) : null),
};

function slaFieldValue(ctx: SiteContext, issue: IssueRecord, fieldId: string) {
  const state = issueSlas(ctx, issue).get(fieldId);
  return state ? slaView(state, `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}/sla/${state.metric.id}`) : null;
}

/** An issue as GET /rest/api/3/issue and the search endpoints return it. */
export function issueView(ctx: SiteContext, actor: Actor, issue: IssueRecord, opts: IssueViewOptions) {
  const self = `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`;
  const wanted = selectedFields(opts);
  if (opts.defaultFields === 'id' && (!opts.fields || opts.fields.length === 0) && opts.properties.length === 0) {
    return { id: issue.id };
  }
  const fields: Record<string, unknown> = {};
  for (const id of wanted) {
    const render = RENDERERS[id];
    if (render) fields[id] = render(ctx, issue, actor);
    else if (id === CUSTOM_FIELD_IDS.timeToFirstResponse || id === CUSTOM_FIELD_IDS.timeToResolution) {
      fields[id] = slaFieldValue(ctx, issue, id);
    }
  }
  const properties: Record<string, unknown> = {};
  for (const key of opts.properties) {
    if (key === '*all') Object.assign(properties, issue.properties);
    else if (key in issue.properties) properties[key] = issue.properties[key];
  }
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self,
    key: issue.key,
    ...(opts.properties.length > 0 ? { properties } : {}),
    fields,
    ...(opts.expand.includes('changelog') ? { changelog: changelogView(ctx, issue, 0, issue.changelog.length) } : {}),
  };
}
