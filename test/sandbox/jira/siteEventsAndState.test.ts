import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJiraSite } from '../../../sandbox/jira/index.js';
import { seedDemo } from '../../../sandbox/seed/index.js';
import { callAs, DEMO_NOW, EMAIL, seededSite } from './support/siteFixture.js';

const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('product events', () => {
  it('reports creation, updates with changelog, assignment and comments, as the acting user', async () => {
    const { site, events } = seededSite();
    const created = await callAs(site, EMAIL.agent, 'POST', '/rest/api/3/issue', {}, {
      fields: { project: { key: 'ITOPS' }, issuetype: { id: '10001' }, summary: 'Disk full on billing host', priority: { name: 'High' } },
    });
    const key = String(created.body?.key);
    await callAs(site, EMAIL.agent, 'PUT', `/rest/api/3/issue/${key}`, {}, { fields: { priority: { name: 'Highest' } } });
    await callAs(site, EMAIL.lead, 'PUT', `/rest/api/3/issue/${key}/assignee`, {}, { accountId: 'sandbox-agent-ben' });
    await callAs(site, EMAIL.agent, 'POST', `/rest/api/3/issue/${key}/comment`, {}, { body: doc('On it.') });
    expect(events.map((e) => [e.eventType, e.atlassianId])).toEqual([
      ['avi:jira:created:issue', 'sandbox-agent-ana'],
      ['avi:jira:updated:issue', 'sandbox-agent-ana'],
      ['avi:jira:updated:issue', 'sandbox-lead-lena'],
      ['avi:jira:assigned:issue', 'sandbox-lead-lena'],
      ['avi:jira:commented:issue', 'sandbox-agent-ana'],
    ]);
    expect(events[1]?.changelog?.items).toEqual([
      { field: 'priority', fieldtype: 'jira', fieldId: 'priority', from: '2', fromString: 'High', to: '1', toString: 'Highest' },
    ]);
    expect(events[3]?.issue).toMatchObject({ key, fields: { assignee: { accountId: 'sandbox-agent-ben' }, priority: { name: 'Highest' } } });
  });

  it('sets properties given at creation, with a single created event', async () => {
    const { site, events } = seededSite();
    const res = await callAs(site, EMAIL.agent, 'POST', '/rest/api/3/issue', {}, {
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Pager storm' },
      properties: [{ key: 'escalation', value: { tier: 1 } }],
    });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
    const read = await callAs(site, EMAIL.agent, 'GET', `/rest/api/3/issue/${String(res.body?.key)}/properties/escalation`);
    expect(read.body).toEqual({ key: 'escalation', value: { tier: 1 } });
  });

  it('does not report writes that changed nothing', async () => {
    const { site, events } = seededSite();
    await callAs(site, EMAIL.agent, 'PUT', '/rest/api/3/issue/ITOPS-1', {}, { fields: { priority: { name: 'Highest' } } });
    expect(events).toEqual([]);
  });
});

describe('the virtual clock', () => {
  it('drives SLA answers: fifteen minutes later ITOPS-3 has under 30 minutes left', async () => {
    const fixture = seededSite();
    const jql = '"Time to resolution" < remaining("30m")';
    const search = async () => {
      const res = await callAs(fixture.site, EMAIL.agent, 'GET', '/rest/api/3/search/jql', { jql, fields: 'summary' });
      return (res.body?.issues as { key: string }[]).map((i) => i.key).sort();
    };
    expect(await search()).toEqual(['ITOPS-1', 'ITOPS-2']);
    fixture.setNow(new Date(DEMO_NOW.getTime() + 15 * 60_000));
    expect(await search()).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3']);
  });
});

describe('persistence', () => {
  it('keeps issues, comments, properties and changelog across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jira-sandbox-'));
    try {
      const file = join(dir, 'site.db');
      const clock = () => DEMO_NOW;
      const first = new Database(file);
      const site = createJiraSite({ db: first, clock });
      seedDemo(site, DEMO_NOW);
      await callAs(site, EMAIL.agent, 'PUT', '/rest/api/3/issue/ITOPS-6/properties/escalation', {}, { tier: 2 });
      await callAs(site, EMAIL.agent, 'POST', '/rest/api/3/issue/ITOPS-6/transitions', {}, { transition: { id: '11' } });
      await callAs(site, EMAIL.agent, 'POST', '/rest/servicedeskapi/request/ITOPS-6/comment', {}, { body: 'Internal note', public: false });
      first.close();

      const again = createJiraSite({ db: new Database(file), clock });
      seedDemo(again, DEMO_NOW);
      const issue = await callAs(again, EMAIL.agent, 'GET', '/rest/api/3/issue/ITOPS-6', { properties: 'escalation', expand: 'changelog', fields: 'status,comment' });
      const fields = issue.body?.fields as { status: { name: string }; comment: { comments: { jsdPublic: boolean }[] } };
      expect(fields.status.name).toBe('In Progress');
      expect(fields.comment.comments.map((c) => c.jsdPublic)).toEqual([false]);
      expect(issue.body?.properties).toEqual({ escalation: { tier: 2 } });
      expect((issue.body?.changelog as { total: number }).total).toBe(1);
      const next = await callAs(again, EMAIL.agent, 'POST', '/rest/api/3/issue', {}, { fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'After restart' } });
      expect(next.body?.key).toBe('ITOPS-21');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
