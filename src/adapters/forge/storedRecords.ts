import { z } from 'zod';
import { IsoInstantSchema } from '../../contracts/common.js';
import { PolicySchema } from '../../contracts/policy.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';

/** A stored policy version, parsed on every read so a corrupt record fails loudly by field. */
export const PolicyVersionRecordSchema = z.object({
  policy: PolicySchema,
  version: z.number().int().min(1),
  author: z.string(),
  savedAt: IsoInstantSchema,
  reason: z.string(),
  reviewDueAt: IsoInstantSchema,
});

export function parseStored<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, key: string, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  throw new Error(`stored record "${key}" is invalid at ${i.path.join('.') || '(root)'}: ${i.message}`);
}

export const parsePolicyRecord = (key: string, v: unknown): PolicyVersionRecord => parseStored(PolicyVersionRecordSchema, key, v);

/** KVS keys allow `[a-zA-Z0-9:._\s-#]`; idempotency keys also use `/` and `@`, mapped here one-to-one. */
export function kvsSafe(key: string): string {
  return key.replace(/\//g, ':').replace(/@/g, '#');
}
