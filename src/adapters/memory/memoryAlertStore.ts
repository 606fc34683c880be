import type { IncidentOrigin, IngestCounter, StoredDedup } from '../../contracts/alertState.js';
import type { AlertSettings, DeliveryRecord, Integration, IntegrationSecret } from '../../contracts/integration.js';
import type { OpenGroup } from '../../domain/alerts/ingest/correlate.js';
import type { AlertSighting } from '../../domain/alerts/ingest/sustained.js';
import type { AlertStore, IngestContext, IngestWrite } from '../../ports/alertStore.js';
import { claimSeqs, newestFirst, numbered, SEQ_CLAIM_TTL_DAYS, slotOf } from '../shared/deliverySlots.js';

const NO_COUNTER: IngestCounter = { windowStart: 0, count: 0, seq: 0 };
const k = (integrationId: string, dedupKey: string) => `${integrationId}\u0000${dedupKey}`;

/**
 * In-memory twin of the KVS alert store with the same semantics (bounded delivery slots,
 * first-writer-wins creation claims with a lease). Values are copied in and out so callers
 * cannot change stored state by mutating what they hold. `ops` counts calls, for benchmarks.
 */
export class MemoryAlertStore implements AlertStore {
  private readonly integrations = new Map<string, Integration>();
  private readonly secrets = new Map<string, IntegrationSecret>();
  private settings: AlertSettings = { maintenanceWindows: [], peakHours: [] };
  private readonly counters = new Map<string, IngestCounter>();
  private readonly deliveries = new Map<string, Map<number, DeliveryRecord>>();
  private readonly dedup = new Map<string, StoredDedup>();
  private readonly claims = new Map<string, number>();
  /** Delivery seqs taken, with when each claim expires (as KVS's FAIL_IF_EXISTS + ttl). */
  private readonly seqClaims = new Map<string, number>();
  private readonly sightings = new Map<string, AlertSighting[]>();
  private readonly groups = new Map<string, OpenGroup[]>();
  private readonly origins = new Map<string, IncidentOrigin>();
  ops = 0;

  constructor(readonly now: () => number) {}

  async listIntegrations() { this.ops++; return [...this.integrations.values()].map(copy).sort((a, b) => a.name.localeCompare(b.name)); }
  async getIntegration(id: string) { this.ops++; return copyOrNull(this.integrations.get(id)); }
  async saveIntegration(i: Integration) { this.ops++; this.integrations.set(i.id, copy(i)); }
  async deleteIntegration(id: string) {
    this.ops++;
    this.integrations.delete(id);
    this.secrets.delete(id);
    this.counters.delete(id);
  }

  async getSecret(id: string) { this.ops++; return copyOrNull(this.secrets.get(id)); }
  async saveSecret(id: string, s: IntegrationSecret) { this.ops++; this.secrets.set(id, copy(s)); }

  async getAlertSettings() { this.ops++; return copy(this.settings); }
  async saveAlertSettings(s: AlertSettings) { this.ops++; this.settings = copy(s); }

  async listDeliveries(integrationId: string, limit: number) {
    this.ops++;
    return newestFirst(this.deliveries.get(integrationId)?.values() ?? []).slice(0, limit).map(copy);
  }

  async loadIngest(integrationId: string): Promise<IngestContext | null> {
    this.ops++;
    const integration = this.integrations.get(integrationId);
    if (!integration) return null;
    return copy({
      integration,
      secret: this.secrets.get(integrationId) ?? null,
      settings: this.settings,
      counter: this.counters.get(integrationId) ?? NO_COUNTER,
    });
  }

  async commit(w: IngestWrite) { this.ops++; this.apply(w, await claimSeqs(w, (seq) => this.claimSeq(w.integrationId, seq))); }

  async bumpDedup(integrationId: string, dedupKey: string, seenAt: string, w: IngestWrite) {
    this.ops++;
    if (!this.dedup.has(k(integrationId, dedupKey))) return null;
    const seqs = await claimSeqs(w, (seq) => this.claimSeq(integrationId, seq));
    // Read again after the awaits: a racing bump may have counted in between.
    const current = this.dedup.get(k(integrationId, dedupKey));
    if (!current) return null;
    const bumped = { ...current, count: current.count + 1, lastSeenAt: seenAt };
    this.apply({ ...w, dedup: [...(w.dedup ?? []), { dedupKey, record: bumped }] }, seqs);
    return copy(bumped);
  }

  async getDedup(integrationId: string, dedupKey: string) { this.ops++; return copyOrNull(this.dedup.get(k(integrationId, dedupKey))); }

  async claimCreation(integrationId: string, dedupKey: string, leaseSeconds: number) {
    this.ops++;
    const held = this.claims.get(k(integrationId, dedupKey));
    if (held !== undefined && held > this.now()) return false;
    this.claims.set(k(integrationId, dedupKey), this.now() + leaseSeconds * 1000);
    return true;
  }
  async releaseCreation(integrationId: string, dedupKey: string) { this.ops++; this.claims.delete(k(integrationId, dedupKey)); }

  async getSightings(integrationId: string, dedupKey: string) { this.ops++; return copy(this.sightings.get(k(integrationId, dedupKey)) ?? []); }
  async listOpenGroups(integrationId: string) { this.ops++; return copy(this.groups.get(integrationId) ?? []); }

  async getIncidentOrigin(incidentKey: string) { this.ops++; return copyOrNull(this.origins.get(incidentKey)); }
  async closeIncident(incidentKey: string) {
    this.ops++;
    const origin = this.origins.get(incidentKey);
    if (!origin) return;
    const key = k(origin.integrationId, origin.dedupKey);
    if (this.dedup.get(key)?.incidentKey === incidentKey) this.dedup.delete(key);
    const groups = this.groups.get(origin.integrationId);
    if (groups) this.groups.set(origin.integrationId, groups.filter((g) => g.incidentKey !== incidentKey));
  }

  /** First-writer-wins on a delivery seq, yielding first so racing requests really interleave. */
  private async claimSeq(integrationId: string, seq: number): Promise<boolean> {
    await Promise.resolve();
    const key = k(integrationId, String(seq));
    const held = this.seqClaims.get(key);
    if (held !== undefined && held > this.now()) return false;
    this.seqClaims.set(key, this.now() + SEQ_CLAIM_TTL_DAYS * 86_400_000);
    return true;
  }

  private apply(w: IngestWrite, seqs: number[]): void {
    const n = numbered(w, seqs);
    this.counters.set(w.integrationId, copy(n.counter));
    const slots = this.deliveries.get(w.integrationId) ?? new Map<number, DeliveryRecord>();
    for (const d of n.deliveries) slots.set(slotOf(d.seq), copy(d.record));
    this.deliveries.set(w.integrationId, slots);
    for (const d of w.dedup ?? []) {
      if (d.record) this.dedup.set(k(w.integrationId, d.dedupKey), copy(d.record));
      else this.dedup.delete(k(w.integrationId, d.dedupKey));
    }
    for (const s of w.sightings ?? []) {
      if (s.list) this.sightings.set(k(w.integrationId, s.dedupKey), copy(s.list));
      else this.sightings.delete(k(w.integrationId, s.dedupKey));
    }
    if (w.groups) this.groups.set(w.integrationId, copy(w.groups));
    for (const o of w.origins ?? []) this.origins.set(o.incidentKey, copy(o.origin));
  }
}

function copy<T>(v: T): T {
  return structuredClone(v);
}
function copyOrNull<T>(v: T | undefined): T | null {
  return v === undefined ? null : structuredClone(v);
}
