import { recordCommunication } from '../../../../src/app/comms/delivery/recordCommunication.js';
import type { CommunicationRecord } from '../../../../src/contracts/comms.js';
import { anIncident, T0 } from '../../../support/builders.js';
import { appHarness } from '../../../support/appHarness.js';

const record = (overrides: Partial<CommunicationRecord> = {}): CommunicationRecord => ({
  incidentKey: 'ITOPS-1',
  id: 'ITOPS-1/comms/default-responders-slack@2/responders/slack/0011223344556677/e1%2Ftechnical%2FL1%2Fr0',
  sentBy: { type: 'rule', rule: 'default policy, technical level 1' },
  audience: 'responders',
  channel: 'slack',
  templateId: 'default-responders-slack',
  templateVersion: 2,
  recipients: ['Slack webhook'],
  subject: '[P1] ITOPS-1: Payments down',
  text: 'You are paged for ITOPS-1',
  contentHash: '0123456789abcdef',
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: new Date(T0).toISOString(),
  nextAttemptAt: null,
  ...overrides,
});

async function harness() {
  const h = await appHarness();
  h.host.put(anIncident({ key: 'ITOPS-1' }));
  return h;
}

describe('recordCommunication', () => {
  it('writes an internal comment and a communication event with sender, audience, channel, template version, text and result', async () => {
    const { deps, host, store } = await harness();
    await recordCommunication(deps, record());
    const [comment] = host.comments;
    expect(comment?.public).toBeUndefined();
    expect(comment?.body).toContain('Sent by: rule "default policy, technical level 1"');
    expect(comment?.body).toContain('Template: default-responders-slack version 2');
    expect(comment?.body).toContain('responders via Slack');
    expect(comment?.body).toContain('You are paged for ITOPS-1');
    expect(comment?.body).toContain(`When: ${new Date(T0).toISOString()}`);
    expect(comment?.body).toContain('Result: sent (1 attempt)');
    const events = await store.listEvents('ITOPS-1');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'communication', at: new Date(T0).toISOString(), actor: 'default policy, technical level 1' });
    expect(events[0]?.detail).toContain('template default-responders-slack v2');
    expect(events[0]?.detail).toContain('sent (1 attempt)');
  });

  it('logs an SMS by its content hash only, never its text', async () => {
    const { deps, host, store } = await harness();
    await recordCommunication(deps, record({ channel: 'sms', subject: null, text: null, recipients: ['+44******0123'], sentBy: { type: 'user', accountId: 'agent-ana' } }));
    expect(host.comments[0]?.body).toContain('Content hash: 0123456789abcdef');
    expect(host.comments[0]?.body).not.toContain('You are paged');
    expect((await store.listEvents('ITOPS-1'))[0]).toMatchObject({ actor: 'agent-ana' });
  });

  it('logs each outcome once: a rerun with the same outcome writes nothing, a new outcome is logged too', async () => {
    const { deps, host, store } = await harness();
    const retrying = record({ status: 'retrying', lastError: 'HTTP 503', nextAttemptAt: new Date(T0 + 15_000).toISOString() });
    await recordCommunication(deps, retrying);
    await recordCommunication(deps, retrying);
    await recordCommunication(deps, record({ status: 'failed', attempts: 8, lastError: 'HTTP 503', sentAt: new Date(T0 + 60_000).toISOString() }));
    expect(host.comments.map((c) => c.body.split('\n')[0])).toEqual([
      'Communication delayed: responders via Slack',
      'Communication FAILED: responders via Slack',
    ]);
    expect((await store.listEvents('ITOPS-1')).map((e) => e.detail.includes('FAILED after 8 attempts: HTTP 503'))).toEqual([false, true]);
  });

  it('keeps two sends logged in the same millisecond as two events', async () => {
    const { deps, store } = await harness();
    await recordCommunication(deps, record());
    await recordCommunication(deps, record({ id: 'another-send', channel: 'teams' }));
    expect(await store.listEvents('ITOPS-1')).toHaveLength(2);
  });

  it('refuses a malformed record, naming the field, and writes nothing', async () => {
    const { deps, host } = await harness();
    await expect(recordCommunication(deps, record({ channel: 'sms' }))).rejects.toThrow('text: must be null for SMS');
    await expect(recordCommunication(deps, { ...record(), templateVersion: 0 })).rejects.toThrow('templateVersion');
    expect(host.comments).toEqual([]);
  });

  it('lets a rerun log again when the first attempt could not write the comment', async () => {
    const { deps, host, store } = await harness();
    const original = host.addInternalComment.bind(host);
    host.addInternalComment = async () => { throw new Error('Jira is down'); };
    await expect(recordCommunication(deps, record())).rejects.toThrow('Jira is down');
    host.addInternalComment = original;
    await recordCommunication(deps, record());
    expect(host.comments).toHaveLength(1);
    expect(await store.listEvents('ITOPS-1')).toHaveLength(1);
  });
});
