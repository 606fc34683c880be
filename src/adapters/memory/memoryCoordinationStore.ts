import { CoordinationRecordSchema, OlaOutcomeSchema, type CoordinationRecord, type OlaOutcome } from '../../contracts/coordination.js';
import { StoredProtocolSchema, type StoredProtocol } from '../../contracts/protocol.js';
import { StoredTeamSchema, type StoredTeam } from '../../contracts/team.js';
import { WarRoomSchema, type WarRoom } from '../../contracts/warRoom.js';
import { ShiftHandoffSchema, type ShiftHandoff } from '../../contracts/shiftHandoff.js';
import type { CoordinationStore, QuarantinedRecord } from '../../ports/coordinationStore.js';
import type { SaveResult } from '../../ports/store.js';

/** In-memory twin of the KVS coordination store, with the same first-writer-wins semantics. */
export class MemoryCoordinationStore implements CoordinationStore {
  /** Raw heads, so tests can plant a corrupt team the way a bad KVS value would look. */
  readonly teamHeads = new Map<string, unknown>();
  private readonly teamVersions = new Map<string, StoredTeam>();
  private readonly protocolHeads = new Map<string, StoredProtocol>();
  private readonly protocolVersions = new Set<string>();
  private readonly records = new Map<string, { record: CoordinationRecord; revision: number }>();
  private readonly outcomes = new Map<string, OlaOutcome>();
  private readonly rooms = new Map<string, { room: WarRoom; revision: number }>();
  /** Record saves refused because another writer got there first, for tests of races. */
  conflicts = 0;

  async listTeams() {
    const teams: StoredTeam[] = [];
    const quarantined: QuarantinedRecord[] = [];
    for (const [k, v] of this.teamHeads) {
      const r = StoredTeamSchema.safeParse(v);
      if (r.success) teams.push(r.data); else quarantined.push({ key: k, error: `${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}` });
    }
    return { teams, quarantined };
  }
  async getTeam(id: string) { const v = this.teamHeads.get(id); return v === undefined ? null : StoredTeamSchema.parse(v); }
  async listTeamVersions(id: string) {
    return [...this.teamVersions.values()].filter((t) => t.team.id === id).sort((a, b) => b.version - a.version).map((t) => structuredClone(t));
  }
  async saveTeamVersion(r: StoredTeam): Promise<SaveResult> {
    const k = `${r.team.id}:${r.version}`;
    const existing = this.teamVersions.get(k);
    if (existing) return { saved: false, currentVersion: existing.version };
    this.teamVersions.set(k, structuredClone(StoredTeamSchema.parse(r)));
    this.teamHeads.set(r.team.id, structuredClone(r));
    return { saved: true };
  }
  async deleteTeam(id: string) { this.teamHeads.delete(id); }

  async listProtocols() { return { protocols: [...this.protocolHeads.values()].map((p) => structuredClone(p)), quarantined: [] }; }
  async getProtocol(id: string) { const p = this.protocolHeads.get(id); return p ? structuredClone(p) : null; }
  async saveProtocolVersion(r: StoredProtocol): Promise<SaveResult> {
    const k = `${r.protocol.id}:${r.version}`;
    if (this.protocolVersions.has(k)) return { saved: false, currentVersion: r.version };
    this.protocolVersions.add(k);
    this.protocolHeads.set(r.protocol.id, structuredClone(StoredProtocolSchema.parse(r)));
    return { saved: true };
  }
  async deleteProtocol(id: string) { this.protocolHeads.delete(id); }

  async getRecord(incidentKey: string) { const r = this.records.get(incidentKey); return r ? structuredClone(r) : null; }
  async saveRecord(record: CoordinationRecord, revision: number) {
    const current = this.records.get(record.incidentKey)?.revision ?? 0;
    if (current !== revision - 1) { this.conflicts++; return false; }
    this.records.set(record.incidentKey, { record: structuredClone(CoordinationRecordSchema.parse(record)), revision });
    return true;
  }

  async getWarRoom(incidentKey: string) { const r = this.rooms.get(incidentKey); return r ? structuredClone(r) : null; }
  async saveWarRoom(room: WarRoom, revision: number) {
    const current = this.rooms.get(room.incidentKey)?.revision ?? 0;
    if (current !== revision - 1) { this.conflicts++; return false; }
    this.rooms.set(room.incidentKey, { room: structuredClone(WarRoomSchema.parse(room)), revision });
    return true;
  }

  async recordOutcome(o: OlaOutcome) { this.outcomes.set(`${o.incidentKey}:${o.teamId}:${o.kind}:${o.startedAt}`, OlaOutcomeSchema.parse(o)); }
  async listOutcomes(fromMs: number, toMs: number) {
    return [...this.outcomes.values()].filter((o) => Date.parse(o.stoppedAt) >= fromMs && Date.parse(o.stoppedAt) < toMs).map((o) => structuredClone(o));
  }

  readonly shiftHandoffs = new Map<string, { handoff: ShiftHandoff; revision: number }>();
  async getShiftHandoff(id: string) { const r = this.shiftHandoffs.get(id); return r ? structuredClone(r) : null; }
  async saveShiftHandoff(handoff: ShiftHandoff, revision: number) {
    const current = this.shiftHandoffs.get(handoff.id)?.revision ?? 0;
    if (current !== revision - 1) { this.conflicts++; return false; }
    this.shiftHandoffs.set(handoff.id, { handoff: structuredClone(ShiftHandoffSchema.parse(handoff)), revision });
    return true;
  }
  async listShiftHandoffs() { return [...this.shiftHandoffs.values()].map((r) => structuredClone(r.handoff)); }
}
