import type { Client } from 'jira.js/core';
import {
  assignIssue, doTransition, editIssue, getBulkPermissions, getIssue, getMyPermissions, getTransitions,
  searchAndReconsileIssuesUsingJqlPost, setIssueProperty,
} from 'jira.js/cloud';
import { createRequestComment } from 'jira.js/serviceDesk';
import type { Priority } from '../../contracts/common.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { DirectoryUser, IncidentHost, IncidentRecord, IssuePermission, NewIncident, RecordPage } from '../../ports/incidentHost.js';
import type { IncidentQuery } from '../../ports/incidentQuery.js';
import { loadFieldIds, wantedFields, type FieldIds } from './fieldIds.js';
import { JiraDirectory } from './jiraDirectory.js';
import { JiraHttpError } from './jiraFetch.js';
import { toIncidentRecord } from './toIncidentRecord.js';
import { quote, toJql } from './toJql.js';

/** Jira's default priority scheme, P1 most urgent. */
export const JIRA_PRIORITY: Record<Priority, string> = { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low', P5: 'Lowest' };
const PAGE = 100;

export interface JiraHostOptions {
  /** 'user' when a person acts (Forge asUser): permission checks use their own rights. */
  mode: 'app' | 'user';
  slaMetrics: readonly string[];
  services: readonly string[];
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
      return toIncidentRecord(issue, ids, this.opts.services);
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
      const page = chunk.length ? await this.jql(toJql({ kind: 'keys', keys: chunk }), null, ids) : { records: [], nextPageToken: null };
      return { records: page.records, nextPageToken: start + PAGE < keys.length ? String(start + PAGE) : null };
    }
    return this.jql(toJql(query), pageToken, ids);
  }

  private async jql(jql: string, token: string | null, ids: FieldIds): Promise<RecordPage> {
    const r = await searchAndReconsileIssuesUsingJqlPost(this.client, {
      jql, maxResults: PAGE, fields: wantedFields(ids), properties: ['escalation'], ...(token ? { nextPageToken: token } : {}),
    });
    return { records: (r.issues ?? []).map((i) => toIncidentRecord(i, ids, this.opts.services)), nextPageToken: r.nextPageToken ?? null };
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

  async transition(key: string, name: string) {
    const { transitions = [] } = await getTransitions(this.client, { issueIdOrKey: key });
    const t = transitions.find((x) => x.name?.toLowerCase() === name.toLowerCase() || x.to?.name?.toLowerCase() === name.toLowerCase());
    if (!t?.id) throw new Error(`${key} has no transition "${name}" available now`);
    await doTransition(this.client, { issueIdOrKey: key, transition: { id: t.id } });
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

  // TODO(platform helper): implemented against the emulated site with jira.js contract tests.
  async createIncident(_input: NewIncident): Promise<string> { throw new Error('createIncident: not built yet'); }
  async addPublicComment(_key: string, _body: string): Promise<void> { throw new Error('addPublicComment: not built yet'); }
  async upsertInternalComment(_key: string, _commentId: string | null, _body: string): Promise<string> { throw new Error('upsertInternalComment: not built yet'); }
  async getIssueProperty(_key: string, _propertyKey: string): Promise<unknown> { throw new Error('getIssueProperty: not built yet'); }
  async setIssueProperty(_key: string, _propertyKey: string, _value: unknown): Promise<void> { throw new Error('setIssueProperty: not built yet'); }
}
