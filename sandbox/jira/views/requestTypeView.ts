import type { SiteContext } from '../siteContext.js';
import type { IssueRecord, ProjectRecord, RequestType } from '../siteTypes.js';
import { categoryOf, statusById } from '../workflowCatalog.js';
import { jsmDate } from '../sla/slaView.js';

export function requestTypeView(ctx: SiteContext, project: ProjectRecord, rt: RequestType) {
  return {
    _links: { self: `${ctx.baseUrl}/rest/servicedeskapi/servicedesk/${project.serviceDeskId}/requesttype/${rt.id}` },
    id: rt.id,
    name: rt.name,
    description: rt.description,
    helpText: '',
    issueTypeId: rt.issueTypeId,
    serviceDeskId: project.serviceDeskId,
    portalId: project.serviceDeskId,
    groupIds: [],
    restrictionStatus: 'OPEN',
  };
}

/** The time the issue entered its current status (creation if it never moved). */
export function statusDate(issue: IssueRecord): number {
  const last = issue.changelog.filter((e) => e.items.some((i) => i.field === 'status')).at(-1);
  return last?.created ?? issue.created;
}

export function currentStatusView(issue: IssueRecord) {
  const status = statusById(issue.statusId);
  return {
    status: status.name,
    statusCategory: categoryOf(status.category).key.toUpperCase(),
    statusDate: jsmDate(statusDate(issue)),
  };
}

/** Value of the "Request Type" field (customfield_10010) in issue JSON. */
export function requestTypeFieldValue(ctx: SiteContext, issue: IssueRecord) {
  const project = ctx.projects.get(issue.projectKey);
  const rt = project.requestTypes.find((r) => r.id === issue.requestTypeId);
  if (!rt) return null;
  return {
    _links: {
      jiraRest: `${ctx.baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${ctx.baseUrl}/servicedesk/customer/portal/${project.serviceDeskId}/${issue.key}`,
      self: `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
    requestType: requestTypeView(ctx, project, rt),
    currentStatus: currentStatusView(issue),
  };
}
