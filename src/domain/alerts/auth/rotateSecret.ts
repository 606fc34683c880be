import type { IntegrationSecret } from '../../../contracts/integration.js';

/** How long a rotated-out secret keeps working, so senders can be reconfigured without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/**
 * The secret after a rotation: `fresh` becomes current and the old current stays valid for the
 * overlap. A secret that was already previous is dropped, so at most two are ever accepted.
 *
 * @example
 * rotateSecret({ current: 'old…', previous: null, previousValidUntil: null }, 'new…', new Date('2026-11-27T09:00:00Z'))
 * // => { current: 'new…', previous: 'old…', previousValidUntil: '2026-11-28T09:00:00.000Z' }
 */
export function rotateSecret(existing: IntegrationSecret | null, fresh: string, now: Date, overlapMs = ROTATION_OVERLAP_MS): IntegrationSecret {
  if (!existing) return { current: fresh, previous: null, previousValidUntil: null };
  return { current: fresh, previous: existing.current, previousValidUntil: new Date(now.getTime() + overlapMs).toISOString() };
}

/** The secrets that authenticate at `now`: the current one, and the previous one inside its overlap. */
export function acceptedSecrets(secret: IntegrationSecret | null, now: Date): string[] {
  if (!secret) return [];
  const until = secret.previousValidUntil === null ? NaN : Date.parse(secret.previousValidUntil);
  return secret.previous !== null && now.getTime() < until ? [secret.current, secret.previous] : [secret.current];
}
