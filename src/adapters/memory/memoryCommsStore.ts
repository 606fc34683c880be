import type { CommunicationRecord } from '../../contracts/comms.js';
import type { ChannelSecretName, CommsSettings } from '../../contracts/commsSettings.js';
import type { CommsStore, PendingDelivery, StoredTemplate, Subscription } from '../../ports/commsStore.js';
import type { SaveResult } from '../../ports/store.js';

/** In-memory twin of the KVS comms store, with the same semantics, for tests and benchmarks. */
export class MemoryCommsStore implements CommsStore {
  private readonly templates = new Map<string, StoredTemplate[]>();
  private settings: CommsSettings | null = null;
  private readonly secrets = new Map<ChannelSecretName, string>();
  private readonly sends = new Map<string, CommunicationRecord>();
  private readonly pending = new Map<string, PendingDelivery>();
  private readonly subscriptions = new Map<string, Subscription>();

  constructor(readonly now: () => number) {}

  async listTemplates() {
    return [...this.templates.values()].map((v) => v.at(-1)!).sort((a, b) => a.template.id.localeCompare(b.template.id));
  }
  async getTemplate(id: string) { return this.templates.get(id)?.at(-1) ?? null; }
  async listTemplateVersions(id: string) { return [...(this.templates.get(id) ?? [])]; }
  async saveTemplateVersion(record: StoredTemplate): Promise<SaveResult> {
    const list = this.templates.get(record.template.id) ?? [];
    const current = list.at(-1)?.template.version ?? 0;
    if (record.template.version !== current + 1) return { saved: false, currentVersion: current };
    this.templates.set(record.template.id, [...list, structuredClone(record)]);
    return { saved: true };
  }

  async getSettings() { return this.settings === null ? null : structuredClone(this.settings); }
  async saveSettings(settings: CommsSettings) { this.settings = structuredClone(settings); }
  async getSecret(name: ChannelSecretName) { return this.secrets.get(name) ?? null; }
  async setSecret(name: ChannelSecretName, value: string | null) {
    if (value === null) this.secrets.delete(name);
    else this.secrets.set(name, value);
  }

  async saveSend(record: CommunicationRecord) { this.sends.set(record.id, structuredClone(record)); }
  async getSend(incidentKey: string, id: string) { const r = this.sends.get(id); if (r?.incidentKey !== incidentKey) return null; return r ? structuredClone(r) : null; }
  async listSends(incidentKey: string) {
    return [...this.sends.values()].filter((r) => r.incidentKey === incidentKey).sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
  }
  async listFailedSends(limit: number) {
    return [...this.sends.values()]
      .filter((r) => r.status === 'failed')
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt) || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  async savePending(p: PendingDelivery) { this.pending.set(`${p.record.incidentKey}\u0000${p.record.id}`, structuredClone(p)); }
  async deletePending(incidentKey: string, id: string) { this.pending.delete(`${incidentKey}\u0000${id}`); }
  async listPending(incidentKey: string) {
    return [...this.pending.values()].filter((p) => p.record.incidentKey === incidentKey).sort((a, b) => a.nextAttemptAtMs - b.nextAttemptAtMs);
  }

  async subscribe(s: Subscription) {
    const key = `${s.service}\u0000${s.accountId}`;
    // Subscribing again keeps the original date, as the KVS store does.
    if (!this.subscriptions.has(key)) this.subscriptions.set(key, { ...s });
  }
  async unsubscribe(accountId: string, service: string) { this.subscriptions.delete(`${service}\u0000${accountId}`); }
  async listSubscriptions(accountId: string) {
    return [...this.subscriptions.values()].filter((s) => s.accountId === accountId).sort((a, b) => a.service.localeCompare(b.service));
  }
  async subscribersOf(service: string) {
    return [...this.subscriptions.values()].filter((s) => s.service === service).sort((a, b) => a.accountId.localeCompare(b.accountId));
  }
}
