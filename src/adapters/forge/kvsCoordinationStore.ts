import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { CoordinationRecordSchema, OlaOutcomeSchema, type CoordinationRecord, type OlaOutcome } from '../../contracts/coordination.js';
import { StoredProtocolSchema, type StoredProtocol } from '../../contracts/protocol.js';
import { ShiftHandoffSchema, type ShiftHandoff } from '../../contracts/shiftHandoff.js';
import { StoredTeamSchema, type StoredTeam } from '../../contracts/team.js';
import { WarRoomSchema, type WarRoom } from '../../contracts/warRoom.js';
import type { CoordinationStore, QuarantinedRecord } from '../../ports/coordinationStore.js';
import type { SaveResult } from '../../ports/store.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { kvsSafe, parseStored } from './storedRecords.js';

const RevisionedSchema = z.object({ revision: z.number().int().min(1), record: CoordinationRecordSchema });
const RevisionedRoomSchema = z.object({ revision: z.number().int().min(1), room: WarRoomSchema });
const RevisionedShiftSchema = z.object({ revision: z.number().int().min(1), handoff: ShiftHandoffSchema });
/** Revision markers only guard concurrent writers; a month is far longer than any race. */
const REVISION_TTL_DAYS = 30;
const OUTCOME_TTL_DAYS = 400;

/**
 * Coordination in KVS. Teams and protocols: `<kind>-v:<id>:<version>` written once
 * (FAIL_IF_EXISTS) and `<kind>:<id>` the head, as policies are. An incident's record:
 * `coord-rev:<incident>:<n>` claims revision n (FAIL_IF_EXISTS) and carries the record, then
 * `coord:<incident>` is the head; a reader that finds a claimed revision past the head rolls
 * forward to it, so a writer dying between the two writes loses nothing.
 */
export class KvsCoordinationStore implements CoordinationStore {
  listTeams = async () => {
    const { items, quarantined } = await heads('team:', StoredTeamSchema);
    return { teams: items, quarantined };
  };
  getTeam = async (id: string) => getParsed(`team:${id}`, StoredTeamSchema);
  listTeamVersions = async (id: string) => (await kvsQueryAll(`team-v:${id}:`))
    .map(([k, v]) => parseStored(StoredTeamSchema, k, v)).filter((t) => t.team.id === id).sort((a, b) => b.version - a.version);
  saveTeamVersion = async (r: StoredTeam) => saveVersion(`team-v:${r.team.id}:${r.version}`, `team:${r.team.id}`, r, StoredTeamSchema);
  deleteTeam = async (id: string) => { await kvs.delete(`team:${id}`); };

  listProtocols = async () => {
    const { items, quarantined } = await heads('protocol:', StoredProtocolSchema);
    return { protocols: items, quarantined };
  };
  getProtocol = async (id: string) => getParsed(`protocol:${id}`, StoredProtocolSchema);
  saveProtocolVersion = async (r: StoredProtocol) => saveVersion(`protocol-v:${r.protocol.id}:${r.version}`, `protocol:${r.protocol.id}`, r, StoredProtocolSchema);
  deleteProtocol = async (id: string) => { await kvs.delete(`protocol:${id}`); };

  async getRecord(incidentKey: string): Promise<{ record: CoordinationRecord; revision: number } | null> {
    const head = await getParsed(`coord:${kvsSafe(incidentKey)}`, RevisionedSchema);
    const next = await getParsed(rev(incidentKey, (head?.revision ?? 0) + 1), RevisionedSchema);
    if (next) {
      await kvs.set(`coord:${kvsSafe(incidentKey)}`, next);
      return next;
    }
    return head;
  }

  async saveRecord(record: CoordinationRecord, revision: number): Promise<boolean> {
    const value = { revision, record };
    try {
      await kvs.set(rev(record.incidentKey, revision), value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: REVISION_TTL_DAYS, unit: 'DAYS' } });
    } catch (e) {
      if ((await kvs.get(rev(record.incidentKey, revision))) !== undefined) return false;
      throw e;
    }
    await kvs.set(`coord:${kvsSafe(record.incidentKey)}`, value);
    return true;
  }

  /** War rooms as the coordination record: `warroom-rev:<incident>:<n>` claims, `warroom:<incident>` is the head. */
  async getWarRoom(incidentKey: string): Promise<{ room: WarRoom; revision: number } | null> {
    const head = await getParsed(`warroom:${kvsSafe(incidentKey)}`, RevisionedRoomSchema);
    const next = await getParsed(roomRev(incidentKey, (head?.revision ?? 0) + 1), RevisionedRoomSchema);
    if (next) {
      await kvs.set(`warroom:${kvsSafe(incidentKey)}`, next);
      return next;
    }
    return head;
  }

  async saveWarRoom(room: WarRoom, revision: number): Promise<boolean> {
    const value = { revision, room };
    try {
      await kvs.set(roomRev(room.incidentKey, revision), value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: REVISION_TTL_DAYS, unit: 'DAYS' } });
    } catch (e) {
      if ((await kvs.get(roomRev(room.incidentKey, revision))) !== undefined) return false;
      throw e;
    }
    await kvs.set(`warroom:${kvsSafe(room.incidentKey)}`, value);
    return true;
  }

  async recordOutcome(o: OlaOutcome): Promise<void> {
    // Keyed by when the clock stopped first, so the report's period is a key range.
    await kvs.set(`ola:${o.stoppedAt}:${kvsSafe(o.incidentKey)}:${o.teamId}:${o.kind}:${o.startedAt}`, o, { ttl: { value: OUTCOME_TTL_DAYS, unit: 'DAYS' } });
  }

  async listOutcomes(fromMs: number, toMs: number): Promise<OlaOutcome[]> {
    return (await kvsQueryAll('ola:'))
      .map(([k, v]) => parseStored(OlaOutcomeSchema, k, v))
      .filter((o) => Date.parse(o.stoppedAt) >= fromMs && Date.parse(o.stoppedAt) < toMs);
  }

  /**
   * Shift handovers as war rooms: `shift-rev:<key>:<n>` claims, `shift:<key>` is the head. The
   * key is a digest of the handover's id: schedule ids may hold characters KVS keys refuse.
   */
  async getShiftHandoff(id: string): Promise<{ handoff: ShiftHandoff; revision: number } | null> {
    const head = await getParsed(shiftHead(id), RevisionedShiftSchema);
    const next = await getParsed(shiftRev(id, (head?.revision ?? 0) + 1), RevisionedShiftSchema);
    if (next) {
      await kvs.set(shiftHead(id), next);
      return next;
    }
    return head;
  }

  async saveShiftHandoff(handoff: ShiftHandoff, revision: number): Promise<boolean> {
    const value = { revision, handoff };
    try {
      await kvs.set(shiftRev(handoff.id, revision), value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: REVISION_TTL_DAYS, unit: 'DAYS' } });
    } catch (e) {
      if ((await kvs.get(shiftRev(handoff.id, revision))) !== undefined) return false;
      throw e;
    }
    await kvs.set(shiftHead(handoff.id), value);
    return true;
  }

  async listShiftHandoffs(): Promise<ShiftHandoff[]> {
    const { items } = await heads('shift:', RevisionedShiftSchema);
    return items.map((r) => r.handoff);
  }
}

const rev = (incidentKey: string, n: number) => `coord-rev:${kvsSafe(incidentKey)}:${n}`;
const roomRev = (incidentKey: string, n: number) => `warroom-rev:${kvsSafe(incidentKey)}:${n}`;
const shiftHead = (id: string) => `shift:${fnv1a64(id)}`;
const shiftRev = (id: string, n: number) => `shift-rev:${fnv1a64(id)}:${n}`;

async function getParsed<T>(key: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T | null> {
  const v = await kvs.get(key);
  return v === undefined ? null : parseStored(schema, key, v);
}

async function heads<T>(prefix: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<{ items: T[]; quarantined: QuarantinedRecord[] }> {
  const items: T[] = [];
  const quarantined: QuarantinedRecord[] = [];
  for (const [k, v] of await kvsQueryAll(prefix)) {
    try { items.push(parseStored(schema, k, v)); } catch (e) { quarantined.push({ key: k, error: e instanceof Error ? e.message : String(e) }); }
  }
  return { items, quarantined };
}

async function saveVersion<T extends { version: number }>(versionKey: string, headKey: string, record: T, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<SaveResult> {
  try {
    await kvs.set(versionKey, record, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (e) {
    const existing = await getParsed(versionKey, schema);
    if (!existing) throw e;
    await kvs.set(headKey, existing);
    return { saved: false, currentVersion: existing.version };
  }
  await kvs.set(headKey, record);
  return { saved: true };
}
