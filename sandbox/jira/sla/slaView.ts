import type { SlaCycle, SlaState } from './computeSla.js';

export interface JsmDate {
  epochMillis: number;
  iso8601: string;
  jira: string;
  friendly: string;
}

export interface JsmDuration {
  millis: number;
  friendly: string;
}

/** "2026-11-27T09:30:00.000+0000": Jira's own timestamp format (offset without a colon). */
export function jiraTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export function jsmDate(ms: number): JsmDate {
  const iso = new Date(ms).toISOString();
  return {
    epochMillis: ms,
    iso8601: iso.replace(/\.\d{3}Z$/, '+0000'),
    jira: jiraTimestamp(ms),
    friendly: iso.slice(0, 16).replace('T', ' '),
  };
}

/** JSM writes SLA durations as signed "h:mm" ("-0:15" once breached by a quarter hour). */
export function jsmDuration(ms: number): JsmDuration {
  const sign = ms < 0 ? '-' : '';
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const friendly = `${sign}${Math.floor(minutes / 60)}h ${minutes % 60}m`;
  return { millis: ms, friendly };
}

function cycleView(cycle: SlaCycle) {
  return {
    ...(cycle.breachTime !== null ? { breachTime: jsmDate(cycle.breachTime) } : {}),
    breached: cycle.breached,
    goalDuration: jsmDuration(cycle.goalMs),
    elapsedTime: jsmDuration(cycle.elapsedMs),
    remainingTime: jsmDuration(cycle.remainingMs),
    startTime: jsmDate(cycle.start),
  };
}

/** One SLA as JSM returns it, both in issue fields and from /servicedeskapi/request/{key}/sla. */
export function slaView(state: SlaState, selfUrl: string) {
  const { ongoing } = state;
  return {
    id: state.metric.id,
    name: state.metric.name,
    _links: { self: selfUrl },
    completedCycles: state.completed.map((c) => ({
      ...cycleView(c),
      stopTime: jsmDate(c.stop ?? c.start),
    })),
    ...(ongoing
      ? { ongoingCycle: { ...cycleView(ongoing), paused: ongoing.paused, withinCalendarHours: ongoing.withinCalendarHours } }
      : {}),
    slaDisplayFormat: 'NEW_SLA_FORMAT',
  };
}
