import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { parseStoredSchedule, toScheduleDto } from '../../app/scheduleDto.js';
import type { StoredSchedule } from '../../ports/store.js';
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
  const out: StoredSchedule[] = [];
  let cursor: string | undefined;
  do {
    let q = kvs.query().where('key', WhereConditions.beginsWith('schedule:')).limit(100);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany();
    out.push(...page.results.map((r) => parse(r.key, r.value)));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
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
