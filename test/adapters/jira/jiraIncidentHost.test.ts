import { IncidentFieldsRefused } from '../../../src/ports/incidentFieldsRefused.js';
import Database from 'better-sqlite3';
import { JiraEmailNotifier } from '../../../src/adapters/forge/jiraEmailNotifier.js';
import { JiraIncidentHost } from '../../../src/adapters/jira/jiraIncidentHost.js';
import { requestJiraClient } from '../../../src/adapters/jira/requestJiraClient.js';
import { toJql } from '../../../src/adapters/jira/toJql.js';
import { aState } from '../../support/builders.js';
import { createJiraSite, type JiraProductEvent, type JiraSite } from '../../../sandbox/jira/index.js';
import type { NewIncident } from '../../../src/ports/incidentHost.js';
import { siteFetch } from '../../support/siteFetch.js';
import { seedDemo } from '../../../sandbox/seed/index.js';
import { CUSTOM_FIELD_IDS, SERVICE_REGISTRY } from '../../../sandbox/jira/workflowCatalog.js';
import { editIssue } from 'jira.js/cloud';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const metrics = ['Time to first response', 'Time to resolution'];
const services = ['Payments', 'Email', 'Intranet', 'Mainframe billing'];


function setup() {
  const events: JiraProductEvent[] = [];
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW, onEvent: (e) => events.push(e) });
  seedDemo(site, NOW);
  const client = requestJiraClient(siteFetch(site, 'app'), 'throw');
  const host = new JiraIncidentHost(client, { mode: 'app', slaMetrics: metrics, services });
  return { site, client, host, events };
}

/** Reads through the site as a user, the way the portal or the agent view would. */
async function readAs(site: JiraSite, accountId: string, path: string, query: Record<string, string> = {}) {
  const res = await site.handle({ method: 'GET', path, query, headers: {}, actor: { accountId } });
  return { status: res.status, body: JSON.parse(res.body || 'null') as Record<string, unknown> };
}

const alertIncident: NewIncident = {
  projectKey: 'ITOPS', requestType: 'Report an incident', summary: 'Payments API 5xx above 5%',
  description: 'Alertmanager: HighErrorRate\nhost: pay-api-3', service: 'Payments', labels: ['alert', 'source prometheus'],
  impact: 'Significant / Large', urgency: 'High',
};

describe('JiraIncidentHost against the emulated JSM site (jira.js schemas throw on mismatch)', () => {
  it('reads an incident: service, impact, urgency, SLAs, no state yet', async () => {
    const { host } = setup();
    const r = await host.getIncident('ITOPS-1');
    expect(r?.state).toBeNull();
    expect(r?.incident).toMatchObject({ key: 'ITOPS-1', projectKey: 'ITOPS', service: 'Payments', impact: 'Extensive / Widespread', urgency: 'Critical' });
    expect(r?.incident.slas.map((s) => s.metric).sort()).toEqual(metrics);
    expect(await host.getIncident('ITOPS-999')).toBeNull();
  });

  it("reads Jira's priority field by name, and JSM's Affected services (by registry id) before components", async () => {
    const { site, client } = setup();
    const registry = Object.fromEntries(SERVICE_REGISTRY.map((s) => [s.id, s.name]));
    const host = new JiraIncidentHost(client, { mode: 'app', slaMetrics: metrics, services, serviceRegistry: registry });
    const email = SERVICE_REGISTRY.find((s) => s.name === 'Email')!.id;
    await editIssue(client, { issueIdOrKey: 'ITOPS-1', fields: { priority: { name: 'Low' }, [CUSTOM_FIELD_IDS.affectedServices]: [{ id: email }] } });
    const r = await host.getIncident('ITOPS-1');
    // ITOPS-1's component is Payments; the Affected services field says Email, and wins.
    expect(r?.incident).toMatchObject({ service: 'Email', components: ['Payments'], jiraPriority: 'Low' });
    const raw = await readAs(site, 'sandbox-agent-ana', '/rest/api/3/issue/ITOPS-1', { fields: CUSTOM_FIELD_IDS.affectedServices });
    expect((raw.body.fields as Record<string, unknown>)[CUSTOM_FIELD_IDS.affectedServices]).toEqual([{ id: email }]);
    // An id the configuration does not link to a service falls back to the components.
    const unlinked = new JiraIncidentHost(client, { mode: 'app', slaMetrics: metrics, services });
    expect((await unlinked.getIncident('ITOPS-1'))?.incident.service).toBe('Payments');
    await expect(editIssue(client, { issueIdOrKey: 'ITOPS-1', fields: { [CUSTOM_FIELD_IDS.affectedServices]: [{ id: 'no-such-service' }] } }))
      .rejects.toThrow(/does not exist/);
  });

  it('writes the escalation property and finds it through the due query, and only when due', async () => {
    const { host } = setup();
    const state = aState({ status: 'active', path: 'technical', level: 1, nextEvaluationEpochMs: NOW.getTime() - 1000, nextEvaluationAt: new Date(NOW.getTime() - 1000).toISOString() });
    await host.writeState('ITOPS-2', state);
    expect((await host.getIncident('ITOPS-2'))?.state).toEqual(state);
    const due = await host.search({ kind: 'due', cutoffMs: NOW.getTime(), projects: ['ITOPS'], fallback: [] }, null);
    expect(due.records.map((r) => r.incident.key)).toEqual(['ITOPS-2']);
    const early = await host.search({ kind: 'due', cutoffMs: NOW.getTime() - 5000, projects: ['ITOPS'], fallback: [] }, null);
    expect(early.records).toEqual([]);
  });

  it('the fallback finds never-evaluated open incidents with a breached SLA, not resolved ones', async () => {
    const { host } = setup();
    const page = await host.search({ kind: 'due', cutoffMs: NOW.getTime(), projects: ['ITOPS'], fallback: [{ type: 'slaBreached', metric: 'Time to resolution' }] }, null);
    expect(page.records.length).toBeGreaterThan(0);
    for (const r of page.records) {
      expect(r.incident.statusCategory).not.toBe('done');
      expect(r.incident.slas.find((s) => s.metric === 'Time to resolution')?.breached).toBe(true);
    }
  });

  it('carries out every issue action the engine asks for', async () => {
    const { host, site } = setup();
    await host.assign('ITOPS-2', 'sandbox-agent-ana');
    await host.addLabel('ITOPS-2', 'escalated');
    await host.setPriority('ITOPS-2', 'P1');
    await host.addWatcher('ITOPS-2', 'sandbox-lead-lena');
    await host.addInternalComment('ITOPS-2', 'Escalation: paged technical level 1');
    await host.transition('ITOPS-2', 'In Progress');
    const r = await host.getIncident('ITOPS-2');
    expect(r?.incident).toMatchObject({ assigneeAccountId: 'sandbox-agent-ana', labels: expect.arrayContaining(['escalated']), statusCategory: 'indeterminate' });
    await new JiraEmailNotifier(requestJiraClient(siteFetch(site, 'app'), 'throw')).page({ incidentKey: 'ITOPS-2', subject: 'Page', body: 'Please acknowledge', purpose: 'responderPage',
      targets: [{ type: 'user', accountId: 'sandbox-agent-ana' }], idempotencyKey: 'k' });
    expect(site.outbox().at(-1)).toMatchObject({ issueKey: 'ITOPS-2', notification: { subject: 'Page', textBody: 'Please acknowledge', to: { users: [{ accountId: 'sandbox-agent-ana' }] } } });
  });

  it('counts open incidents assigned to each person with one search', async () => {
    const { host, site } = setup();
    const counts = await host.openIncidentCounts(['sandbox-agent-ana', 'sandbox-agent-ben', 'sandbox-cio-carla']);
    const res = await site.handle({ method: 'GET', path: '/rest/api/3/search/jql', headers: {}, actor: 'app',
      query: { jql: 'assignee = "sandbox-agent-ana" AND statusCategory != Done', fields: 'key', maxResults: '100' } });
    const expected = (JSON.parse(res.body) as { issues: unknown[] }).issues.length;
    expect(counts.get('sandbox-agent-ana')).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(counts.has('sandbox-cio-carla')).toBe(false);
    // Jira refuses JQL naming an unknown user; the app falls back to choosing without workload.
    await expect(host.openIncidentCounts(['sandbox-nobody'])).rejects.toThrow(/does not exist for the field 'assignee'/);
  });

  it('answers permission questions as the app and as the user', async () => {
    const { host, site } = setup();
    expect(await host.hasIssuePermission('sandbox-agent-ana', 'ITOPS-1', 'EDIT_ISSUES')).toBe(true);
    expect(await host.hasIssuePermission('sandbox-customer-chris', 'ITOPS-1', 'EDIT_ISSUES')).toBe(false);
    const asCustomer = new JiraIncidentHost(requestJiraClient(siteFetch(site, { accountId: 'sandbox-customer-chris' }), 'throw'), { mode: 'user', slaMetrics: metrics, services });
    expect(await asCustomer.hasIssuePermission('sandbox-customer-chris', 'ITOPS-1', 'EDIT_ISSUES')).toBe(false);
    expect(await asCustomer.isJiraAdmin('sandbox-customer-chris')).toBe(false);
  });
});

describe('JiraIncidentHost writes for alerts and communications', () => {
  it('creates an incident with service, labels, impact, urgency and request type, and Jira announces it', async () => {
    const { host, site, events } = setup();
    const key = await host.createIncident(alertIncident);
    const r = await host.getIncident(key);
    expect(r?.incident).toMatchObject({
      key, projectKey: 'ITOPS', summary: 'Payments API 5xx above 5%', service: 'Payments', components: ['Payments'],
      labels: ['alert', 'source_prometheus'], impact: 'Significant / Large', urgency: 'High', requestType: 'Report an incident', statusCategory: 'new',
    });
    const raw = await readAs(site, 'sandbox-agent-ana', `/rest/api/3/issue/${key}`, { fields: 'description,issuetype' });
    const fields = raw.body.fields as { description: unknown; issuetype: { name: string } };
    expect(fields.issuetype.name).toBe('Incident');
    expect(fields.description).toEqual({ type: 'doc', version: 1, content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Alertmanager: HighErrorRate' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'host: pay-api-3' }] }] });
    expect(events.filter((e) => e.eventType === 'avi:jira:created:issue').map((e) => e.issue.key)).toEqual([key]);
  });

  it("sets Jira's priority from the matrix's, so JSM's SLA goals agree with the escalation", async () => {
    const { host, site } = setup();
    const key = await host.createIncident({ ...alertIncident, priority: 'P1' });
    const raw = await readAs(site, 'sandbox-agent-ana', `/rest/api/3/issue/${key}`, { fields: 'priority' });
    expect((raw.body.fields as { priority: { name: string } }).priority.name).toBe('Highest');
  });

  it('finds an open incident by its alert creation label, and not once it is resolved', async () => {
    const { host } = setup();
    const key = await host.createIncident({ ...alertIncident, labels: ['alert-am-prod', 'alertkey-0123456789abcdef01234567'] });
    await host.createIncident({ ...alertIncident, labels: ['alertkey-ffffffffffffffffffffffff'] });
    const q = { kind: 'openWithLabel' as const, label: 'alertkey-0123456789abcdef01234567', projects: ['ITOPS'] };
    expect((await host.search(q, null)).records.map((r) => r.incident.key)).toEqual([key]);
    await host.transition(key, 'Resolve');
    expect((await host.search(q, null)).records).toEqual([]);
  });

  it('creates a plain Incident when no request type is given, and names a missing request type', async () => {
    const { host } = setup();
    const key = await host.createIncident({ ...alertIncident, requestType: null, service: null, impact: null, urgency: null, labels: [] });
    expect((await host.getIncident(key))?.incident).toMatchObject({ requestType: null, service: null, impact: null, urgency: null, labels: [] });
    await expect(host.createIncident({ ...alertIncident, requestType: 'No such type' })).rejects.toThrow(/no request type named "No such type"/);
    await expect(host.createIncident({ ...alertIncident, projectKey: 'NOPE', requestType: null })).rejects.toThrow(/400/);
  });

  it('says which fields Jira refused on create (an unknown component, a missing request type) so the caller can create without them', async () => {
    const { host } = setup();
    await expect(host.createIncident({ ...alertIncident, service: 'Billing' })).rejects.toEqual(new IncidentFieldsRefused([{ field: 'service', message: "components: Specify a valid 'components' id or name" }]));
    await expect(host.createIncident({ ...alertIncident, requestType: 'No such type' })).rejects.toBeInstanceOf(IncidentFieldsRefused);
    // An error about the project itself is not a field to drop.
    await expect(host.createIncident({ ...alertIncident, projectKey: 'NOPE', requestType: null })).rejects.not.toBeInstanceOf(IncidentFieldsRefused);
  });

  it('posts public comments the customer sees', async () => {
    const { host, site } = setup();
    await host.addPublicComment('ITOPS-1', 'We are restoring card payments.');
    const seen = await readAs(site, 'sandbox-customer-chris', '/rest/servicedeskapi/request/ITOPS-1/comment');
    expect((seen.body.values as { body: string; public: boolean }[]).at(-1)).toMatchObject({ body: 'We are restoring card payments.', public: true });
  });

  it('keeps one rolled-up internal comment: created, edited in place, still internal, re-posted when deleted', async () => {
    const { host, site } = setup();
    const before = (await readAs(site, 'sandbox-agent-ana', '/rest/servicedeskapi/request/ITOPS-1/comment')).body.size as number;
    const id = await host.upsertInternalComment('ITOPS-1', null, 'Alert repeated 1 time');
    expect(await host.upsertInternalComment('ITOPS-1', id, 'Alert repeated 7 times')).toBe(id);
    const agentView = (await readAs(site, 'sandbox-agent-ana', '/rest/servicedeskapi/request/ITOPS-1/comment')).body;
    expect(agentView.size).toBe(before + 1);
    expect((agentView.values as { id: string; body: string; public: boolean }[]).at(-1)).toEqual(expect.objectContaining({ id, body: 'Alert repeated 7 times', public: false }));
    const customerView = (await readAs(site, 'sandbox-customer-chris', '/rest/servicedeskapi/request/ITOPS-1/comment')).body;
    expect((customerView.values as { id: string }[]).map((c) => c.id)).not.toContain(id);
    const again = await host.upsertInternalComment('ITOPS-1', '999999', 'Alert repeated 8 times');
    expect(again).not.toBe(id);
    expect((await readAs(site, 'sandbox-agent-ana', `/rest/api/3/issue/ITOPS-1/comment/${again}`)).body).toMatchObject({ jsdPublic: false });
  });

  it('reads and writes issue properties; a missing one is undefined', async () => {
    const { host } = setup();
    expect(await host.getIssueProperty('ITOPS-1', 'alerts')).toBeUndefined();
    await host.setIssueProperty('ITOPS-1', 'alerts', { dedupKey: 'pay-5xx', count: 3 });
    await host.setIssueProperty('ITOPS-1', 'alerts', { dedupKey: 'pay-5xx', count: 4 });
    expect(await host.getIssueProperty('ITOPS-1', 'alerts')).toEqual({ dedupKey: 'pay-5xx', count: 4 });
    await host.setIssueProperty('ITOPS-1', 'count', 5);
    expect(await host.getIssueProperty('ITOPS-1', 'count')).toBe(5);
  });
});

describe('toJql', () => {
  it('asks only for what can be due, with the SLA fallback limited to never-evaluated incidents', () => {
    expect(toJql({ kind: 'due', cutoffMs: 1_790_000_000_000, projects: ['ITOPS'], fallback: [
      { type: 'slaBreached', metric: 'Time to resolution' }, { type: 'slaRemainingBelow', metric: 'Time to first response', minutes: 30 }, { type: 'createdBefore', minutesAgo: 60 }] }))
      .toBe('statusCategory != Done AND project in ("ITOPS") AND (issue.property[escalation].nextEvaluationEpochMs <= 1790000000000 OR ' +
        '(issue.property[escalation].status IS EMPTY AND ("Time to resolution" = breached() OR "Time to first response" < remaining("30m") OR created <= "-60m"))) ORDER BY created ASC');
  });

  it('looks an alert creation label up among open incidents of the project', () => {
    expect(toJql({ kind: 'openWithLabel', label: 'alertkey-0a1b', projects: ['ITOPS'] })).toBe('labels = "alertkey-0a1b" AND statusCategory != Done AND project in ("ITOPS") ORDER BY created ASC');
  });

  it('quotes keys and escapes quotes', () => {
    expect(toJql({ kind: 'keys', keys: ['ITOPS-1', 'A"B-2'] })).toBe('key in ("ITOPS-1", "A\\"B-2") ORDER BY key ASC');
  });
});
