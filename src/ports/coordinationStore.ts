import type { CoordinationRecord, OlaOutcome } from '../contracts/coordination.js';
import type { StoredProtocol } from '../contracts/protocol.js';
import type { ShiftHandoff } from '../contracts/shiftHandoff.js';
import type { StoredTeam } from '../contracts/team.js';
import type { WarRoom } from '../contracts/warRoom.js';
import type { SaveResult } from './store.js';

/** A stored record that did not parse: reported alone, never allowed to stop the others. */
export interface QuarantinedRecord {
  key: string;
  error: string;
}

/**
 * Storage for cross-team coordination: teams and joint protocols (versioned, each version
 * written once), each incident's coordination record, and OLA outcomes for the report.
 */
export interface CoordinationStore {
  /** Current version of every team; a version that does not parse is quarantined. */
  listTeams(): Promise<{ teams: StoredTeam[]; quarantined: QuarantinedRecord[] }>;
  getTeam(id: string): Promise<StoredTeam | null>;
  /** Every saved version of a team, newest first. */
  listTeamVersions(id: string): Promise<StoredTeam[]>;
  /** Saves version `record.version` only if it does not exist yet (two admins: the first wins). */
  saveTeamVersion(record: StoredTeam): Promise<SaveResult>;
  deleteTeam(id: string): Promise<void>;

  listProtocols(): Promise<{ protocols: StoredProtocol[]; quarantined: QuarantinedRecord[] }>;
  getProtocol(id: string): Promise<StoredProtocol | null>;
  saveProtocolVersion(record: StoredProtocol): Promise<SaveResult>;
  deleteProtocol(id: string): Promise<void>;

  /** The incident's record and its revision (0 when there is none). */
  getRecord(incidentKey: string): Promise<{ record: CoordinationRecord; revision: number } | null>;
  /**
   * Writes the record as revision `revision` only if the stored revision is `revision - 1`:
   * two invocations updating one incident cannot both win, so the loser re-reads and retries.
   */
  saveRecord(record: CoordinationRecord, revision: number): Promise<boolean>;

  /** The incident's war room and its revision, as for the coordination record. */
  getWarRoom(incidentKey: string): Promise<{ room: WarRoom; revision: number } | null>;
  /** Writes revision `revision` only if the stored one is `revision - 1`. */
  saveWarRoom(room: WarRoom, revision: number): Promise<boolean>;

  /** Each outcome once (keyed by incident, team, kind and start). */
  recordOutcome(outcome: OlaOutcome): Promise<void>;
  /** Outcomes whose clocks stopped in [fromMs, toMs). */
  listOutcomes(fromMs: number, toMs: number): Promise<OlaOutcome[]>;

  /** A shift handover and its revision, as for the coordination record. */
  getShiftHandoff(id: string): Promise<{ handoff: ShiftHandoff; revision: number } | null>;
  /** Writes revision `revision` only if the stored one is `revision - 1`. */
  saveShiftHandoff(handoff: ShiftHandoff, revision: number): Promise<boolean>;
  listShiftHandoffs(): Promise<ShiftHandoff[]>;
}
