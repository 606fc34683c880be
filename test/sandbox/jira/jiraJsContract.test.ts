import { createCloudClient, isApiError } from 'jira.js';
import { createClient } from 'jira.js/core';
import { jiraJsClients } from './support/jiraJsClients.js';
import { DEMO_NOW, EMAIL, listen, seededSite, type SiteFixture } from './support/siteFixture.js';

/**
 * The contract suite: every endpoint the app uses, called through jira.js 6 with
 * `onSchemaMismatch: 'throw'`, so each response is checked against the schemas jira.js generates
 * from Atlassian's OpenAPI spec.
 */
let fixture: SiteFixture;
let server: { host: string; close: () => Promise<void> };

const clients = (email: string) => jiraJsClients(server.host, email);

const doc = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (isApiError(error)) return error.status;
    throw error;
  }
}

beforeAll(async () => {
  fixture = seededSite(DEMO_NOW);
  server = await listen(fixture.site);
});

afterAll(async () => {
  await server.close();
});

describe('issues through jira.js', () => {
  it('creates an issue and reads it back with fields, properties and changelog', async () => {
    const { jira } = clients(EMAIL.agent);
    const created = await jira.issues.createIssue({
      fields: {
        project: { key: 'ITOPS' },
        issuetype: { name: 'Incident' },
        summary: 'Checkout page returns 502',
        description: doc('Customers see a bad gateway.'),
        priority: { name: 'High' },
        labels: ['web'],
        components: [{ name: 'Payments' }],
        customfield_10004: { value: 'Significant / Large' },
        customfield_10005: { value: 'High' },
      },
    });
    expect(created.key).toMatch(/^ITOPS-\d+$/);
    await jira.issueProperties.setIssueProperty({ issueIdOrKey: created.key, propertyKey: 'escalation', body: { tier: 1, nextEvaluationEpochMs: 5 } });
    await jira.issues.editIssue({ issueIdOrKey: created.key, fields: { priority: { name: 'Highest' }, labels: ['web', 'sev1'] } });
    const issue = await jira.issues.getIssue({ issueIdOrKey: created.key, properties: ['escalation'], expand: 'changelog' });
    expect(issue.fields?.summary).toBe('Checkout page returns 502');
    expect(issue.fields?.priority.name).toBe('Highest');
    expect(issue.fields?.labels).toEqual(['web', 'sev1']);
    expect(issue.fields?.components.map((c: { name: string }) => c.name)).toEqual(['Payments']);
    expect(issue.fields?.customfield_10004.value).toBe('Significant / Large');
    expect(issue.fields?.customfield_10030.ongoingCycle.goalDuration.millis).toBe(4 * 3_600_000);
    expect(issue.properties).toEqual({ escalation: { tier: 1, nextEvaluationEpochMs: 5 } });
    expect(issue.changelog?.histories?.[0]?.items?.map((i) => i.field)).toEqual(['priority', 'labels']);
  });

  it('assigns, transitions, comments, notifies and adds a watcher', async () => {
    const { jira } = clients(EMAIL.lead);
    await jira.issues.assignIssue({ issueIdOrKey: 'ITOPS-6', accountId: 'sandbox-agent-ben' });
    const transitions = await jira.issues.getTransitions({ issueIdOrKey: 'ITOPS-6' });
    expect(transitions.transitions?.map((t) => t.name)).toEqual(['Start work', 'Wait for customer', 'Resolve', 'Close']);
    await jira.issues.doTransition({ issueIdOrKey: 'ITOPS-6', transition: { id: '11' } });
    const comment = await jira.issueComments.addComment({ issueIdOrKey: 'ITOPS-6', body: doc('Escalated to the intranet team.') });
    expect(comment.jsdPublic).toBe(true);
    const comments = await jira.issueComments.getComments({ issueIdOrKey: 'ITOPS-6' });
    expect(comments.comments?.map((c) => c.id)).toContain(comment.id);
    await jira.issues.notify({ issueIdOrKey: 'ITOPS-6', subject: 'Escalated', textBody: 'Tier 2', to: { assignee: true } });
    expect(fixture.site.outbox().at(-1)).toMatchObject({ issueKey: 'ITOPS-6', notification: { subject: 'Escalated' } });
    await jira.issueWatchers.addWatcher({ issueIdOrKey: 'ITOPS-6', body: 'sandbox-manager-maya' as unknown as Record<string, unknown> });
    const changes = await jira.issues.getChangeLogs({ issueIdOrKey: 'ITOPS-6' });
    expect(changes.values.flatMap((h) => h.items?.map((i) => i.field) ?? [])).toEqual(['assignee', 'status']);
    const issue = await jira.issues.getIssue({ issueIdOrKey: 'ITOPS-6', fields: ['status', 'assignee', 'watches'] });
    expect(issue.fields?.status.name).toBe('In Progress');
    expect(issue.fields?.assignee.accountId).toBe('sandbox-agent-ben');
    expect(issue.fields?.watches.watchCount).toBe(2);
  });

  it('reads, lists and deletes issue properties', async () => {
    const { jira } = clients(EMAIL.agent);
    await jira.issueProperties.setIssueProperty({ issueIdOrKey: 'ITOPS-2', propertyKey: 'escalation', body: { tier: 2 } });
    const prop = await jira.issueProperties.getIssueProperty({ issueIdOrKey: 'ITOPS-2', propertyKey: 'escalation' });
    expect(prop).toEqual({ key: 'escalation', value: { tier: 2 } });
    await jira.issueProperties.deleteIssueProperty({ issueIdOrKey: 'ITOPS-2', propertyKey: 'escalation' });
    expect(await statusOf(jira.issueProperties.getIssueProperty({ issueIdOrKey: 'ITOPS-2', propertyKey: 'escalation' }))).toBe(404);
  });
});

describe('jira.js plain-string conveniences (sent to API v2)', () => {
  it('creates an issue with a string description and adds a string comment', async () => {
    const { jira } = clients(EMAIL.agent);
    const created = await jira.issues.createIssue({
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'VPN drops every hour', description: 'Started after the update.' },
    });
    const comment = await jira.issueComments.addComment({ issueIdOrKey: created.key, body: 'Collecting logs.' });
    expect(comment.body?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Collecting logs.' }] }]);
    const issue = await jira.issues.getIssue({ issueIdOrKey: created.key, fields: ['description'] });
    expect(issue.fields?.description.content[0].content[0].text).toBe('Started after the update.');
  });
});

describe('search, fields, users and permissions through jira.js', () => {
  it('pages a JQL search with nextPageToken (GET and POST)', async () => {
    const { jira } = clients(EMAIL.agent);
    const jql = 'project = ITOPS ORDER BY key ASC';
    const first = await jira.issueSearch.searchAndReconsileIssuesUsingJql({ jql, maxResults: 5, fields: ['summary'] });
    expect(first.issues?.map((i) => i.key)).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3', 'ITOPS-4', 'ITOPS-5']);
    expect(first.isLast).toBe(false);
    const second = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql, maxResults: 5, fields: ['summary'], nextPageToken: first.nextPageToken ?? '' });
    expect(second.issues?.[0]?.key).toBe('ITOPS-6');
  });

  it('answers 401 over HTTP for a wrong API token', async () => {
    const wrong = createCloudClient({ host: server.host, auth: { type: 'basic', email: EMAIL.agent, apiToken: 'guess' }, retry: { maxAttempts: 1 } });
    expect(await statusOf(wrong.myself.getCurrentUser())).toBe(401);
  });

  it('answers 410 for the removed /rest/api/3/search', async () => {
    const client = createClient({ host: server.host, auth: { type: 'basic', email: EMAIL.agent, apiToken: 'sandbox' }, retry: { maxAttempts: 1 } });
    expect(await statusOf(client.sendRequest({ url: '/rest/api/3/search', method: 'GET', searchParams: { jql: 'project = ITOPS' } }))).toBe(410);
  });

  it('lists the JSM custom fields by name', async () => {
    const fields = await clients(EMAIL.agent).jira.issueFields.getFields();
    const byName = Object.fromEntries(fields.map((f) => [f.name, f.id]));
    expect(byName).toMatchObject({
      'Request Type': 'customfield_10010', Impact: 'customfield_10004', Urgency: 'customfield_10005',
      'Time to first response': 'customfield_10031', 'Time to resolution': 'customfield_10030',
    });
  });

  it('reads users, groups and project roles', async () => {
    const { jira } = clients(EMAIL.admin);
    expect((await jira.myself.getCurrentUser()).accountId).toBe('sandbox-admin-adam');
    expect((await jira.users.getUser({ accountId: 'sandbox-agent-ana' })).emailAddress).toBe('ana.agent@example.test');
    expect((await jira.userSearch.findUsers({ query: 'lead' })).map((u) => u.accountId)).toEqual(['sandbox-lead-lena', 'sandbox-lead-omar']);
    const leads = await jira.groups.getUsersFromGroup({ groupname: 'itops-leads' });
    expect(leads.values.map((u) => u.accountId)).toEqual(['sandbox-lead-lena', 'sandbox-lead-omar']);
    expect((await jira.users.getUserGroups({ accountId: 'sandbox-lead-lena' })).map((g) => g.name)).toEqual(['itops-agents', 'itops-leads']);
    const roles = await jira.projectRoles.getProjectRoles({ projectIdOrKey: 'ITOPS' });
    expect(Object.keys(roles)).toEqual(['Administrators', 'Service Desk Team', 'Service Desk Customers']);
    const team = await jira.projectRoles.getProjectRole({ projectIdOrKey: 'ITOPS', id: 10003 });
    expect(team.actors?.map((a) => a.displayName)).toEqual(['executives', 'itops-agents', 'itops-leads', 'itops-managers']);
  });

  it('finds groups with the group picker: substrings for people who may browse, exact names for others', async () => {
    const found = await clients(EMAIL.admin).jira.groups.findGroups({ query: 'itops', maxResults: 2, caseInsensitive: true });
    expect(found.total).toBeGreaterThanOrEqual(2);
    expect(found.groups?.map((g) => g.name)).toEqual(['itops-agents', 'itops-leads']);
    expect(found.groups?.[0]?.html).toBe('<b>itops</b>-agents');
    expect(found.header).toBe(`Showing 2 of ${found.total} matching groups`);
    const customer = clients(EMAIL.customer).jira;
    expect((await customer.groups.findGroups({ query: 'itops' })).groups).toEqual([]);
    expect((await customer.groups.findGroups({ query: 'itops-leads' })).groups?.map((g) => g.name)).toEqual(['itops-leads']);
  });

  it('searches users by name or email, and finds nobody for someone who may not browse users', async () => {
    const found = await clients(EMAIL.admin).jira.userSearch.findUsers({ query: 'director', maxResults: 5 });
    expect(found.map((u) => [u.accountId, u.displayName])).toEqual([['sandbox-director-dev', 'Dev Director']]);
    expect(found[0]?.avatarUrls?.['48x48']).toContain('/secure/useravatar');
    expect(await clients(EMAIL.customer).jira.userSearch.findUsers({ query: 'director' })).toEqual([]);
  });

  it('answers my permissions and bulk permission checks', async () => {
    const { jira } = clients(EMAIL.admin);
    const mine = await clients(EMAIL.agent).jira.permissions.getMyPermissions({ permissions: 'EDIT_ISSUES,ADMINISTER', issueKey: 'ITOPS-1' });
    expect(mine.permissions?.EDIT_ISSUES.havePermission).toBe(true);
    expect(mine.permissions?.ADMINISTER.havePermission).toBe(false);
    const check = await jira.permissions.getBulkPermissions({
      accountId: 'sandbox-customer-chris',
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], issues: [10001], projects: [10000] }],
    });
    expect(check.globalPermissions).toEqual([]);
    expect(check.projectPermissions).toEqual([
      { permission: 'BROWSE_PROJECTS', issues: [10001], projects: [10000] },
      { permission: 'EDIT_ISSUES', issues: [], projects: [] },
    ]);
  });
});
