import { invocationStore } from '../../../sandbox/forge/invoke/invocationScope.js';
import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { client, START, startTestSandbox, tempState } from './support/serverFixture.js';

/** Runs `fn` as app code would run: inside an invocation, where Forge's egress rules apply. */
const asAppCode = <T>(fn: () => Promise<T>) =>
  invocationStore.run({ invocationId: 'egress-test', functionKey: 'commsSender', moduleKey: 'egress-test', kind: 'function', deadline: Date.now() + 60_000 }, fn);

const SLACK = 'https://hooks.slack.com/services/T1/B1/abc';
const TEAMS = 'https://contoso.webhook.office.com/webhookb2/x/IncomingWebhook/y/z';
const TWILIO = 'https://api.twilio.com/2010-04-01/Accounts/AC9/Messages.json';
const post = (url: string, body: string, type = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('GET /__sandbox/outbox with egress, and egress faults over HTTP', () => {
  const state = tempState();
  let running: RunningSandbox | undefined;
  afterAll(async () => {
    await running?.close();
    state.remove();
  });

  it('lists emails and captured egress with channel, recipient and body, through faults and a restart', async () => {
    running = await startTestSandbox(state.dir);
    const http = client(running.url);
    expect((await http.post('/__sandbox/faults', { egress: [{ host: 'hooks.slack.com', status: 500, networkError: true }] })).status).toBe(400);
    const set = await http.post('/__sandbox/faults', { egress: [{ host: 'hooks.slack.com', count: 1, status: 503 }] });
    expect(set.body).toMatchObject({ egressRemaining: [1], injected: { egress: 0 } });

    await http.post('/__sandbox/clock/advance', { minutes: 20 });
    const statuses = await asAppCode(async () => [
      (await post(SLACK, JSON.stringify({ text: 'P1 Payments: first try' }))).status,
      (await post(SLACK, JSON.stringify({ text: 'P1 Payments: bridge open' }))).status,
      (await post(TEAMS, JSON.stringify({ '@type': 'MessageCard', title: 'P1 Payments', text: 'Bridge open' }))).status,
      (await post(TWILIO, new URLSearchParams({ To: '+447700900123', From: '+447700900000', Body: 'Join the bridge' }).toString(), 'application/x-www-form-urlencoded')).status,
    ]);
    expect(statuses).toEqual([503, 200, 202, 201]);
    await expect(asAppCode(() => post('https://example.org/hook', '{}'))).rejects.toMatchObject({ name: 'REQUEST_EGRESS_ALLOWLIST_ERR' });
    expect((await http.get('/__sandbox/faults')).body).toMatchObject({ injected: { egress: 1 }, egressRemaining: [0] });

    const outbox = (await http.get('/__sandbox/outbox')).body as Array<{ channel: string; recipient: string; body: string; status?: number; at: string; subject: string | null }>;
    const egress = outbox.filter((m) => m.channel !== 'email');
    expect(egress.map((m) => [m.channel, m.recipient, m.body, m.status])).toEqual([
      ['slack', SLACK, 'P1 Payments: first try', 503],
      ['slack', SLACK, 'P1 Payments: bridge open', 200],
      ['teams', TEAMS, 'P1 Payments\nBridge open', 202],
      ['sms', '+447700900123', 'Join the bridge', 201],
    ]);
    expect(egress.every((m) => m.at === new Date(START + 20 * 60_000).toISOString())).toBe(true);
    // The sweep paged people by email during those 20 minutes: emails keep their fields and gain a recipient.
    const email = outbox.find((m) => m.channel === 'email');
    expect(email).toMatchObject({ recipient: expect.any(String), subject: expect.stringContaining('Escalation'), body: expect.any(String) });
    expect(outbox.map((m) => m.at)).toEqual([...outbox.map((m) => m.at)].sort());
    expect((await http.get('/__sandbox/outbox?channel=slack')).body).toEqual(outbox.filter((m) => m.channel === 'slack'));

    await running.close();
    running = await startTestSandbox(state.dir);
    expect((await client(running.url).get('/__sandbox/outbox')).body).toEqual(outbox);
  }, 90_000);
});
