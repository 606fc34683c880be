import { KvsCommsStore } from '../../../src/adapters/forge/kvsCommsStore.js';
import { MemoryCommsStore } from '../../../src/adapters/memory/memoryCommsStore.js';
import type { CommunicationRecord } from '../../../src/contracts/comms.js';
import { CommsSettingsSchema } from '../../../src/contracts/commsSettings.js';
import { defaultTemplates } from '../../../src/domain/comms/templates/defaultTemplates.js';
import type { CommsStore, StoredTemplate } from '../../../src/ports/commsStore.js';
import { T0 } from '../../support/builders.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const base = defaultTemplates().find((t) => t.id === 'default-business-email')!;
const version = (v: number, name = `v${v}`): StoredTemplate => ({
  template: { ...base, id: 'business-mail', name, version: v },
  savedBy: 'admin-ada',
  savedAt: new Date(T0 + v).toISOString(),
  reason: `change ${v}`,
});
const send = (id: string, overrides: Partial<CommunicationRecord> = {}): CommunicationRecord => ({
  incidentKey: 'ITOPS-1',
  id,
  sentBy: { type: 'rule', rule: 'default policy, technical level 1' },
  audience: 'responders',
  channel: 'slack',
  templateId: 'default-responders-slack',
  templateVersion: 1,
  recipients: ['Slack webhook'],
  subject: 'P1 ITOPS-1',
  text: 'DB down',
  contentHash: '0123456789abcdef',
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: new Date(T0).toISOString(),
  nextAttemptAt: null,
  ...overrides,
});

/**
 * One contract, two stores: the in-memory twin used by the use-case tests must behave like the
 * KVS store Forge runs, which here goes through the real @forge/kvs onto the sandbox emulator.
 */
describe.each<[string, () => CommsStore]>([
  ['MemoryCommsStore', () => new MemoryCommsStore(() => T0)],
  ['KvsCommsStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsCommsStore(); }],
])('CommsStore contract: %s', (_name, make) => {
  it('saves template versions in order, keeps the history and refuses a second writer of a version', async () => {
    const s = make();
    expect(await s.getTemplate('business-mail')).toBeNull();
    expect(await s.saveTemplateVersion(version(1))).toEqual({ saved: true });
    expect(await s.saveTemplateVersion(version(2, 'first'))).toEqual({ saved: true });
    expect(await s.saveTemplateVersion(version(2, 'second'))).toEqual({ saved: false, currentVersion: 2 });
    expect(await s.saveTemplateVersion(version(5))).toEqual({ saved: false, currentVersion: 2 });
    expect((await s.getTemplate('business-mail'))?.template.name).toBe('first');
    expect((await s.listTemplateVersions('business-mail')).map((r) => r.template.version)).toEqual([1, 2]);
    expect((await s.listTemplates()).map((r) => [r.template.id, r.template.version])).toEqual([['business-mail', 2]]);
  });

  it('keeps channel settings, and secrets apart from them until removed', async () => {
    const s = make();
    expect(await s.getSettings()).toBeNull();
    const settings = CommsSettingsSchema.parse({ slack: { enabled: true }, recipients: { business: { accountIds: ['biz-bo'] } } });
    await s.saveSettings(settings);
    expect(await s.getSettings()).toEqual(settings);
    expect(await s.getSecret('slackWebhookUrl')).toBeNull();
    await s.setSecret('slackWebhookUrl', 'https://hooks.slack.com/services/T000/B000/XXXX');
    expect(await s.getSecret('slackWebhookUrl')).toBe('https://hooks.slack.com/services/T000/B000/XXXX');
    expect(await s.getSecret('teamsWebhookUrl')).toBeNull();
    await s.setSecret('slackWebhookUrl', null);
    expect(await s.getSecret('slackWebhookUrl')).toBeNull();
  });

  it('keeps one record per send id, lists an incident\'s sends and the failed ones newest first', async () => {
    const s = make();
    const id = 'ITOPS-1/comms/default-responders-slack@1/responders/slack/0011223344556677/e1%2Ftechnical%2FL1%2Fr0';
    await s.saveSend(send(id, { status: 'retrying', attempts: 1, lastError: 'HTTP 503', nextAttemptAt: new Date(T0 + 15_000).toISOString() }));
    await s.saveSend(send(id, { status: 'failed', attempts: 8, lastError: 'HTTP 503', sentAt: new Date(T0 + 60_000).toISOString() }));
    await s.saveSend(send('other', { status: 'failed', attempts: 1, lastError: 'HTTP 404', sentAt: new Date(T0 + 120_000).toISOString() }));
    await s.saveSend(send('third', { incidentKey: 'ITOPS-10' }));
    expect((await s.getSend('ITOPS-1', id))?.status).toBe('failed');
    expect(await s.getSend('ITOPS-1', 'missing')).toBeNull();
    expect((await s.listSends('ITOPS-1')).map((r) => r.id)).toEqual([id, 'other']);
    expect((await s.listFailedSends(10)).map((r) => r.id)).toEqual(['other', id]);
    expect((await s.listFailedSends(1)).map((r) => r.id)).toEqual(['other']);
  });

  it('keeps pending deliveries per incident in due order until deleted', async () => {
    const s = make();
    const message = { channel: 'slack' as const, subject: 'P1', body: 'DB down', truncated: false, missing: [] };
    const to = { accountIds: [], groups: [], smsNumber: null };
    await s.savePending({ record: send('late', { status: 'retrying', nextAttemptAt: new Date(T0 + 60_000).toISOString() }), message, to, link: null, nextAttemptAtMs: T0 + 60_000 });
    await s.savePending({ record: send('soon', { status: 'retrying', nextAttemptAt: new Date(T0 + 15_000).toISOString() }), message, to, link: 'https://x.example/browse/ITOPS-1', nextAttemptAtMs: T0 + 15_000 });
    expect((await s.listPending('ITOPS-1')).map((p) => p.record.id)).toEqual(['soon', 'late']);
    expect((await s.listPending('ITOPS-1'))[0]?.message).toEqual(message);
    await s.deletePending('ITOPS-1', 'soon');
    expect((await s.listPending('ITOPS-1')).map((p) => p.record.id)).toEqual(['late']);
    expect(await s.listPending('ITOPS-2')).toEqual([]);
  });

  it('subscribes people to services once, lists both ways and unsubscribes', async () => {
    const s = make();
    const since = new Date(T0).toISOString();
    await s.subscribe({ accountId: 'biz-bo', service: 'Payments', since });
    await s.subscribe({ accountId: 'biz-bo', service: 'Payments', since: new Date(T0 + 1000).toISOString() });
    await s.subscribe({ accountId: 'biz-bo', service: 'Mainframe billing', since });
    await s.subscribe({ accountId: 'cfo-cy', service: 'Payments', since });
    expect(await s.listSubscriptions('biz-bo')).toEqual([
      { accountId: 'biz-bo', service: 'Mainframe billing', since },
      { accountId: 'biz-bo', service: 'Payments', since },
    ]);
    expect((await s.subscribersOf('Payments')).map((x) => x.accountId)).toEqual(['biz-bo', 'cfo-cy']);
    await s.unsubscribe('biz-bo', 'Payments');
    expect((await s.subscribersOf('Payments')).map((x) => x.accountId)).toEqual(['cfo-cy']);
    expect((await s.listSubscriptions('biz-bo')).map((x) => x.service)).toEqual(['Mainframe billing']);
  });
});
