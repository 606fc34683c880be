import { kvs, WhereConditions } from '@forge/kvs';
import { kvsQueryAll } from './kvsQueryAll.js';
import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { ChannelSchema, CommunicationRecordSchema, type CommunicationRecord } from '../../contracts/comms.js';
import { CommsSettingsSchema, type ChannelSecretName, type CommsSettings } from '../../contracts/commsSettings.js';
import { commsTemplateSchema } from '../../domain/comms/templates/commsTemplate.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import { templateVariables } from '../../domain/comms/templates/templateVariable.js';
import type { CommsStore, PendingDelivery, StoredTemplate, Subscription } from '../../ports/commsStore.js';
import type { SaveResult } from '../../ports/store.js';
import { parseStored } from './storedRecords.js';

const StoredTemplateSchema = z.object({ template: commsTemplateSchema, savedBy: z.string(), savedAt: IsoInstantSchema, reason: z.string() });
const PendingDeliverySchema = z.object({
  record: CommunicationRecordSchema,
  message: z.object({
    channel: ChannelSchema,
    subject: z.string().optional(),
    body: z.string(),
    truncated: z.boolean(),
    missing: z.array(z.enum(templateVariables)),
  }),
  to: z.object({ accountIds: z.array(z.string()), groups: z.array(z.string()), smsNumber: z.string().nullable() }),
  link: z.string().nullable(),
  nextAttemptAtMs: z.number(),
});
const SubscriptionSchema = z.object({ accountId: z.string(), service: z.string(), since: IsoInstantSchema });

// Ids and service names may hold characters KVS keys refuse (`%`, `/`, `@`, letters beyond ASCII);
// their 64-bit hash stands in for them in keys, and the value carries the real name.
const h = (s: string) => fnv1a64(s);
const tplHead = (id: string) => `ctpl:${id}`;
const tplVersion = (id: string, v: number) => `ctplv:${id}:${String(v).padStart(7, '0')}`;
const sendKey = (incidentKey: string, id: string) => `csend:${incidentKey}:${h(id)}`;
/** Newest first: failed-send keys sort by time remaining until year 2286. */
const failedKey = (at: string, id: string) => `cfailed:${String(9_999_999_999_999 - Date.parse(at)).padStart(13, '0')}:${h(id)}`;
const pendingKey = (incidentKey: string, id: string) => `cpending:${incidentKey}:${h(id)}`;
const subByService = (service: string, accountId: string) => `csubs:${h(service)}:${h(accountId)}`;
const subByPerson = (accountId: string, service: string) => `csubp:${h(accountId)}:${h(service)}`;
const SETTINGS = 'comms-settings';
const secretKey = (name: ChannelSecretName) => `comms-secret:${name}`;

/** The comms store on Forge's key-value storage; channel secrets use KVS secret storage. */
export class KvsCommsStore implements CommsStore {
  async listTemplates(): Promise<StoredTemplate[]> {
    return (await kvsQueryAll('ctpl:')).map(([k, v]) => parseStored(StoredTemplateSchema, k, v)).sort((a, b) => a.template.id.localeCompare(b.template.id));
  }
  async getTemplate(id: string) {
    const v = await kvs.get(tplHead(id));
    return v === undefined ? null : parseStored(StoredTemplateSchema, tplHead(id), v);
  }
  async listTemplateVersions(id: string) {
    return (await kvsQueryAll(`ctplv:${id}:`)).map(([k, v]) => parseStored(StoredTemplateSchema, k, v));
  }
  /**
   * The version is written first-writer-wins, then the head moves. A head left behind by a
   * save that died in between is rolled forward and reported as a conflict.
   */
  async saveTemplateVersion(record: StoredTemplate): Promise<SaveResult> {
    const { id, version } = record.template;
    const head = await this.getTemplate(id);
    const current = head?.template.version ?? 0;
    if (version !== current + 1) return { saved: false, currentVersion: current };
    try {
      await kvs.set(tplVersion(id, version), record, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const existing = await kvs.get(tplVersion(id, version));
      if (existing === undefined) throw e;
      await kvs.set(tplHead(id), existing);
      return { saved: false, currentVersion: version };
    }
    await kvs.set(tplHead(id), record);
    return { saved: true };
  }

  async getSettings(): Promise<CommsSettings | null> {
    const v = await kvs.get(SETTINGS);
    return v === undefined ? null : parseStored(CommsSettingsSchema, SETTINGS, v);
  }
  async saveSettings(settings: CommsSettings) { await kvs.set(SETTINGS, settings); }
  async getSecret(name: ChannelSecretName): Promise<string | null> {
    const v = await kvs.getSecret<unknown>(secretKey(name));
    return typeof v === 'string' ? v : null;
  }
  async setSecret(name: ChannelSecretName, value: string | null) {
    if (value === null) await kvs.deleteSecret(secretKey(name));
    else await kvs.setSecret(secretKey(name), value);
  }

  /** A failed send is also indexed for the admin's list, in the same transaction. */
  async saveSend(record: CommunicationRecord) {
    const tx = kvs.transact().set(sendKey(record.incidentKey, record.id), record);
    if (record.status === 'failed') tx.set(failedKey(record.sentAt, record.id), record);
    await tx.execute();
  }
  async getSend(incidentKey: string, id: string) {
    const k = sendKey(incidentKey, id);
    const v = await kvs.get(k);
    return v === undefined ? null : parseStored(CommunicationRecordSchema, k, v);
  }
  async listSends(incidentKey: string) {
    return (await kvsQueryAll(`csend:${incidentKey}:`))
      .map(([k, v]) => parseStored(CommunicationRecordSchema, k, v))
      .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
  }
  async listFailedSends(limit: number) {
    const r = await kvs.query().where('key', WhereConditions.beginsWith('cfailed:')).limit(Math.min(100, Math.max(1, limit))).getMany();
    return r.results.map((x) => parseStored(CommunicationRecordSchema, x.key, x.value));
  }

  async savePending(p: PendingDelivery) { await kvs.set(pendingKey(p.record.incidentKey, p.record.id), p); }
  async deletePending(incidentKey: string, id: string) { await kvs.delete(pendingKey(incidentKey, id)); }
  async listPending(incidentKey: string): Promise<PendingDelivery[]> {
    return (await kvsQueryAll(`cpending:${incidentKey}:`))
      .map(([k, v]) => parseStored(PendingDeliverySchema, k, v) as PendingDelivery)
      .sort((a, b) => a.nextAttemptAtMs - b.nextAttemptAtMs);
  }

  /** Both indexes in one transaction; subscribing again keeps the first date. */
  async subscribe(s: Subscription) {
    if ((await kvs.get(subByService(s.service, s.accountId))) !== undefined) return;
    await kvs.transact().set(subByService(s.service, s.accountId), s).set(subByPerson(s.accountId, s.service), s).execute();
  }
  async unsubscribe(accountId: string, service: string) {
    await kvs.transact().delete(subByService(service, accountId)).delete(subByPerson(accountId, service)).execute();
  }
  async listSubscriptions(accountId: string) {
    return (await kvsQueryAll(`csubp:${h(accountId)}:`))
      .map(([k, v]) => parseStored(SubscriptionSchema, k, v))
      .filter((s) => s.accountId === accountId)
      .sort((a, b) => a.service.localeCompare(b.service));
  }
  async subscribersOf(service: string) {
    return (await kvsQueryAll(`csubs:${h(service)}:`))
      .map(([k, v]) => parseStored(SubscriptionSchema, k, v))
      .filter((s) => s.service === service)
      .sort((a, b) => a.accountId.localeCompare(b.accountId));
  }
}
