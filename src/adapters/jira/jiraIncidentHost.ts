import type { Client } from 'jira.js/core';
import {
  assignIssue, createIssue, doTransition, editIssue, getBulkPermissions, getIssue, getIssueProperty, getMyPermissions, getTransitions,
  searchAndReconsileIssuesUsingJqlPost, setIssueProperty, updateComment,
} from 'jira.js/cloud';
import { createRequestComment, getRequestComments } from 'jira.js/serviceDesk';
import type { Priority } from '../../contracts/common.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { DirectoryGroup, DirectoryUser, IncidentHost, IncidentRecord, IssuePermission, NewIncident, RecordPage } from '../../ports/incidentHost.js';
import type { IncidentQuery } from '../../ports/incidentQuery.js';
import { JIRA_PRIORITY } from './jiraPriority.js';
import { loadFieldIds, wantedFields, type FieldIds } from './fieldIds.js';
import { findRequestType, type RequestTypeRef } from './findRequestType.js';
import { JiraDirectory } from './jiraDirectory.js';
import { searchGroups, searchUsers } from './jiraPeopleSearch.js';
import { JiraHttpError } from './jiraFetch.js';
import { newIncidentFields } from './newIncidentFields.js';
import { refusedFields } from './refusedFields.js';
import { IncidentFieldsRefused } from '../../ports/incidentFieldsRefused.js';
import { plainTextDocument } from './plainTextDocument.js';
import { toIncidentRecord } from './toIncidentRecord.js';
import { quote, toJql } from './toJql.js';

export { JIRA_PRIORITY } from './jiraPriority.js';
const PAGE = 100;
/** JSM keeps a comment internal through this comment property on the platform API. */
const INTERNAL = [{ key: 'sd.public.comment', value: { internal: true } }];

const isNotFound = (e: unknown) => e instanceof JiraHttpError && e.status === 404;

export interface JiraHostOptions {
  /** 'user' when a person acts (Forge asUser): permission checks use their own rights. */
  mode: 'app' | 'user';
  slaMetrics: readonly string[];
  services: readonly string[];
  /** JSM service registry id → the app's service name (services with a `jsmServiceId`). */
  serviceRegistry?: Readonly<Record<string, string>>;
  /**
   * The client for directory reads (groups, project roles, accounts). In Forge this acts as the
   * app, since an agent usually may not read project role membership; defaults to `client`.
   */
  directoryClient?: Client;
}

/** The IncidentHost on Jira Cloud through jira.js endpoint functions. */
export class JiraIncidentHost implements IncidentHost {
  private ids: Promise<FieldIds> | null = null;
  private readonly directory: JiraDirectory;
  private readonly requestTypes = new Map<string, Promise<RequestTypeRef>>();

  constructor(private readonly client: Client, private readonly opts: JiraHostOptions) {
    this.directory = new JiraDirectory(opts.directoryClient ?? client);
  }

  private fieldIds(): Promise<FieldIds> {
    this.ids ??= loadFieldIds(this.client, this.opts.slaMetrics);
    return this.ids;
  }

  async getIncident(key: string): Promise<IncidentRecord | null> {
    const ids = await this.fieldIds();
    try {
      const issue = await getIssue(this.client, { issueIdOrKey: key, fields: wantedFields(ids), properties: ['escalation'], expand: 'changelog' });
      return toIncidentRecord(issue, ids, this.opts.services, this.opts.serviceRegistry);
    } catch (e) {
      if (e instanceof JiraHttpError && e.status === 404) return null;
      throw e;
    }
  }

  async search(query: IncidentQuery, pageToken: string | null): Promise<RecordPage> {
    const ids = await this.fieldIds();
    const keys = query.kind === 'keys' ? query.keys : null;
    // Key lists are paged by us (100 per request) because Jira caps JQL length, not Jira's token.
    if (keys) {
      const start = pageToken === null ? 0 : Number(pageToken);
      const chunk = keys.slice(start, start + PAGE);
      const page: RecordPage = chunk.length ? await this.jql(toJql({ kind: 'keys', keys: chunk }), null, ids) : { records: [], unreadable: [], nextPageToken: null };
      return { records: page.records, unreadable: page.unreadable, nextPageToken: start + PAGE < keys.length ? String(start + PAGE) : null };
    }
    return this.jql(toJql(query), pageToken, ids);
  }

  private async jql(jql: string, token: string | null, ids: FieldIds): Promise<RecordPage> {
    const r = await searchAndReconsileIssuesUsingJqlPost(this.client, {
      jql, maxResults: PAGE, fields: wantedFields(ids), properties: ['escalation'], ...(token ? { nextPageToken: token } : {}),
    });
    const records: IncidentRecord[] = [];
    const unreadable: RecordPage['unreadable'] = [];
    for (const issue of r.issues ?? []) {
      try {
        records.push(toIncidentRecord(issue, ids, this.opts.services, this.opts.serviceRegistry));
      } catch (e) {
        unreadable.push({ key: typeof issue.key === 'string' ? issue.key : String(issue.id ?? '(no key)'), error: e instanceof Error ? e.message : String(e) });
      }
    }
    return { records, unreadable, nextPageToken: r.nextPageToken ?? null };
  }

  async writeState(key: string, state: EscalationState): Promise<void> {
    await setIssueProperty(this.client, { issueIdOrKey: key, propertyKey: 'escalation', body: state });
  }

  async matchesJql(key: string, jql: string): Promise<boolean> {
    const r = await searchAndReconsileIssuesUsingJqlPost(this.client, { jql: `key = ${quote(key)} AND (${jql})`, maxResults: 1, fields: ['key'] });
    return (r.issues ?? []).length > 0;
  }

  async assign(key: string, accountId: string) { await assignIssue(this.client, { issueIdOrKey: key, accountId }); }
  async setPriority(key: string, p: Priority) { await editIssue(this.client, { issueIdOrKey: key, fields: { priority: { name: JIRA_PRIORITY[p] } } }); }
  // Jira takes the bare accountId as a JSON string here; jira.js types this body as an object.
  async addWatcher(key: string, accountId: string) { await this.client.sendRequest({ url: `/rest/api/3/issue/${encodeURIComponent(key)}/watchers`, method: 'POST', body: accountId }); }
  async addLabel(key: string, label: string) { await editIssue(this.client, { issueIdOrKey: key, update: { labels: [{ add: label }] } }); }
  async addInternalComment(key: string, body: string) { await createRequestComment(this.client, { issueIdOrKey: key, body, public: false }); }
  async hasInternalComment(key: string, body: string) {
    for (let start = 0; ; start += 100) {
      const page = await getRequestComments(this.client, { issueIdOrKey: key, public: false, internal: true, start, limit: 100 });
      if ((page.values ?? []).some((c) => c.body === body)) return true;
      if (page.isLastPage !== false || !(page.values ?? []).length) return false;
    }
  }

  async transition(key: string, name: string) {
    const { transitions = [] } = await getTransitions(this.client, { issueIdOrKey: key });
    const t = transitions.find((x) => x.name?.toLowerCase() === name.toLowerCase() || x.to?.name?.toLowerCase() === name.toLowerCase());
    if (!t?.id) throw new Error(`${key} has no transition "${name}" available now`);
    await doTransition(this.client, { issueIdOrKey: key, transition: { id: t.id } });
  }

  async resolveWith(key: string, name: string, resolution: string) {
    const { transitions = [] } = await getTransitions(this.client, { issueIdOrKey: key });
    const t = transitions.find((x) => x.name?.toLowerCase() === name.toLowerCase() || x.to?.name?.toLowerCase() === name.toLowerCase());
    if (!t?.id) throw new Error(`${key} has no transition "${name}" available now`);
    await doTransition(this.client, { issueIdOrKey: key, transition: { id: t.id }, fields: { resolution: { name: resolution } } });
  }

  async openIncidentCounts(accountIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!accountIds.length) return out;
    const jql = `assignee in (${accountIds.map(quote).join(', ')}) AND statusCategory != Done`;
    let token: string | undefined;
    do {
      const r = await searchAndReconsileIssuesUsingJqlPost(this.client, { jql, maxResults: PAGE, fields: ['assignee'], ...(token ? { nextPageToken: token } : {}) });
      for (const issue of r.issues ?? []) {
        const who = (issue.fields as { assignee?: { accountId?: string } | null } | undefined)?.assignee?.accountId;
        if (who) out.set(who, (out.get(who) ?? 0) + 1);
      }
      token = r.nextPageToken ?? undefined;
    } while (token);
    return out;
  }

  async hasIssuePermission(accountId: string, key: string, permission: IssuePermission): Promise<boolean> {
    if (this.opts.mode === 'user') {
      const r = await getMyPermissions(this.client, { issueKey: key, permissions: permission });
      return r.permissions?.[permission]?.havePermission === true;
    }
    const issue = await getIssue(this.client, { issueIdOrKey: key, fields: ['project'] });
    const r = await getBulkPermissions(this.client, { accountId, projectPermissions: [{ permissions: [permission], issues: [Number(issue.id)] }] });
    return r.projectPermissions.some((p) => p.permission === permission && p.issues.includes(Number(issue.id)));
  }

  async isJiraAdmin(accountId: string): Promise<boolean> {
    if (this.opts.mode === 'user') {
      const r = await getMyPermissions(this.client, { permissions: 'ADMINISTER' });
      return r.permissions?.ADMINISTER?.havePermission === true;
    }
    const r = await getBulkPermissions(this.client, { accountId, globalPermissions: ['ADMINISTER'] });
    return r.globalPermissions.includes('ADMINISTER');
  }

  userGroups(accountId: string): Promise<string[]> { return this.directory.userGroups(accountId); }
  projectRoles(accountId: string, projectKey: string): Promise<string[]> { return this.directory.projectRoles(accountId, projectKey); }
  getUser(accountId: string): Promise<DirectoryUser | null> { return this.directory.getUser(accountId); }
  // Searches go with the acting client (asUser in resolvers): Jira hides people and groups from
  // someone without "Browse users and groups", and so must the picker.
  searchUsers(query: string, maxResults: number): Promise<DirectoryUser[]> { return searchUsers(this.client, query, maxResults); }
  searchGroups(query: string, maxResults: number): Promise<DirectoryGroup[]> { return searchGroups(this.client, query, maxResults); }
  findGroup(name: string): Promise<DirectoryGroup | null> { return this.directory.findGroup(name); }

  async createIncident(input: NewIncident): Promise<string> {
    const ids = await this.fieldIds();
    let requestType: RequestTypeRef | null = null;
    if (input.requestType !== null) {
      try {
        requestType = await this.requestType(input.projectKey, input.requestType);
      } catch (e) {
        if (e instanceof JiraHttpError) throw e;
        throw new IncidentFieldsRefused([{ field: 'requestType', message: e instanceof Error ? e.message : String(e) }]);
      }
    }
    const missing = ([['impact', ids.impact], ['urgency', ids.urgency]] as const).filter(([f, id]) => input[f] !== null && id === null);
    if (missing.length) throw new IncidentFieldsRefused(missing.map(([f]) => ({ field: f, message: `this site has no ${f === 'impact' ? 'Impact' : 'Urgency'} field` })));
    try {
      const created = await createIssue(this.client, { fields: newIncidentFields(input, ids, requestType) });
      if (!created.key) throw new Error(`Jira created an issue in ${input.projectKey} without returning its key`);
      return created.key;
    } catch (e) {
      throw refusedFields(e, ids) ?? e;
    }
  }

  /** Request type ids differ per site; one lookup per project and name for this host's lifetime. */
  private requestType(projectKey: string, name: string): Promise<RequestTypeRef> {
    const k = `${projectKey}\n${name}`;
    let found = this.requestTypes.get(k);
    if (!found) {
      found = findRequestType(this.client, projectKey, name);
      found.catch(() => this.requestTypes.delete(k));
      this.requestTypes.set(k, found);
    }
    return found;
  }

  async addPublicComment(key: string, body: string): Promise<void> {
    await createRequestComment(this.client, { issueIdOrKey: key, body, public: true });
  }

  async upsertInternalComment(key: string, commentId: string | null, body: string): Promise<string> {
    if (commentId !== null) {
      try {
        // The property is sent again so the edit can never turn the note public.
        await updateComment(this.client, { issueIdOrKey: key, id: commentId, body: { body: plainTextDocument(body), properties: INTERNAL } });
        return commentId;
      } catch (e) {
        // Someone deleted the rolled-up comment: post a fresh one rather than lose the update.
        if (!isNotFound(e)) throw e;
      }
    }
    const created = await createRequestComment(this.client, { issueIdOrKey: key, body, public: false });
    if (created.id === undefined) throw new Error(`Jira added a comment to ${key} without returning its id`);
    return String(created.id);
  }

  async getIssueProperty(key: string, propertyKey: string): Promise<unknown> {
    try {
      return (await getIssueProperty(this.client, { issueIdOrKey: key, propertyKey })).value;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  async setIssueProperty(key: string, propertyKey: string, value: unknown): Promise<void> {
    // Jira stores any JSON value; jira.js types the body as an object only.
    await setIssueProperty(this.client, { issueIdOrKey: key, propertyKey, body: value as Record<string, unknown> });
  }
}
