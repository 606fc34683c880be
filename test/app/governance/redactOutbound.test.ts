import { redactOutbound } from '../../../src/app/governance/classification/redactOutbound.js';
import { AGENT, appHarness } from '../../support/appHarness.js';
import { aConfig, anIncident } from '../../support/builders.js';

const SUMMARY = 'Card 4111 1111 1111 1111 of ana@example.com declined';

async function harness() {
  const h = await appHarness();
  return { h, deps: redactOutbound(h.deps) };
}
const redactionLog = async (h: Awaited<ReturnType<typeof appHarness>>) => (await h.store.listAccessLog(100)).filter((e) => e.action === 'redactedOutbound');

describe('personal and payment data never leaves in an outbound message', () => {
  it('redacts an email notification (stakeholder update, page), keeps the acknowledgement link whole, and logs counts without the values', async () => {
    const { h, deps } = await harness();
    const link = 'https://ack.example.test/ack?token=4111111111111111';
    await deps.notifier.page({ incidentKey: 'ITOPS-1', purpose: 'stakeholder', subject: `Update: ${SUMMARY}`, body: `${SUMMARY}\nAcknowledge: ${link}`,
      targets: [{ type: 'user', accountId: AGENT.accountId }], idempotencyKey: 'k1', ackLinks: [{ accountId: AGENT.accountId, url: link }] });
    const [m] = h.notifier.outbox;
    expect(m).toMatchObject({ subject: 'Update: Card [card ending 1111] of [email redacted] declined', body: `Card [card ending 1111] of [email redacted] declined\nAcknowledge: ${link}`,
      ackLinks: [{ accountId: AGENT.accountId, url: link }] });
    const log = await redactionLog(h);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ accountId: 'app:redaction', issueKey: 'ITOPS-1', allowed: true, reason: 'redacted 2 card numbers, 2 email addresses from an email to stakeholder' });
    expect(JSON.stringify(log)).not.toMatch(/4111 1111|ana@example/);
  });

  it("leaves the configured bridge's dial-in number in a page, and redacts a phone number typed into the incident", async () => {
    const { h, deps } = await harness();
    const dialIn = '+44 20 7946 0000,,123456#';
    await h.store.saveConfig({ ...aConfig(), bridge: { openAtOrAbove: 'P2', global: { url: 'https://meet.example.test/p1', dialIn }, services: {}, joinMinutes: 10, escalateAfterMinutes: 10 } });
    await deps.notifier.page({ incidentKey: 'ITOPS-1', purpose: 'responderPage', subject: 'P1', body: `Caller +44 20 7946 0958. Bridge line: https://meet.example.test/p1 (dial-in ${dialIn}).`,
      targets: [], idempotencyKey: 'k2' });
    expect(h.notifier.outbox[0]!.body).toBe(`Caller [phone redacted]. Bridge line: https://meet.example.test/p1 (dial-in ${dialIn}).`);
  });

  test.each([
    ['a Slack message (JSON)', 'stakeholder' as const, { 'content-type': 'application/json' }, JSON.stringify({ text: SUMMARY }), (b: string) => JSON.parse(b).text, 'Card [card ending 1111] of [email redacted] declined'],
    ['an SMS (form), keeping the recipient', 'responderPage' as const, { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ To: '+447700900123', Body: SUMMARY }).toString(),
      (b: string) => `${new URLSearchParams(b).get('To')} ${new URLSearchParams(b).get('Body')}`, '+447700900123 Card [card ending 1111] of [email redacted] declined'],
    ['a status-page update', 'statusPage' as const, { 'content-type': 'application/json' }, JSON.stringify({ incident: { body: 'mail ana@example.com' } }), (b: string) => JSON.parse(b).incident.body, 'mail [email redacted]'],
  ])('redacts %s', async (_name, purpose, headers, body, read, expected) => {
    const { h, deps } = await harness();
    await deps.http.send({ about: { incidentKey: 'ITOPS-1', purpose }, url: 'https://hooks.example.test/x', method: 'POST', headers, body });
    expect(read(h.http.sent[0]!.body)).toBe(expected);
    expect((await redactionLog(h))[0]!.reason).toContain(`from a message to hooks.example.test (${purpose})`);
  });

  it('redacts a war-room post to Slack, but not the email a member is looked up by', async () => {
    const h = await appHarness();
    const calls: Array<[string, Record<string, string | boolean>]> = [];
    const deps = redactOutbound({ ...h.deps, slack: { call: async (_token, method, args) => { calls.push([method, args]); return { kind: 'ok', body: {} }; } } });
    await deps.slack!.call('xoxb', 'users.lookupByEmail', { email: 'ana@example.com' });
    await deps.slack!.call('xoxb', 'chat.postMessage', { channel: 'C1', text: SUMMARY, blocks: JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: SUMMARY } }]), unfurl_links: false });
    expect(calls[0]).toEqual(['users.lookupByEmail', { email: 'ana@example.com' }]);
    expect(calls[1]![1]).toMatchObject({ channel: 'C1', text: 'Card [card ending 1111] of [email redacted] declined', unfurl_links: false });
    expect(JSON.parse(calls[1]![1].blocks as string)[0].text.text).toBe('Card [card ending 1111] of [email redacted] declined');
    expect((await redactionLog(h)).map((e) => e.reason)).toEqual(['redacted 2 card numbers, 2 email addresses from a Slack war-room post']);
  });

  it('leaves a signed monitoring webhook exactly as it was, and logs nothing', async () => {
    const { h, deps } = await harness();
    const body = JSON.stringify({ note: SUMMARY });
    await deps.http.send({ about: { incidentKey: 'ITOPS-1', purpose: 'monitoringWebhook' }, url: 'https://grafana.example.test/hook', method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(h.http.sent[0]!.body).toBe(body);
    expect(await redactionLog(h)).toEqual([]);
  });

  it('redacts public comments customers see, and logs nothing when there was nothing to redact', async () => {
    const { h, deps } = await harness();
    h.host.put(anIncident({ key: 'ITOPS-1' }));
    await deps.host.addPublicComment('ITOPS-1', 'We will call you on +44 20 7946 0958');
    await deps.host.addPublicComment('ITOPS-1', 'Payments are restored.');
    expect(h.host.comments.filter((c) => c.public).map((c) => c.body)).toEqual(['We will call you on [phone redacted]', 'Payments are restored.']);
    expect((await redactionLog(h)).map((e) => e.reason)).toEqual(['redacted 1 phone number from a public comment']);
  });
});
