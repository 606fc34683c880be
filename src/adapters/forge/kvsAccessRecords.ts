import { randomBytes } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { RoleAuditRecordSchema, type RoleAuditRecord } from '../../contracts/duties.js';
import { roleMappingSchema } from '../../domain/access/roleMapping.js';
import type { DutyConfirmation, SaveResult, StoredRoleMapping } from '../../ports/store.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { forgeClock } from './forgeClock.js';
import { kvsSafe, parseStored } from './storedRecords.js';

const StoredRoleMappingSchema = z.object({ version: z.number().int().min(1).default(1), mapping: roleMappingSchema, updatedBy: z.string(), updatedAt: IsoInstantSchema, reason: z.string() });
/** Newest first: versions sort by what is left below ten million. */
const roleMappingVersionKey = (v: number) => `rolemapv:${String(9_999_999 - v).padStart(7, '0')}`;
const DutyConfirmationSchema = z.object({ accountId: z.string(), confirmedAt: IsoInstantSchema });
const SECRET_KEY = 'ack-link-signing-key';
/** Newest first: audit keys sort by time remaining until year 2286. */
const auditKey = (ranAt: string, id: string) => `roleaudit:${String(9_999_999_999_999 - Date.parse(ranAt)).padStart(13, '0')}:${kvsSafe(id)}`;
const auditIndexKey = (id: string) => `roleauditid:${kvsSafe(id)}`;

export async function getRoleMapping(): Promise<StoredRoleMapping | null> {
  const v = await kvs.get('role-mapping');
  return v === undefined ? null : parseStored(StoredRoleMappingSchema, 'role-mapping', v);
}
/**
 * The version record is written first-writer-wins, then the head moves (as policies do). A
 * save that died between the two leaves the head behind: the next save's conflict rolls it on.
 */
export async function saveRoleMapping(r: StoredRoleMapping): Promise<SaveResult> {
  try {
    await kvs.set(roleMappingVersionKey(r.version), r, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (e) {
    const v = await kvs.get(roleMappingVersionKey(r.version));
    if (v === undefined) throw e;
    const newest = (await listRoleMappingVersions())[0]!;
    await kvs.set('role-mapping', newest);
    return { saved: false, currentVersion: newest.version };
  }
  await kvs.set('role-mapping', r);
  return { saved: true };
}
export async function listRoleMappingVersions(): Promise<StoredRoleMapping[]> {
  return (await kvsQueryAll('rolemapv:')).map(([k, v]) => parseStored(StoredRoleMappingSchema, k, v));
}

/** First writer wins, so two first uses racing end up signing with the same key. */
export async function ackSigningSecret(): Promise<string> {
  const existing = await kvs.getSecret<string>(SECRET_KEY);
  if (typeof existing === 'string' && existing.length >= 32) return existing;
  try {
    await kvs.setSecret(SECRET_KEY, randomBytes(32).toString('base64url'), { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch {
    // Someone else made it first; theirs is read below.
  }
  const made = await kvs.getSecret<string>(SECRET_KEY);
  if (typeof made !== 'string') throw new Error('the acknowledgement link key could not be stored');
  return made;
}

export async function useOnce(key: string, ttlSeconds: number): Promise<boolean> {
  const k = `once:${kvsSafe(key)}`;
  try {
    await kvs.set(k, { usedAt: forgeClock.now() }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
    return true;
  } catch (e) {
    if ((await kvs.get(k)) !== undefined) return false;
    throw e;
  }
}

export async function forgetUse(key: string): Promise<void> {
  await kvs.delete(`once:${kvsSafe(key)}`);
}

export async function wasUsed(key: string): Promise<boolean> {
  return (await kvs.get(`once:${kvsSafe(key)}`)) !== undefined;
}

export async function getDutyConfirmation(accountId: string): Promise<DutyConfirmation | null> {
  const k = `duties:${kvsSafe(accountId)}`;
  const v = await kvs.get(k);
  return v === undefined ? null : parseStored(DutyConfirmationSchema, k, v);
}
export async function saveDutyConfirmation(c: DutyConfirmation): Promise<void> {
  await kvs.set(`duties:${kvsSafe(c.accountId)}`, c);
}

export async function listRoleAudits(limit: number): Promise<RoleAuditRecord[]> {
  const r = await kvs.query().where('key', WhereConditions.beginsWith('roleaudit:')).limit(Math.min(100, limit)).getMany();
  return r.results.map((x) => parseStored(RoleAuditRecordSchema, x.key, x.value));
}
export async function getRoleAudit(id: string): Promise<RoleAuditRecord | null> {
  const key = await kvs.get(auditIndexKey(id));
  if (typeof key !== 'string') return null;
  const v = await kvs.get(key);
  return v === undefined ? null : parseStored(RoleAuditRecordSchema, key, v);
}
/** The record sits under a time-ordered key for listing, with an id index beside it. */
export async function saveRoleAudit(r: RoleAuditRecord): Promise<void> {
  const key = auditKey(r.ranAt, r.id);
  await kvs.set(key, r);
  await kvs.set(auditIndexKey(r.id), key);
}
