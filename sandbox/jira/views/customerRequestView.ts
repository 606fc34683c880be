import { adfToText } from '../adf.js';
import type { SiteContext } from '../siteContext.js';
import type { IssueRecord, ProjectRecord } from '../siteTypes.js';
import { jsmDate } from '../sla/slaView.js';
import { currentStatusView, requestTypeView } from './requestTypeView.js';

/** A user as the service desk API shows one. */
export function serviceDeskUser(ctx: SiteContext, accountId: string) {
  const u = ctx.directory.user(accountId);
  return {
    accountId,
    displayName: u?.displayName ?? 'Former user',
    ...(u ? { emailAddress: u.email, timeZone: u.timeZone } : {}),
    active: u !== undefined,
    _links: { self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}` },
  };
}

export function serviceDeskView(ctx: SiteContext, p: ProjectRecord) {
  return {
    id: p.serviceDeskId,
    projectId: p.id,
    projectName: p.name,
    projectKey: p.key,
    _links: { self: `${ctx.baseUrl}/rest/servicedeskapi/servicedesk/${p.serviceDeskId}` },
  };
}

/** GET /rest/servicedeskapi/request/{key}. */
export function customerRequestView(ctx: SiteContext, issue: IssueRecord) {
  const project = ctx.projects.get(issue.projectKey);
  const rt = project.requestTypes.find((r) => r.id === issue.requestTypeId);
  return {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: issue.requestTypeId ?? '',
    serviceDeskId: project.serviceDeskId,
    createdDate: jsmDate(issue.created),
    reporter: serviceDeskUser(ctx, issue.reporterId),
    summary: issue.summary,
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      { fieldId: 'description', label: 'Description', value: issue.description ? adfToText(issue.description) : '' },
    ],
    currentStatus: currentStatusView(issue),
    ...(rt ? { requestType: requestTypeView(ctx, project, rt) } : {}),
    _links: {
      jiraRest: `${ctx.baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${ctx.baseUrl}/servicedesk/customer/portal/${project.serviceDeskId}/${issue.key}`,
      agent: `${ctx.baseUrl}/browse/${issue.key}`,
      self: `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
  };
}

/** JSM's page envelope: `{size, start, limit, isLastPage, values, _links}`. */
export function jsmPage<T>(ctx: SiteContext, path: string, all: readonly T[], start: number, limit: number) {
  const values = all.slice(start, start + limit);
  return {
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= all.length,
    _links: { base: ctx.baseUrl, context: '', self: `${ctx.baseUrl}${path}` },
    values,
  };
}
