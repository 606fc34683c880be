import { startSandbox, type RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { SHOWCASE_BRIDGE } from '../../../sandbox/server/showcaseSettings.js';
import { SHOWCASE_CHANNELS } from '../../../sandbox/server/seedShowcaseComms.js';
import { client, EMAIL, ROOT, START } from './support/serverFixture.js';

const PANEL = 'escalation-issue-panel';
const DASHBOARD = 'escalation-dashboard';
// START is a Wednesday 14:00 in London, in the 46th week of both rotations (weekly from
// Monday 2026-01-05): London office hours are on top, Ana is primary and Lena her backup.
const PRIMARY = 'sandbox-agent-ana';
const BACKUP = 'sandbox-lead-lena';

interface OutboxItem { channel: string; recipient: string; body: string | null; issueKey: string | null; to: string[]; subject: string | null; status?: number | null }
/* eslint-disable @typescript-eslint/no-explicit-any -- resolver replies are JSON under test */

/**
 * What `npm start` seeds (the showcase), through the public surfaces: the first sweep has run
 * at start, and a Highest incident an agent raises pages the on-call at once by email, Slack and
 * SMS with the Payments bridge, then follows up, pages the backup and the managers; every send
 * is on the incident's timeline and the Jira comments name people by display name.
 */
describe('the showcase demo: a P1 reaches the on-call on several channels with the bridge', () => {
  let sandbox: RunningSandbox;
  let http: ReturnType<typeof client>;
  let key: string;
  const outbox = async (): Promise<OutboxItem[]> => (await http.get('/__sandbox/outbox')).body;
  // Egress does not say which issue it is about; the rendered text does.
  const about = (items: OutboxItem[]) => items.filter((m) => m.issueKey === key || (m.issueKey === null && (m.body ?? '').includes(key)));
  const view = async () => (await http.invoke(EMAIL.agent, PANEL, 'getIncidentView', { issueKey: key }, { issue: { key } })).body.data;
  const property = async () => (await http.jira(EMAIL.agent, 'GET', `/rest/api/3/issue/${key}/properties/escalation`)).body?.value;

  beforeAll(async () => {
    sandbox = await startSandbox({ root: ROOT, port: 0, speed: 0, startAt: START, demo: 'showcase' });
    http = client(sandbox.url);
  }, 120_000);
  afterAll(() => sandbox.close());

  it('has run the first sweep at start: the demo\'s open P1s are already escalating on the dashboard', async () => {
    const rows = (await http.invoke(EMAIL.agent, DASHBOARD, 'listActiveEscalations', {})).body;
    expect(rows.ok).toBe(true);
    const p1 = JSON.stringify(rows.data);
    // "Card payments failing at checkout" (ITOPS-1) is Highest and open.
    expect(p1).toContain('ITOPS-1');
    expect((await http.jira(EMAIL.agent, 'GET', '/rest/api/3/issue/ITOPS-1/properties/escalation')).body?.value).toMatchObject({ status: 'active', path: 'executive', triggerId: 'p1-at-once' });
  });

  it('pages the on-call at once by email, Slack and SMS, each with the bridge details', async () => {
    const created = await http.jira(EMAIL.agent, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Card terminals offline in every store',
        reporter: { accountId: 'sandbox-customer-chris' }, priority: { name: 'Highest' }, components: [{ name: 'Payments' }] },
    });
    expect(created.status).toBe(201);
    key = created.body.key;
    await http.post('/__sandbox/settle');
    expect(await property()).toMatchObject({ status: 'active', path: 'executive', level: 1, triggerId: 'p1-at-once', since: new Date(START).toISOString() });

    const sent = about(await outbox());
    const page = sent.find((m) => m.channel === 'email' && m.subject?.includes('Escalation: executive level 1'));
    expect(page?.to).toEqual([PRIMARY]);
    expect(page?.body).toContain(SHOWCASE_BRIDGE.payments.url);
    const slack = sent.filter((m) => m.channel === 'slack');
    expect(slack).toHaveLength(1);
    expect(slack[0]).toMatchObject({ status: 200 });
    expect(slack[0]?.body).toContain(SHOWCASE_BRIDGE.payments.url);
    expect(slack[0]?.body).toContain(SHOWCASE_BRIDGE.payments.dialIn);
    const sms = sent.filter((m) => m.channel === 'sms');
    expect(sms.map((m) => [m.recipient, m.status])).toEqual([[SHOWCASE_CHANNELS.onCallPhone, 201]]);
    expect(sms[0]?.body).toContain(SHOWCASE_BRIDGE.payments.dialIn);
    expect(sms[0]?.body).toContain(`https://sandbox.atlassian.net/browse/${key}`);
    // Business stakeholders following Payments hear of it in their own words.
    const business = sent.filter((m) => m.channel === 'email' && m.subject === 'Service disruption: Payments');
    expect(business.flatMap((m) => m.to).sort()).toEqual(['sandbox-biz-fiona', 'sandbox-biz-sam']);
  });

  it('puts everything it sent on the incident\'s timeline, and names people by display name', async () => {
    const v = await view();
    expect(v.communications.sends.map((s: any) => [s.channel, s.status])).toEqual(expect.arrayContaining([['slack', 'sent'], ['sms', 'sent'], ['email', 'sent']]));
    const types = v.events.map((e: any) => e.type);
    expect(types).toContain('paged');
    // One timeline entry per send (each went out at the first attempt): Slack, SMS and the two stakeholders' emails.
    expect(v.communications.sends).toHaveLength(4);
    expect(v.events.filter((e: any) => e.type === 'communication')).toHaveLength(v.communications.sends.length);
    expect(v.comms.bridge).toMatchObject({ url: SHOWCASE_BRIDGE.payments.url });
    const comments = (await http.jira(EMAIL.agent, 'GET', `/rest/servicedeskapi/request/${key}/comment`)).body.values as Array<{ body: string }>;
    const paged = comments.find((c) => c.body.startsWith('Escalation: Paged executive level 1'));
    expect(paged?.body).toContain('Ana Agent');
    expect(paged?.body).not.toContain(PRIMARY);
  });

  it('follows up after 15 minutes, then pages the backup, then the managers', async () => {
    await http.post('/__sandbox/clock/advance', { minutes: 15 });
    await http.post('/__sandbox/settle');
    expect(await property()).toMatchObject({ level: 1, loop: 1 });
    await http.post('/__sandbox/clock/advance', { minutes: 15 });
    await http.post('/__sandbox/settle');
    expect(await property()).toMatchObject({ level: 1, loop: 2 });
    await http.post('/__sandbox/clock/advance', { minutes: 15 });
    await http.post('/__sandbox/settle');
    expect(await property()).toMatchObject({ level: 2 });

    const pages = about(await outbox()).filter((m) => m.channel === 'email' && m.subject?.includes('Escalation: executive level')).map((m) => m.to);
    expect(pages).toEqual([[PRIMARY], [PRIMARY], [BACKUP], ['sandbox-manager-maya'], ['sandbox-director-dev']]);
    const teams = about(await outbox()).filter((m) => m.channel === 'teams');
    expect(teams).toHaveLength(1);
    const types = (await view()).events.map((e: any) => e.type);
    expect(types).toEqual(expect.arrayContaining(['repeated', 'backupPaged', 'levelChanged']));
  }, 60_000);
});
