import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, startTestSandbox } from './support/serverFixture.js';

const PANEL = 'escalation-issue-panel';
const onIssue = (key: string) => ({ issue: { key } });

describe('the Custom UI bridge endpoints act as the shell\'s signed-in user', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
  }, 60_000);
  afterAll(() => sandbox.close());

  const escalate = { issueKey: 'ITOPS-2', path: 'technical', level: 2, reason: 'The payment gateway vendor is not answering' };

  it('refuses a customer\'s escalate call: Jira never shows a customer the issue view, so the panel cannot call', async () => {
    const { status, body } = await http.invoke(EMAIL.customer, PANEL, 'escalate', escalate, onIssue('ITOPS-2'));
    expect(status).toBe(403);
    expect(body).toMatchObject({ message: 'The issue view is for agents of the project.' });
  });

  it('runs the same call for an agent, as that agent, with the issue panel\'s context', async () => {
    const { status, body } = await http.invoke('sandbox-agent-ana', PANEL, 'escalate', escalate, onIssue('ITOPS-2'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, data: { issueKey: 'ITOPS-2', state: { status: 'active', path: 'technical', level: 2 } } });
  });

  it('a panel opened on one issue cannot act on another: the issue comes from the Forge context', async () => {
    const other = { ...escalate, issueKey: 'ITOPS-3' };
    const { body } = await http.invoke('sandbox-agent-ana', PANEL, 'escalate', other, onIssue('ITOPS-2'));
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'issueKey: ITOPS-3 is not the issue this panel is open on (ITOPS-2)' } });
    const view = await http.invoke('sandbox-agent-ana', PANEL, 'getIncidentView', { issueKey: 'ITOPS-3' }, onIssue('ITOPS-3'));
    expect(view.body).toMatchObject({ ok: true, data: { issueKey: 'ITOPS-3' } });
    expect(view.body.data.state?.status ?? 'none').not.toBe('active');
  });

  it('issue actions are refused outside an issue module, and the payload may leave the issue out', async () => {
    const { body } = await http.invoke('sandbox-agent-ana', 'escalation-dashboard', 'acknowledge', { issueKey: 'ITOPS-2' });
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'acknowledge acts on an issue: call it from the issue\'s panel' } });
    const view = await http.invoke('sandbox-agent-ana', PANEL, 'getIncidentView', {}, onIssue('ITOPS-2'));
    expect(view.body).toMatchObject({ ok: true, data: { issueKey: 'ITOPS-2' } });
  });

  it('refuses configuration changes to an agent and shows the Jira admin the seeded configuration', async () => {
    const admin = await http.invoke(EMAIL.admin, 'escalation-admin', 'getConfig', {});
    expect(admin.body.ok).toBe(true);
    const config = admin.body.data.config;
    expect(config.services.map((s: { name: string; criticality: string }) => `${s.name}: ${s.criticality}`)).toEqual([
      'Payments: mission-critical', 'Email: business-critical', 'Intranet: standard', 'Mainframe billing: legacy',
    ]);
    expect(config.exceptions.map((e: { services: string[] }) => e.services)).toEqual([['Mainframe billing']]);
    const agentSave = await http.invoke('sandbox-agent-ana', 'escalation-dashboard', 'saveConfig', { config, reason: 'Agents should not manage this' });
    expect(agentSave.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('builds getContext from the host\'s records, not from what the frame claims', async () => {
    const { body } = await http.post('/__sandbox/bridge/context', { moduleKey: PANEL, extension: onIssue('ITOPS-2'), colorMode: 'dark' }, { 'x-sandbox-user': 'sandbox-lead-lena' });
    expect(body).toMatchObject({
      accountId: 'sandbox-lead-lena',
      moduleKey: PANEL,
      theme: { colorMode: 'dark' },
      extension: { type: 'jira:issuePanel', issue: { key: 'ITOPS-2', type: 'Incident' }, project: { key: 'ITOPS', type: 'service_desk' } },
    });
    expect((await http.post('/__sandbox/bridge/context', { moduleKey: PANEL }, { 'x-sandbox-user': 'sandbox-lead-lena' })).status).toBe(400);
    expect((await http.post('/__sandbox/bridge/context', { moduleKey: PANEL, extension: onIssue('ITOPS-999') })).status).toBe(404);
  });

  it('answers requestJira as the user: the customer does not see internal comments', async () => {
    const fetchAs = async (user: string) => {
      const { body } = await http.post('/__sandbox/bridge/fetch', { product: 'jira', restPath: '/rest/api/3/issue/ITOPS-7/comment', fetchRequestInit: { method: 'GET', headers: [] } }, { 'x-sandbox-user': user });
      return body as { status: number; body: string };
    };
    const agent = await fetchAs('sandbox-agent-ana');
    expect(agent.status).toBe(200);
    expect(JSON.parse(agent.body).comments.length).toBe(2);
    const customer = await fetchAs(EMAIL.customer);
    const visible = customer.status === 200 ? JSON.parse(customer.body).comments.length : 0;
    expect(visible).toBeLessThan(2);
  });

  it('refuses an unknown user instead of falling back to someone else', async () => {
    expect((await http.invoke('nobody@example.test', PANEL, 'getIncidentView', { issueKey: 'ITOPS-1' }, onIssue('ITOPS-1'))).status).toBe(401);
  });
});
