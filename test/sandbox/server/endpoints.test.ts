import { SOURCE_FORMATS } from '../../../src/contracts/integration.js';
import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, EMAIL, START, startTestSandbox } from './support/serverFixture.js';

describe('the sandbox control endpoints', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    http = client(sandbox.url);
  }, 60_000);
  afterAll(() => sandbox.close());

  it('answers health once ready', async () => {
    expect(await http.get('/__sandbox/health')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('lists the demo users with their role and the shared API token', async () => {
    const { status, body } = await http.get('/__sandbox/users');
    expect(status).toBe(200);
    expect(body).toContainEqual({ email: EMAIL.customer, accountId: 'sandbox-customer-chris', displayName: 'Chris Customer', role: 'Customer', apiToken: 'sandbox' });
    expect(body.map((u: { role: string }) => u.role)).toEqual(expect.arrayContaining(['Agent', 'Team lead', 'Service manager', 'CIO', 'Jira admin']));
  });

  it('lets the REST API be called with a demo email and the token "sandbox", and refuses a wrong token', async () => {
    expect((await http.jira(EMAIL.agent, 'GET', '/rest/api/3/myself')).body.accountId).toBe('sandbox-agent-ana');
    const wrong = await http.get('/rest/api/3/myself', { authorization: `Basic ${Buffer.from(`${EMAIL.agent}:nope`).toString('base64')}` });
    expect(wrong.status).toBe(401);
  });

  it('starts the clock at the given virtual time and advances it by minutes', async () => {
    expect((await http.get('/__sandbox/clock')).body.now).toBe(new Date(START).toISOString());
    const advanced = await http.post('/__sandbox/clock/advance', { minutes: 10 });
    expect(advanced.status).toBe(200);
    expect(advanced.body.now).toBe(new Date(START + 10 * 60_000).toISOString());
    expect((await http.post('/__sandbox/clock/advance', { minutes: -5 })).status).toBe(400);
  });

  it('runs the five-minute sweep as time passes, and the outbox shows the pages it sent', async () => {
    // The seed holds incidents already past their thresholds: the first sweeps page someone.
    const logs = (await http.get('/__sandbox/logs?functionKey=sweep')).body as { message: string }[];
    expect(logs.some((l) => l.message.startsWith('sweep: evaluated'))).toBe(true);
    const outbox = (await http.get('/__sandbox/outbox')).body as { channel: string; issueKey: string; subject: string; to: string[] }[];
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox[0]).toMatchObject({ channel: 'email', issueKey: expect.stringMatching(/^ITOPS-\d+$/), subject: expect.stringContaining('Escalation') });
  });

  it('runs a scheduled trigger on demand and settles', async () => {
    const run = await http.post('/__sandbox/scheduled/escalation-sweep/run');
    expect(run.status).toBe(200);
    expect(run.body.ok).toBe(true);
    expect((await http.post('/__sandbox/scheduled/no-such-trigger/run')).status).toBe(404);
    expect((await http.post('/__sandbox/settle')).status).toBe(200);
  });

  it('lists the seeded alert integrations (one per format; see alertIntegrations.test.ts)', async () => {
    const { status, body } = await http.get('/__sandbox/integrations');
    expect(status).toBe(200);
    expect(body).toHaveLength(SOURCE_FORMATS.length);
  });

  it('injects KVS errors into the app until the faults are cleared', async () => {
    expect((await http.post('/__sandbox/faults', { kvs: { share: 2 } })).status).toBe(400);
    expect((await http.post('/__sandbox/faults', { kvs: { share: 1 } })).status).toBe(200);
    const failing = await http.invoke('sandbox-admin-adam', 'escalation-admin', 'listPolicies', {});
    expect(failing.body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await http.del('/__sandbox/faults');
    const working = await http.invoke('sandbox-admin-adam', 'escalation-admin', 'listPolicies', {});
    expect(working.body.ok).toBe(true);
    expect(working.body.data.map((p: { policy: { id: string } }) => p.policy.id)).toEqual(['itops-default']);
  });

  it('fails a share of the app\'s Jira calls with Retry-After, but never the shell\'s own REST calls', async () => {
    const set = await http.post('/__sandbox/faults', { jira: { status: 429, share: 1, retryAfterSeconds: 30 } });
    expect(set.body.spec.jira).toEqual({ status: 429, share: 1, retryAfterSeconds: 30 });
    const view = await http.invoke('sandbox-agent-ana', 'escalation-issue-panel', 'getIncidentView', { issueKey: 'ITOPS-1' }, { issue: { key: 'ITOPS-1' } });
    expect(view.body.ok).toBe(false);
    expect((await http.jira(EMAIL.agent, 'GET', '/rest/api/3/issue/ITOPS-1')).status).toBe(200);
    expect((await http.get('/__sandbox/faults')).body.injected.jira).toBeGreaterThan(0);
    await http.del('/__sandbox/faults');
  });

  it('serves the shell for Jira-like paths and 404s elsewhere', async () => {
    for (const path of ['/', '/browse/ITOPS-1', '/jira/settings/apps/escalation', '/jira/apps/escalation-dashboard', '/outbox']) {
      const res = await fetch(sandbox.url + path);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
    }
    expect((await http.get('/nowhere')).status).toBe(404);
  });

  it('serves each Custom UI build with the bridge script first in <head>, readable from an opaque-origin frame', async () => {
    const modules = (await http.get('/__sandbox/modules')).body as { moduleKey: string; url: string; built: boolean }[];
    expect(modules.map((m) => m.moduleKey).sort()).toEqual(['escalation-admin', 'escalation-dashboard', 'escalation-issue-panel', 'escalation-project-settings']);
    const panel = modules.find((m) => m.moduleKey === 'escalation-issue-panel')!;
    const res = await fetch(sandbox.url + panel.url);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const html = await res.text();
    // Built or not, the frame gets a page; a built one must load the bridge before the app's own scripts.
    if (panel.built) expect(html).toMatch(/<head[^>]*><script src="\/__sandbox\/bridge-guest\.js"><\/script>/);
    else expect(html).toContain('npm run build:ui');
    const guest = await fetch(`${sandbox.url}/__sandbox/bridge-guest.js`);
    expect(await guest.text()).toContain('__bridge');
    expect((await fetch(`${sandbox.url}/ui/panel/..%2f..%2f..%2fpackage.json`)).status).toBe(403);
  });
});
