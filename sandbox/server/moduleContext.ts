import type { ForgeRuntime } from '../forge/index.js';
import type { JiraSite } from '../jira/index.js';
import { ISSUE_TYPES } from '../jira/workflowCatalog.js';
import type { DemoUser } from '../seed/index.js';
import { HttpError } from './httpKit.js';

export interface ModuleTarget {
  moduleKey: string;
  /** For issue modules: the issue the module is shown on. */
  issueKey?: string;
  /** For project settings pages: the project whose settings show it. */
  projectKey?: string;
}

/**
 * The product context of a module (`extension`), built by the host from its own records as
 * Jira does: the iframe names the issue, the host fills in id, type and project.
 */
export function moduleExtension(site: JiraSite, runtime: ForgeRuntime, target: ModuleTarget): { type: string } & Record<string, unknown> {
  const module = runtime.manifest.uiModules.get(target.moduleKey);
  if (!module) throw new HttpError(404, `No UI module "${target.moduleKey}" in manifest.yml`);
  if (module.type === 'jira:projectSettingsPage') {
    const project = target.projectKey ? site.context.projects.find(target.projectKey) : undefined;
    if (!project) throw new HttpError(400, `${target.moduleKey} is a project settings page: name the project (extension.project.key)`);
    return { type: module.type, project: { id: project.id, key: project.key, type: 'service_desk' } };
  }
  if (module.type !== 'jira:issuePanel' && module.type !== 'jira:issueContext') return { type: module.type };
  if (!target.issueKey) throw new HttpError(400, `${target.moduleKey} is an issue module: name the issue (extension.issue.key)`);
  const issue = site.context.issues.find(target.issueKey);
  if (!issue) throw new HttpError(404, `No issue ${target.issueKey}`);
  const project = site.context.projects.find(issue.projectKey);
  const issueType = ISSUE_TYPES.find((t) => t.id === issue.issueTypeId);
  return {
    type: module.type,
    issue: { id: issue.id, key: issue.key, type: issueType?.name ?? 'Incident', typeId: issue.issueTypeId },
    project: { id: project?.id ?? '', key: issue.projectKey, type: 'service_desk' },
    isNewToIssue: false,
  };
}

/** The project a module is shown in (issue modules: the issue's; project pages: their own). */
export function moduleProjectKey(site: JiraSite, target: ModuleTarget): string | undefined {
  if (target.projectKey) return target.projectKey;
  return target.issueKey ? site.context.issues.find(target.issueKey)?.projectKey : undefined;
}

/** What `view.getContext()` answers inside the module's iframe, for `user`. */
export function moduleContext(site: JiraSite, runtime: ForgeRuntime, target: ModuleTarget, user: DemoUser, colorMode: 'light' | 'dark'): Record<string, unknown> {
  const info = runtime.info;
  return {
    accountId: user.accountId,
    accountType: user.accountType === 'customer' ? 'customer' : 'licensed',
    cloudId: info.cloudId,
    siteUrl: info.siteUrl,
    moduleKey: target.moduleKey,
    localId: `${target.moduleKey}-local`,
    environmentId: info.environmentId,
    environmentType: info.environmentType,
    appVersion: info.appVersion,
    locale: 'en-US',
    timezone: user.timeZone,
    theme: { colorMode },
    license: { active: true },
    extension: moduleExtension(site, runtime, target),
  };
}
