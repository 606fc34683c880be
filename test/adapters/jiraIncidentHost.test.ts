import Database from 'better-sqlite3';
import { JiraEmailNotifier } from '../../src/adapters/forge/jiraEmailNotifier.js';
import { JiraIncidentHost } from '../../src/adapters/jira/jiraIncidentHost.js';
import { requestJiraClient } from '../../src/adapters/jira/requestJiraClient.js';
import { toJql } from '../../src/adapters/jira/toJql.js';
import { aState } from '../support/builders.js';
import { createJiraSite } from '../../sandbox/jira/index.js';
import { siteFetch } from '../support/siteFetch.js';
import { seedDemo } from '../../sandbox/seed/index.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const metrics = ['Time to first response', 'Time to resolution'];
const services = ['Payments', 'Email', 'Intranet', 'Mainframe billing'];


function setup() {
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW });
  seedDemo(site, NOW);
  const client = requestJiraClient(siteFetch(site, 'app'), 'throw');
  const host = new JiraIncidentHost(client, { mode: 'app', slaMetrics: metrics, services });
  return { site, client, host };
}

describe('JiraIncidentHost against the emulated JSM site (jira.js schemas throw on mismatch)', () => {
  it('reads an incident: service, impact, urgency, SLAs, no state yet', async () => {
    const { host } = setup();
    const r = await host.getIncident('ITOPS-1');
    expect(r?.state).toBeNull();
    expect(r?.incident).toMatchObject({ key: 'ITOPS-1', projectKey: 'ITOPS', service: 'Payments', impact: 'Extensive / Widespread', urgency: 'Critical' });
    expect(r?.incident.slas.map((s) => s.metric).sort()).toEqual(metrics);
    expect(await host.getIncident('ITOPS-999')).toBeNull();
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
    await new JiraEmailNotifier(requestJiraClient(siteFetch(site, 'app'), 'throw')).page({ incidentKey: 'ITOPS-2', subject: 'Page', body: 'Please acknowledge',
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

describe('toJql', () => {
  it('asks only for what can be due, with the SLA fallback limited to never-evaluated incidents', () => {
    expect(toJql({ kind: 'due', cutoffMs: 1_790_000_000_000, projects: ['ITOPS'], fallback: [
      { type: 'slaBreached', metric: 'Time to resolution' }, { type: 'slaRemainingBelow', metric: 'Time to first response', minutes: 30 }, { type: 'createdBefore', minutesAgo: 60 }] }))
      .toBe('statusCategory != Done AND project in ("ITOPS") AND (issue.property[escalation].nextEvaluationEpochMs <= 1790000000000 OR ' +
        '(issue.property[escalation].status IS EMPTY AND ("Time to resolution" = breached() OR "Time to first response" < remaining("30m") OR created <= "-60m"))) ORDER BY created ASC');
  });

  it('quotes keys and escapes quotes', () => {
    expect(toJql({ kind: 'keys', keys: ['ITOPS-1', 'A"B-2'] })).toBe('key in ("ITOPS-1", "A\\"B-2") ORDER BY key ASC');
  });
});
