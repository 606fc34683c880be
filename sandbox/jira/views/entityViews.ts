import type { SiteContext } from '../siteContext.js';
import type { Component, ProjectRecord, SiteUser } from '../siteTypes.js';
import {
  categoryOf,
  ISSUE_TYPES,
  priorityById,
  RESOLUTIONS,
  statusById,
  type SelectOption,
} from '../workflowCatalog.js';

/** REST shapes of the small things an issue refers to, each with its `self` link. */

export function avatarUrls(base: string, seed: string): Record<string, string> {
  const url = `${base}/secure/useravatar?ownerId=${encodeURIComponent(seed)}`;
  return { '48x48': url, '24x24': `${url}&size=small`, '16x16': `${url}&size=xsmall`, '32x32': `${url}&size=medium` };
}

export function userView(ctx: SiteContext, user: SiteUser) {
  return {
    self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: user.accountType,
    emailAddress: user.email,
    avatarUrls: avatarUrls(ctx.baseUrl, user.accountId),
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    locale: 'en_US',
  };
}

/** A user reference by account id; unknown ids render as an inactive "Former user", as Jira does. */
export function userRef(ctx: SiteContext, accountId: string | null) {
  if (accountId === null) return null;
  const user = ctx.directory.user(accountId);
  if (user) return userView(ctx, user);
  return {
    self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: 'atlassian',
    displayName: 'Former user',
    active: false,
    avatarUrls: avatarUrls(ctx.baseUrl, accountId),
  };
}

export function statusView(ctx: SiteContext, statusId: string) {
  const status = statusById(statusId);
  const category = categoryOf(status.category);
  return {
    self: `${ctx.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${ctx.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${ctx.baseUrl}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

export function priorityView(ctx: SiteContext, priorityId: string) {
  const p = priorityById(priorityId);
  return {
    self: `${ctx.baseUrl}/rest/api/3/priority/${p.id}`,
    iconUrl: `${ctx.baseUrl}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
    name: p.name,
    id: p.id,
  };
}

export function issueTypeView(ctx: SiteContext, issueTypeId: string) {
  const t = ISSUE_TYPES.find((x) => x.id === issueTypeId) ?? ISSUE_TYPES[0];
  return {
    self: `${ctx.baseUrl}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: t.description,
    iconUrl: `${ctx.baseUrl}/images/icons/issuetypes/incident.svg`,
    name: t.name,
    subtask: false,
    hierarchyLevel: 0,
  };
}

export function projectRef(ctx: SiteContext, project: ProjectRecord) {
  return {
    self: `${ctx.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'service_desk',
    simplified: false,
    avatarUrls: avatarUrls(ctx.baseUrl, `project-${project.id}`),
  };
}

export function componentView(ctx: SiteContext, component: Component) {
  return { self: `${ctx.baseUrl}/rest/api/3/component/${component.id}`, id: component.id, name: component.name };
}

export function resolutionView(ctx: SiteContext, resolutionId: string | null) {
  const r = RESOLUTIONS.find((x) => x.id === resolutionId);
  if (!r) return null;
  return { self: `${ctx.baseUrl}/rest/api/3/resolution/${r.id}`, id: r.id, description: r.description, name: r.name };
}

export function optionView(ctx: SiteContext, options: readonly SelectOption[], id: string | null) {
  const o = options.find((x) => x.id === id);
  if (!o) return null;
  return { self: `${ctx.baseUrl}/rest/api/3/customFieldOption/${o.id}`, value: o.value, id: o.id };
}
