import type { BusinessCalendar } from '../../contracts/config.js';
import type { Trigger } from '../../contracts/trigger.js';
import { addBusinessMs, businessMsBetween } from '../calendars/businessTime.js';
import type { Incident } from '../incident/incident.js';
import { formatMs } from './formatMinutes.js';
import { tightened } from './evaluateSlaTrigger.js';
import type { TriggerOutcome } from './triggerOutcome.js';

type TimeTrigger = Extract<Trigger, { type: 'timeSinceCreated' | 'timeSinceUpdated' | 'unassignedFor' | 'notAcknowledgedWithin' }>;

const SINCE_WORDS: Record<TimeTrigger['type'], string> = {
  timeSinceCreated: 'since created',
  timeSinceUpdated: 'since last update',
  unassignedFor: 'unassigned',
  notAcknowledgedWithin: 'without acknowledgement',
};

/**
 * Elapsed-time triggers, in wall-clock or business time. `acknowledged` comes from the
 * escalation state, because acknowledgement is ours, not a Jira field.
 */
export function evaluateTimeTrigger(
  t: TimeTrigger,
  incident: Incident,
  now: number,
  factor: number,
  acknowledged: boolean,
  calendars: readonly BusinessCalendar[],
): TriggerOutcome {
  // Spreading a shared `base` into results with closures took V8 off its fast object-literal
  // path (about 100× slower); plain literals keep triggers cheap.
  const triggerId = t.id;
  const from = startOf(t, incident, acknowledged);
  if (from === null) {
    const why = t.type === 'unassignedFor' ? 'the incident is assigned' : 'the incident is acknowledged';
    return { triggerId, fired: false, firesAt: null, detail: () => why };
  }
  const thresholdMs = t.minutes * 60_000 * factor;
  const cal = t.calendarId === undefined ? undefined : calendars.find((c) => c.id === t.calendarId);
  if (t.calendarId !== undefined && !cal) {
    return { triggerId, fired: false, firesAt: null, detail: () => `calendar "${t.calendarId}" does not exist` };
  }
  const elapsed = cal ? businessMsBetween(cal, from, now) : Math.max(0, now - from);
  const fired = elapsed >= thresholdMs;
  const firesAt = fired ? now : cal ? addBusinessMs(cal, from, thresholdMs) : from + thresholdMs;
  const clock = cal ? ` business time (${cal.name})` : '';
  return { triggerId, fired, firesAt, detail: () =>
    `${formatMs(elapsed)}${clock} ${SINCE_WORDS[t.type]}; threshold ${formatMs(thresholdMs)}${tightened(factor)}` };
}

function startOf(t: TimeTrigger, incident: Incident, acknowledged: boolean): number | null {
  switch (t.type) {
    case 'timeSinceCreated':
      return Date.parse(incident.created);
    case 'timeSinceUpdated':
      return Date.parse(incident.updated);
    case 'unassignedFor':
      return incident.unassignedSince === null ? null : Date.parse(incident.unassignedSince);
    case 'notAcknowledgedWithin':
      return acknowledged ? null : Date.parse(incident.created);
  }
}
