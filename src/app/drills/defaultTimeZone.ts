import type { EscalationConfig } from '../../contracts/config.js';

/**
 * The zone used for people paged directly (not through a schedule, whose rotation has one):
 * the service's business calendar, else the first calendar, else UTC.
 */
export function defaultTimeZone(config: EscalationConfig, service: string | null): string {
  const calendarId = config.services.find((s) => s.name === service)?.calendarId;
  return config.calendars.find((c) => c.id === calendarId)?.timeZone ?? config.calendars[0]?.timeZone ?? 'UTC';
}
