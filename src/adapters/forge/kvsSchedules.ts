import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { parseStoredSchedule, toScheduleDto } from '../../domain/oncall/scheduleDto.js';
import type { StoredSchedule } from '../../ports/store.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { kvsSafe, parseStored } from './storedRecords.js';

const MetaSchema = z.object({
  schedule: z.unknown(),
  savedBy: z.string(),
  savedAt: IsoInstantSchema,
  memberSince: z.record(IsoInstantSchema),
});
const key = (id: string) => `schedule:${kvsSafe(id)}`;

function parse(k: string, v: unknown): StoredSchedule {
  const meta = parseStored(MetaSchema, k, v);
  return { schedule: parseStoredSchedule(`${k}.schedule`, meta.schedule), savedBy: meta.savedBy, savedAt: meta.savedAt, memberSince: meta.memberSince };
}

export async function listSchedules(): Promise<StoredSchedule[]> {
  return (await kvsQueryAll('schedule:')).map(([k, v]) => parse(k, v));
}

export async function getSchedule(id: string): Promise<StoredSchedule | null> {
  const v = await kvs.get(key(id));
  return v === undefined ? null : parse(key(id), v);
}

export async function saveSchedule(r: StoredSchedule): Promise<void> {
  await kvs.set(key(r.schedule.id), { ...r, schedule: toScheduleDto(r.schedule) });
}

export async function deleteSchedule(id: string): Promise<void> {
  await kvs.delete(key(id));
}
