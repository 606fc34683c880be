import { z } from 'zod';

/** Forge's webtrigger request, as far as ingestion reads it. */
export const WebtriggerRequestSchema = z.object({
  method: z.string(),
  headers: z.record(z.array(z.string())).default({}),
  queryParameters: z.record(z.array(z.string())).default({}),
  body: z.string().default(''),
});
export type WebtriggerRequest = z.infer<typeof WebtriggerRequestSchema>;

/** HTTP header names are case-insensitive; Forge passes them as the sender wrote them. */
export function header(req: Pick<WebtriggerRequest, 'headers'>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(req.headers)) if (k.toLowerCase() === wanted) return v[0] ?? null;
  return null;
}

export function query(req: Pick<WebtriggerRequest, 'queryParameters'>, name: string): string | null {
  return req.queryParameters[name]?.[0] ?? null;
}
