import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PathNameSchema, type PathName } from '../../contracts/common.js';

/** What an acknowledgement link vouches for: this person was paged for this step. */
export interface AckClaims {
  incidentKey: string;
  accountId: string;
  episode: number;
  path: PathName;
  level: number;
  loop: number;
  /** Epoch ms after which the link is refused. */
  expiresAt: number;
}

/** Links stay usable for a day: people acknowledge late, and a stale step still counts (see acknowledgeByLink). */
export const ACK_LINK_TTL_MS = 24 * 60 * 60_000;

const int = z.string().regex(/^\d{1,15}$/, 'must be a whole number').transform(Number);
/** The query string of a link, one value per parameter, parsed before anything is trusted. */
export const AckQuerySchema = z.object({
  i: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, 'must be an issue key'),
  a: z.string().min(1).max(128),
  e: int,
  p: PathNameSchema,
  l: int,
  o: int,
  x: int,
  s: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
});

/** The signed text: every claim in a fixed order, versioned so the format can change. */
function payload(c: AckClaims): string {
  return JSON.stringify(['ack1', c.incidentKey, c.accountId, c.episode, c.path, c.level, c.loop, c.expiresAt]);
}

export function signClaims(c: AckClaims, secret: string): string {
  return createHmac('sha256', secret).update(payload(c)).digest('hex');
}

/** Constant-time comparison, so response timing reveals nothing about a correct signature. */
export function verifyClaims(c: AckClaims, signature: string, secret: string): boolean {
  const expected = Buffer.from(signClaims(c, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function ackLinkUrl(base: string, c: AckClaims, secret: string): string {
  const q = new URLSearchParams({ i: c.incidentKey, a: c.accountId, e: String(c.episode), p: c.path, l: String(c.level),
    o: String(c.loop), x: String(c.expiresAt), s: signClaims(c, secret) });
  return `${base}${base.includes('?') ? '&' : '?'}${q.toString()}`;
}

export type ParsedAckQuery = { ok: true; claims: AckClaims; signature: string } | { ok: false; error: string };

/** Reads a link's query (each parameter exactly once); names the first bad field. */
export function parseAckQuery(query: Record<string, readonly string[] | undefined>): ParsedAckQuery {
  const single: Record<string, string> = {};
  for (const k of ['i', 'a', 'e', 'p', 'l', 'o', 'x', 's']) {
    const v = query[k];
    if (!v || v.length !== 1) return { ok: false, error: `${k}: must appear exactly once in the link` };
    single[k] = v[0]!;
  }
  const r = AckQuerySchema.safeParse(single);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, error: `${i.path.join('.')}: ${i.message}` };
  }
  const q = r.data;
  return { ok: true, signature: q.s, claims: { incidentKey: q.i, accountId: q.a, episode: q.e, path: q.p, level: q.l, loop: q.o, expiresAt: q.x } };
}
