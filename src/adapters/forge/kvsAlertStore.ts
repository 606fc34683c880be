import { createHash } from 'node:crypto';
import { kvsQueryAll } from './kvsQueryAll.js';
import { kvs } from '@forge/kvs';
import {
  IncidentOriginSchema, IngestCounterSchema, OpenGroupsSchema, SightingsSchema, StoredDedupSchema, type StoredDedup,
} from '../../contracts/alertState.js';
import {
  AlertSettingsSchema, DeliveryRecordSchema, IntegrationSchema, IntegrationSecretSchema,
  type AlertSettings, type DeliveryRecord, type Integration, type IntegrationSecret,
} from '../../contracts/integration.js';
import type { AlertStore, IngestContext, IngestWrite } from '../../ports/alertStore.js';
import { claimSeqs, newestFirst, numbered, SEQ_CLAIM_TTL_DAYS, slotOf } from '../shared/deliverySlots.js';
import { kvsSafe, parseStored } from './storedRecords.js';

/** Dedup keys are free text up to 1,000 chars; KVS keys are not, so they are hashed (the record keeps the key). */
const h = (dedupKey: string) => createHash('sha256').update(dedupKey).digest('hex').slice(0, 40);
const K = {
  integration: (id: string) => `alertint:${id}`,
  secret: (id: string) => `alertsecret:${id}`,
  settings: 'alertsettings',
  counter: (id: string) => `alertctr:${id}`,
  delivery: (id: string, seq: number) => `alertdlv:${id}:${String(slotOf(seq)).padStart(3, '0')}`,
  dedup: (id: string, key: string) => `alertdedup:${id}:${h(key)}`,
  claim: (id: string, key: string) => `alertclaim:${id}:${h(key)}`,
  seq: (id: string, seq: number) => `alertseq:${id}:${seq}`,
  sightings: (id: string, key: string) => `alertsight:${id}:${h(key)}`,
  groups: (id: string) => `alertgroups:${id}`,
  origin: (incidentKey: string) => `alertorigin:${kvsSafe(incidentKey)}`,
};
const days = (value: number) => ({ ttl: { value, unit: 'DAYS' as const } });
/** A dedup record outlives any plausible incident; it is refreshed on every repeat and cleared on resolve. */
const DEDUP_TTL = days(30);
const MAX_TX = 25;

type Op = { key: string; value: unknown; ttl?: { ttl: { value: number; unit: 'DAYS' | 'SECONDS' } } } | { key: string; delete: true };

/**
 * The AlertStore on Forge KVS. One request's writes go in one transaction (split only past
 * KVS's 25-operation limit), so an accepted alert's state, counter and delivery land together.
 */
export class KvsAlertStore implements AlertStore {
  async listIntegrations(): Promise<Integration[]> {
    const all = await kvsQueryAll('alertint:');
    return all.map(([k, v]) => parseStored(IntegrationSchema, k, v)).sort((a, b) => a.name.localeCompare(b.name));
  }
  async getIntegration(id: string) { return this.read(K.integration(id), IntegrationSchema); }
  async saveIntegration(i: Integration) { await kvs.set(K.integration(i.id), IntegrationSchema.parse(i)); }
  async deleteIntegration(id: string) {
    await kvs.transact().delete(K.integration(id)).delete(K.counter(id)).execute();
    await kvs.deleteSecret(K.secret(id));
  }

  async getSecret(id: string): Promise<IntegrationSecret | null> {
    const v = await kvs.getSecret(K.secret(id));
    return v === undefined ? null : parseStored(IntegrationSecretSchema, K.secret(id), v);
  }
  async saveSecret(id: string, s: IntegrationSecret) { await kvs.setSecret(K.secret(id), IntegrationSecretSchema.parse(s)); }

  async getAlertSettings(): Promise<AlertSettings> {
    return (await this.read(K.settings, AlertSettingsSchema)) ?? { maintenanceWindows: [], peakHours: [] };
  }
  async saveAlertSettings(s: AlertSettings) { await kvs.set(K.settings, AlertSettingsSchema.parse(s)); }

  async listDeliveries(integrationId: string, limit: number): Promise<DeliveryRecord[]> {
    const all = await kvsQueryAll(`alertdlv:${integrationId}:`);
    return newestFirst(all.map(([k, v]) => parseStored(DeliveryRecordSchema, k, v))).slice(0, limit);
  }

  /** Integration, settings and counter in one batch read, plus the secret (secrets have no batch). */
  async loadIngest(integrationId: string): Promise<IngestContext | null> {
    const keys = [K.integration(integrationId), K.settings, K.counter(integrationId)];
    const [batch, secret] = await Promise.all([kvs.batchGet(keys.map((key) => ({ key }))), this.getSecret(integrationId)]);
    const found = new Map(batch.successfulKeys.map((r) => [r.key, r.value] as const));
    const raw = found.get(keys[0]!);
    if (raw === undefined) return null;
    const settings = found.get(K.settings);
    const counter = found.get(keys[2]!);
    return {
      integration: parseStored(IntegrationSchema, keys[0]!, raw),
      secret,
      settings: settings === undefined ? { maintenanceWindows: [], peakHours: [] } : parseStored(AlertSettingsSchema, K.settings, settings),
      counter: counter === undefined ? { windowStart: 0, count: 0, seq: 0 } : parseStored(IngestCounterSchema, keys[2]!, counter),
    };
  }

  async commit(w: IngestWrite) { await this.transact(opsOf(w, await this.claimSeqs(w))); }

  async bumpDedup(integrationId: string, dedupKey: string, seenAt: string, w: IngestWrite): Promise<StoredDedup | null> {
    const current = await this.getDedup(integrationId, dedupKey);
    if (!current) return null;
    // Read-then-write: bumps racing between this read and the transaction can each count from
    // the same value, so the count may come out low by the number of overlapping deliveries.
    // Kept deliberately: the count only feeds the rolled-up comment, every delivery still gets
    // its own record (seq claims), and a compare-and-set would add KVS calls to this hot path.
    const bumped = { ...current, count: current.count + 1, lastSeenAt: seenAt };
    const bump = { ...w, dedup: [...(w.dedup ?? []), { dedupKey, record: bumped }] };
    await this.transact(opsOf(bump, await this.claimSeqs(bump)));
    return bumped;
  }

  async getDedup(integrationId: string, dedupKey: string) { return this.read(K.dedup(integrationId, dedupKey), StoredDedupSchema); }

  async claimCreation(integrationId: string, dedupKey: string, leaseSeconds: number): Promise<boolean> {
    return claimKey(K.claim(integrationId, dedupKey), { value: leaseSeconds, unit: 'SECONDS' });
  }
  async releaseCreation(integrationId: string, dedupKey: string) { await kvs.delete(K.claim(integrationId, dedupKey)); }

  async getSightings(integrationId: string, dedupKey: string) { return (await this.read(K.sightings(integrationId, dedupKey), SightingsSchema)) ?? []; }
  async listOpenGroups(integrationId: string) { return (await this.read(K.groups(integrationId), OpenGroupsSchema)) ?? []; }

  async getIncidentOrigin(incidentKey: string) { return this.read(K.origin(incidentKey), IncidentOriginSchema); }
  async closeIncident(incidentKey: string): Promise<void> {
    const origin = await this.getIncidentOrigin(incidentKey);
    if (!origin) return;
    const dedup = await this.getDedup(origin.integrationId, origin.dedupKey);
    const groups = await this.listOpenGroups(origin.integrationId);
    const ops: Op[] = [];
    // A newer incident may already own the key again; only our own record goes.
    if (dedup?.incidentKey === incidentKey) ops.push({ key: K.dedup(origin.integrationId, origin.dedupKey), delete: true });
    if (groups.some((g) => g.incidentKey === incidentKey)) {
      ops.push({ key: K.groups(origin.integrationId), value: groups.filter((g) => g.incidentKey !== incidentKey), ttl: days(30) });
    }
    if (ops.length) await this.transact(ops);
  }

  /** One KVS write per delivery: the price of never sharing a slot with a racing request. */
  private claimSeqs(w: IngestWrite): Promise<number[]> {
    return claimSeqs(w, (seq) => claimKey(K.seq(w.integrationId, seq), { value: SEQ_CLAIM_TTL_DAYS, unit: 'DAYS' }));
  }

  private async read<T>(key: string, schema: Parameters<typeof parseStored<T>>[0]): Promise<T | null> {
    const v = await kvs.get(key);
    return v === undefined ? null : parseStored(schema, key, v);
  }

  private async transact(ops: Op[]): Promise<void> {
    // Past 25 operations (a large Alertmanager group) the write is split; alert state goes
    // before the counter and deliveries, so a failure part-way leaves no delivery claiming more.
    for (let i = 0; i < ops.length; i += MAX_TX) {
      let tx = kvs.transact();
      for (const op of ops.slice(i, i + MAX_TX)) tx = 'delete' in op ? tx.delete(op.key) : tx.set(op.key, op.value, undefined, op.ttl);
      await tx.execute();
    }
  }
}

/** First-writer-wins on `key` until `ttl` passes; false when someone else holds it. */
async function claimKey(key: string, ttl: { value: number; unit: 'SECONDS' | 'DAYS' }): Promise<boolean> {
  try {
    await kvs.set(key, { claimed: true }, { keyPolicy: 'FAIL_IF_EXISTS', ttl });
    return true;
  } catch (e) {
    // Only a conflict means "taken"; any other failure is the caller's to see.
    if ((await kvs.get(key)) !== undefined) return false;
    throw e;
  }
}

function opsOf(w: IngestWrite, seqs: number[]): Op[] {
  const id = w.integrationId;
  const ops: Op[] = [];
  for (const d of w.dedup ?? []) ops.push(d.record ? { key: K.dedup(id, d.dedupKey), value: d.record, ttl: DEDUP_TTL } : { key: K.dedup(id, d.dedupKey), delete: true });
  for (const s of w.sightings ?? []) ops.push(s.list ? { key: K.sightings(id, s.dedupKey), value: s.list, ttl: days(2) } : { key: K.sightings(id, s.dedupKey), delete: true });
  if (w.groups) ops.push({ key: K.groups(id), value: w.groups, ttl: days(30) });
  for (const o of w.origins ?? []) ops.push({ key: K.origin(o.incidentKey), value: o.origin, ttl: days(90) });
  const n = numbered(w, seqs);
  for (const d of n.deliveries) ops.push({ key: K.delivery(id, d.seq), value: d.record, ttl: days(30) });
  ops.push({ key: K.counter(id), value: n.counter });
  return dedupeKeys(ops);
}

/** A transaction names each key once; the later write for a key wins, as it would in sequence. */
function dedupeKeys(ops: Op[]): Op[] {
  const byKey = new Map<string, Op>();
  for (const op of ops) {
    byKey.delete(op.key);
    byKey.set(op.key, op);
  }
  return [...byKey.values()];
}
