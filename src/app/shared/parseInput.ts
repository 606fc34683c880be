import type { z } from 'zod';
import { AppError } from './appError.js';

/** Parses a resolver payload; a refusal names every field that needs attention. */
export function parseInput<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, input: unknown, what: string): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields = r.error.issues.map((i) => ({ field: i.path.map(String).join('.') || what, message: i.message }));
  throw new AppError('INVALID', `${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}
