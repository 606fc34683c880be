import type { LegacyException } from '../../contracts/config.js';
import type { Incident } from '../incident/incident.js';

export interface ExceptionMatch {
  /** The exception in force, if any. */
  active: LegacyException | null;
  /** Exceptions that would cover the incident but have expired: flagged, never applied. */
  expired: LegacyException[];
}

/** Legacy exceptions covering the incident's service or one of its components, at `now`. */
export function applicableException(exceptions: readonly LegacyException[], incident: Incident, now: number): ExceptionMatch {
  const covering = exceptions.filter(
    (e) =>
      (incident.service !== null && e.services.includes(incident.service)) ||
      e.components.some((c) => incident.components.includes(c)),
  );
  const expired = covering.filter((e) => Date.parse(e.expiresAt) <= now);
  const live = covering.filter((e) => Date.parse(e.expiresAt) > now).sort((a, b) => a.id.localeCompare(b.id));
  return { active: live[0] ?? null, expired };
}

/** Exceptions whose expiry has passed, for the admin view's flags. */
export function expiredExceptions(exceptions: readonly LegacyException[], now: number): LegacyException[] {
  return exceptions.filter((e) => Date.parse(e.expiresAt) <= now);
}
