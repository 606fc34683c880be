import { retryDueSends } from '../../../../src/app/comms/delivery/retryDueSends.js';
import { sendCommunication, type SendCommunicationInput } from '../../../../src/app/comms/delivery/sendCommunication.js';
import { evaluateIncident } from '../../../../src/app/escalation/evaluateIncident.js';
import { executeIntents } from '../../../../src/app/escalation/executeIntents.js';
import { CommsSettingsSchema, type CommsSettingsInput } from '../../../../src/contracts/commsSettings.js';
import { defaultRetryPolicy } from '../../../../src/domain/comms/delivery/retryPolicy.js';
import { anIncident, slaAt, T0 } from '../../../support/builders.js';
import { appHarness } from '../../../support/appHarness.js';

const SLACK_URL = 'https://hooks.slack.com/services/T000/B000/secret';

async function harness(settings: CommsSettingsInput = {}) {
  const h = await appHarness();
  h.host.put(anIncident({ key: 'ITOPS-7', summary: 'Card payments failing', service: 'Payments', components: ['Payments'], slas: [slaAt(180)] }));
  await h.comms.saveSettings(CommsSettingsSchema.parse({ siteUrl: 'https://acme.atlassian.net', slack: { enabled: true }, ...settings }));
  await h.comms.setSecret('slackWebhookUrl', SLACK_URL);
  // KVS refuses keys outside [a-zA-Z0-9:._\s-#] (the store maps / and @): every claim must fit.
  const claim = h.store.claimIntent.bind(h.store);
  h.store.claimIntent = async (key, lease) => {
    if (!/^[a-zA-Z0-9:._\s\-#/@]+$/.test(key)) throw new Error(`claim key not storable in KVS: ${key}`);
    return claim(key, lease);
  };
  return h;
}

const slackSend: SendCommunicationInput = {
  incidentKey: 'ITOPS-7',
  templateId: 'default-responders-slack',
  sentBy: { type: 'rule', rule: 'default policy, technical level 1' },
  step: 'e1/technical/L1/r0',
};

const firstLines = (comments: Array<{ body: string }>) => comments.map((c) => c.body.split('\n')[0]);

describe('sendCommunication: exactly once', () => {
  it('renders the template with the incident and posts it to the Slack webhook once', async () => {
    const h = await harness();
    const report = await sendCommunication(h.deps, slackSend);
    expect(report.sent).toHaveLength(1);
    expect(h.http.sent).toHaveLength(1);
    const body = JSON.parse(h.http.sent[0]!.body) as { text: string };
    expect(h.http.sent[0]!.url).toBe(SLACK_URL);
    expect(body.text).toContain('ITOPS-7');
    expect(body.text).toContain('Card payments failing');
    expect(body.text).toContain('https://acme.atlassian.net/browse/ITOPS-7');
    const [stored] = await h.comms.listSends('ITOPS-7');
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, templateVersion: 1, recipients: ['Slack webhook'] });
    expect(firstLines(h.host.comments)).toEqual(['Communication sent: responders via Slack']);
    expect((await h.store.listEvents('ITOPS-7')).map((e) => e.type)).toEqual(['communication']);
  });

  it('a duplicate trigger run sends nothing again and logs nothing again', async () => {
    const h = await harness();
    await sendCommunication(h.deps, slackSend);
    const again = await sendCommunication(h.deps, slackSend);
    expect(again).toMatchObject({ sent: [], skipped: [expect.any(String)] });
    expect(h.http.sent).toHaveLength(1);
    expect(h.host.comments).toHaveLength(1);
  });

  it('a new template version or another step is a new send', async () => {
    const h = await harness();
    await sendCommunication(h.deps, slackSend);
    await sendCommunication(h.deps, { ...slackSend, step: 'e1/technical/L2/r0' });
    expect(h.http.sent).toHaveLength(2);
  });

  it('a run that died after sending but before logging is logged by the rerun, without sending again', async () => {
    const h = await harness();
    const comment = h.host.addInternalComment.bind(h.host);
    h.host.addInternalComment = async () => { throw new Error('Jira answered 503'); };
    await expect(sendCommunication(h.deps, slackSend)).rejects.toThrow('Jira answered 503');
    h.host.addInternalComment = comment;
    await sendCommunication(h.deps, slackSend);
    expect(h.http.sent).toHaveLength(1);
    expect(firstLines(h.host.comments)).toEqual(['Communication sent: responders via Slack']);
  });

  it('emails the paged targets and the audience\'s standing recipients through Jira notify', async () => {
    const h = await harness({ recipients: { management: { accountIds: ['manager-max'], groups: ['it-managers'] } } });
    await sendCommunication(h.deps, { ...slackSend, templateId: 'default-management-email', targets: [{ type: 'user', accountId: 'lead-lee' }] });
    expect(h.notifier.outbox).toHaveLength(1);
    expect(h.notifier.outbox[0]).toMatchObject({
      incidentKey: 'ITOPS-7',
      subject: expect.stringContaining('ITOPS-7 escalated'),
      targets: [{ type: 'user', accountId: 'lead-lee' }, { type: 'user', accountId: 'manager-max' }, { type: 'group', groupName: 'it-managers' }],
    });
    expect((await h.comms.listSends('ITOPS-7'))[0]?.recipients).toEqual(['lead-lee', 'manager-max', 'group it-managers']);
  });

  it('posts an Adaptive Card to the Teams webhook, with a button to the incident', async () => {
    const h = await harness({ teams: { enabled: true } });
    await h.comms.setSecret('teamsWebhookUrl', 'https://contoso.webhook.office.com/webhookb2/x');
    await sendCommunication(h.deps, { ...slackSend, templateId: 'default-executives-teams' });
    const req = h.http.sent[0]!;
    expect(req.url).toBe('https://contoso.webhook.office.com/webhookb2/x');
    const card = JSON.parse(req.body) as { attachments: Array<{ content: { body: Array<{ text: string }>; actions: Array<{ url: string }> } }> };
    expect(card.attachments[0]?.content.body[0]?.text).toContain('incident affecting Payments');
    expect(card.attachments[0]?.content.actions[0]?.url).toBe('https://acme.atlassian.net/browse/ITOPS-7');
  });

  it('posts the customers\' template as a JSM public comment', async () => {
    const h = await harness();
    await sendCommunication(h.deps, { ...slackSend, templateId: 'default-customers-jsmpubliccomment' });
    const publicComments = h.host.comments.filter((c) => c.public);
    expect(publicComments).toHaveLength(1);
    expect(publicComments[0]?.body).toContain('problem affecting Payments');
  });

  it('sends SMS through the gateway as a Twilio-style form and logs only its hash and a masked number', async () => {
    const h = await harness({
      sms: { enabled: true, gatewayUrl: 'https://sms.example.test/2010-04-01/Accounts/AC1/Messages.json', from: '+15005550006', accountSid: 'AC1' },
      recipients: { responders: { smsNumbers: ['+447700900123'] } },
    });
    await h.comms.setSecret('smsAuthToken', 'tok');
    await sendCommunication(h.deps, { ...slackSend, templateId: 'default-responders-sms' });
    const req = h.http.sent[0]!;
    expect(req.headers).toMatchObject({ 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('AC1:tok').toString('base64')}` });
    expect(new URLSearchParams(req.body).get('To')).toBe('+447700900123');
    const [stored] = await h.comms.listSends('ITOPS-7');
    expect(stored).toMatchObject({ channel: 'sms', text: null, recipients: ['+44******0123'] });
    expect(h.host.comments[0]?.body).toContain(`Content hash: ${stored!.contentHash}`);
    expect(h.host.comments[0]?.body).not.toContain('Card payments failing');
  });
});

describe('sendCommunication: failures are retried, then shown, never dropped', () => {
  it('retries a 503 with backoff on the incident timer, and a duplicate timer makes one attempt', async () => {
    const h = await harness();
    let answers = [503, 200];
    h.http.respond = () => ({ status: answers.shift() ?? 200, retryAfterSeconds: null, bodyExcerpt: 'busy' });
    const report = await sendCommunication(h.deps, slackSend);
    expect(report.retrying).toHaveLength(1);
    const [pending] = await h.comms.listPending('ITOPS-7');
    // First retry: between half and all of the 15 s base step.
    expect(pending!.nextAttemptAtMs).toBeGreaterThanOrEqual(T0 + 7_500);
    expect(pending!.nextAttemptAtMs).toBeLessThanOrEqual(T0 + 15_000);
    expect(h.queue.timers.at(-1)).toMatchObject({ incidentKey: 'ITOPS-7', dueAtMs: pending!.nextAttemptAtMs });
    expect(await retryDueSends(h.deps, 'ITOPS-7')).toEqual([]);
    h.clock.set(pending!.nextAttemptAtMs);
    expect(await retryDueSends(h.deps, 'ITOPS-7')).toHaveLength(1);
    expect(await retryDueSends(h.deps, 'ITOPS-7')).toEqual([]);
    expect(h.http.sent).toHaveLength(2);
    expect((await h.comms.listSends('ITOPS-7'))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await h.comms.listPending('ITOPS-7')).toEqual([]);
    expect(firstLines(h.host.comments)).toEqual(['Communication delayed: responders via Slack', 'Communication sent: responders via Slack']);
    // The original trigger running again does not resend what the retry delivered.
    await sendCommunication(h.deps, slackSend);
    expect(h.http.sent).toHaveLength(2);
    answers = [];
  });

  it('honours Retry-After on a 429', async () => {
    const h = await harness();
    h.http.respond = () => ({ status: 429, retryAfterSeconds: 120, bodyExcerpt: 'slow down' });
    await sendCommunication(h.deps, slackSend);
    expect((await h.comms.listPending('ITOPS-7'))[0]?.nextAttemptAtMs).toBe(T0 + 120_000);
  });

  it('a permanent 4xx fails at once: shown on the incident and in the failed sends, not retried', async () => {
    const h = await harness();
    h.http.respond = () => ({ status: 404, retryAfterSeconds: null, bodyExcerpt: 'no_team' });
    const report = await sendCommunication(h.deps, slackSend);
    expect(report.failed).toHaveLength(1);
    expect(await h.comms.listPending('ITOPS-7')).toEqual([]);
    expect((await h.comms.listFailedSends(10)).map((r) => r.lastError)).toEqual(['HTTP 404: no_team (permanent, not retried)']);
    expect(firstLines(h.host.comments)).toEqual(['Communication FAILED: responders via Slack']);
    expect((await h.store.listEvents('ITOPS-7'))[0]?.detail).toContain('FAILED after 1 attempt');
  });

  it('gives up after the last attempt and marks the send failed', async () => {
    const h = await harness();
    h.http.respond = () => new Error('connect ECONNREFUSED');
    await sendCommunication(h.deps, slackSend);
    for (let i = 0; i < defaultRetryPolicy.maxAttempts; i++) {
      const [p] = await h.comms.listPending('ITOPS-7');
      if (!p) break;
      h.clock.set(p.nextAttemptAtMs);
      await retryDueSends(h.deps, 'ITOPS-7');
    }
    expect(h.http.sent).toHaveLength(defaultRetryPolicy.maxAttempts);
    expect((await h.comms.listFailedSends(10))[0]).toMatchObject({ status: 'failed', attempts: defaultRetryPolicy.maxAttempts, lastError: 'connect ECONNREFUSED' });
    expect(firstLines(h.host.comments)).toEqual(['Communication delayed: responders via Slack', 'Communication FAILED: responders via Slack']);
  });

  it('a channel nobody configured fails visibly instead of vanishing', async () => {
    const h = await harness({ slack: { enabled: false } });
    const report = await sendCommunication(h.deps, slackSend);
    expect(report.failed).toHaveLength(1);
    expect(h.http.sent).toEqual([]);
    expect(h.host.comments[0]?.body).toContain('Slack is not configured');
  });

  it('a template that does not exist is reported on the incident once', async () => {
    const h = await harness();
    await sendCommunication(h.deps, { ...slackSend, templateId: 'no-such-template' });
    await sendCommunication(h.deps, { ...slackSend, templateId: 'no-such-template' });
    expect(h.host.comments.map((c) => c.body)).toEqual([expect.stringContaining('template "no-such-template" does not exist')]);
  });
});

describe('the engine\'s notify intent', () => {
  async function withNotifyingPolicy() {
    const h = await harness();
    const p = (await h.store.getPolicy('default'))!;
    const technical = p.policy.paths.technical;
    const first = { ...technical.levels[0]!, actions: [...technical.levels[0]!.actions, { kind: 'notify' as const, templateId: 'default-responders-slack' }] };
    await h.store.savePolicyVersion({ ...p, version: 2, policy: { ...p.policy, paths: { ...p.policy.paths, technical: { levels: [first, ...technical.levels.slice(1)] } } } });
    h.host.put(anIncident({ key: 'ITOPS-7', summary: 'Intranet slow', slas: [slaAt(180)] }));
    return h;
  }

  it('sends the level\'s template once however often the incident is evaluated', async () => {
    const h = await withNotifyingPolicy();
    await evaluateIncident(h.deps, 'ITOPS-7');
    await evaluateIncident(h.deps, 'ITOPS-7');
    expect(h.http.sent).toHaveLength(1);
    const text = (JSON.parse(h.http.sent[0]!.body) as { text: string }).text;
    expect(text).toContain('Intranet slow');
    // The level being fired, not the state stored before this decision.
    expect(text).toContain('Escalation: technical path, level 1; owner');
    const [stored] = await h.comms.listSends('ITOPS-7');
    expect(stored?.sentBy).toEqual({ type: 'rule', rule: expect.stringMatching(/^escalation step default@2\/e1\/technical\/L1/) });
  });

  it('a failing Slack does not hold up the escalation; the retry goes out when the incident timer fires', async () => {
    const h = await withNotifyingPolicy();
    let down = true;
    h.http.respond = () => (down ? { status: 502, retryAfterSeconds: null, bodyExcerpt: 'bad gateway' } : { status: 200, retryAfterSeconds: null, bodyExcerpt: 'ok' });
    const e = await evaluateIncident(h.deps, 'ITOPS-7');
    expect(e.decision?.state.status).toBe('active');
    expect(h.notifier.outbox).toHaveLength(1);
    down = false;
    const [p] = await h.comms.listPending('ITOPS-7');
    h.clock.set(p!.nextAttemptAtMs);
    await evaluateIncident(h.deps, 'ITOPS-7');
    expect(h.http.sent).toHaveLength(2);
    expect((await h.comms.listSends('ITOPS-7'))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('notify carries the open bridge', () => {
  it('fills the bridge variables from the execution context', async () => {
    const h = await harness();
    await executeIntents(h.deps, [{ kind: 'notify', templateId: 'default-responders-slack', targets: [], key: 'ITOPS-7/default@1/e1/technical/L1/r0/0:notify', incidentKey: 'ITOPS-7' }],
      { episode: 1, bridge: { details: { url: 'https://meet.example.com/p1', dialIn: '+44 20 7946 0000', source: 'global' }, joinMinutes: 10 } });
    const text = (JSON.parse(h.http.sent[0]!.body) as { text: string }).text;
    expect(text).toContain('Bridge: https://meet.example.com/p1 (dial-in +44 20 7946 0000)');
  });
});
