import type { Heartbeat, HeartbeatState } from '../../contracts/heartbeat.js';
import type { IntegrationSecret } from '../../contracts/integration.js';
import type { HeartbeatStore } from '../../ports/heartbeatStore.js';

/** In-memory twin of the KVS heartbeat store; values are copied in and out like KVS would. */
export class MemoryHeartbeatStore implements HeartbeatStore {
  readonly heartbeats = new Map<string, Heartbeat>();
  readonly states = new Map<string, HeartbeatState>();
  readonly secrets = new Map<string, IntegrationSecret>();

  async listHeartbeats() { return [...this.heartbeats.values()].map((h) => structuredClone(h)).sort((a, b) => a.name.localeCompare(b.name)); }
  async getHeartbeat(id: string) { const h = this.heartbeats.get(id); return h ? structuredClone(h) : null; }
  async saveHeartbeat(h: Heartbeat) { this.heartbeats.set(h.id, structuredClone(h)); }
  async deleteHeartbeat(id: string) { this.heartbeats.delete(id); this.states.delete(id); this.secrets.delete(id); }
  async getSecret(id: string) { const s = this.secrets.get(id); return s ? structuredClone(s) : null; }
  async saveSecret(id: string, s: IntegrationSecret) { this.secrets.set(id, structuredClone(s)); }
  async getState(id: string) { const s = this.states.get(id); return s ? structuredClone(s) : null; }
  async saveState(s: HeartbeatState) { this.states.set(s.id, structuredClone(s)); }
}
