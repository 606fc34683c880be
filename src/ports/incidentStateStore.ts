import type { EscalationState } from '../contracts/escalationState.js';
import type { IncidentComms } from '../contracts/incidentComms.js';
import type { AttentionRecord } from '../contracts/incidentIntegrity.js';

/** The app-owned state of one incident: the record of truth that the issue properties mirror. */
export interface IncidentStateDoc {
  escalation: EscalationState | null;
  comms: IncidentComms | null;
}

export interface StoredIncidentState extends IncidentStateDoc {
  /** Bumped by every write; a write names the version it read and loses if it moved. */
  version: number;
  updatedAt: string;
}

export type IncidentStateRead =
  | { kind: 'absent' }
  | { kind: 'ok'; state: StoredIncidentState }
  /** Stored but does not parse: the record is quarantined, never overwritten blindly. */
  | { kind: 'unreadable'; error: string };

export type StateWriteResult = { written: true; version: number } | { written: false };

/** Thrown when another invocation changed the incident's state since this one read it. */
export class StateConflictError extends Error {
  constructor(readonly issueKey: string) {
    super(`${issueKey}: the incident's state changed while this was deciding; read it again`);
    this.name = 'StateConflictError';
  }
}

/**
 * App storage for incidents' escalation and comms state, with conditional writes: two
 * invocations never lose each other's change. The Jira issue properties only mirror it.
 */
export interface IncidentStateStore {
  read(issueKey: string): Promise<IncidentStateRead>;
  /** Up to any number of keys; absent keys read as absent. */
  readMany(issueKeys: readonly string[]): Promise<Map<string, IncidentStateRead>>;
  /**
   * Writes `doc` as the next version if the stored version is still `expectedVersion` (null:
   * only if nothing is stored yet); otherwise writes nothing and says so.
   */
  write(issueKey: string, doc: IncidentStateDoc, expectedVersion: number | null, now: number): Promise<StateWriteResult>;
  /**
   * Incidents whose next evaluation is at or before `cutoffMs`, earliest first, from app
   * storage's own index: what the property says (or whether it exists) does not matter.
   */
  dueKeys(cutoffMs: number, limit: number): Promise<string[]>;

  /** Records (or refreshes) one record needing attention; the same key, kind and reason once. */
  noteAttention(record: AttentionRecord): Promise<void>;
  /** Newest first; for one incident when `issueKey` is given. */
  listAttention(issueKey: string | null, limit: number): Promise<AttentionRecord[]>;

  /**
   * When app-owned state began on this installation (first caller's `nowMs` wins). Only issues
   * created before it can hold state that lives in the property alone and may be adopted.
   */
  adoptionCutoff(nowMs: number): Promise<number>;
}
