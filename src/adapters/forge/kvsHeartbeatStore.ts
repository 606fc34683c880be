import { kvs } from '@forge/kvs';
import { HeartbeatSchema, HeartbeatStateSchema, type Heartbeat, type HeartbeatState } from '../../contracts/heartbeat.js';
import { IntegrationSecretSchema, type IntegrationSecret } from '../../contracts/integration.js';
import type { HeartbeatStore } from '../../ports/heartbeatStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const K = {
  heartbeat: (id: string) => `heartbeat:${id}`,
  state: (id: string) => `heartbeatstate:${id}`,
  secret: (id: string) => `heartbeatsecret:${id}`,
};

/** Heartbeats under `heartbeat:<id>`, their state under `heartbeatstate:<id>`, secrets in the secret store. */
export class KvsHeartbeatStore implements HeartbeatStore {
  async listHeartbeats(): Promise<Heartbeat[]> {
    const out: Heartbeat[] = [];
    for (const [k, v] of await kvsQueryAll('heartbeat:')) {
      // One unreadable record is left out (and logged), never allowed to stop the others' checks.
      try { out.push(parseStored(HeartbeatSchema, k, v)); } catch (e) { console.error(e); }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }
  async getHeartbeat(id: string): Promise<Heartbeat | null> {
    const v = await kvs.get(K.heartbeat(id));
    return v === undefined ? null : parseStored(HeartbeatSchema, K.heartbeat(id), v);
  }
  async saveHeartbeat(h: Heartbeat): Promise<void> { await kvs.set(K.heartbeat(h.id), HeartbeatSchema.parse(h)); }
  async deleteHeartbeat(id: string): Promise<void> {
    await kvs.transact().delete(K.heartbeat(id)).delete(K.state(id)).execute();
    await kvs.deleteSecret(K.secret(id));
  }
  async getSecret(id: string): Promise<IntegrationSecret | null> {
    const v = await kvs.getSecret(K.secret(id));
    return v === undefined ? null : parseStored(IntegrationSecretSchema, K.secret(id), v);
  }
  async saveSecret(id: string, s: IntegrationSecret): Promise<void> { await kvs.setSecret(K.secret(id), IntegrationSecretSchema.parse(s)); }
  async getState(id: string): Promise<HeartbeatState | null> {
    const v = await kvs.get(K.state(id));
    return v === undefined ? null : parseStored(HeartbeatStateSchema, K.state(id), v);
  }
  async saveState(s: HeartbeatState): Promise<void> { await kvs.set(K.state(s.id), HeartbeatStateSchema.parse(s)); }
}
