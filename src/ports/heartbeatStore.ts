import type { Heartbeat, HeartbeatState } from '../contracts/heartbeat.js';
import type { IntegrationSecret } from '../contracts/integration.js';

/**
 * Heartbeats: their configuration, their secret (kept as a secret, like an integration's) and
 * the state pings and misses write. Configuration and state are separate records so an admin's
 * edit never loses a ping, and a ping never undoes an edit.
 */
export interface HeartbeatStore {
  listHeartbeats(): Promise<Heartbeat[]>;
  getHeartbeat(id: string): Promise<Heartbeat | null>;
  saveHeartbeat(h: Heartbeat): Promise<void>;
  /** Removes the heartbeat, its secret and its state. */
  deleteHeartbeat(id: string): Promise<void>;
  getSecret(id: string): Promise<IntegrationSecret | null>;
  saveSecret(id: string, secret: IntegrationSecret): Promise<void>;
  getState(id: string): Promise<HeartbeatState | null>;
  saveState(state: HeartbeatState): Promise<void>;
}
