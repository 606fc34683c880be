import { CUSTOM_FIELD_IDS } from '../workflowCatalog.js';
import { ALWAYS, officeHours, type SlaCalendar } from './slaCalendar.js';

export type SlaMetricKind = 'firstResponse' | 'resolution';

export interface SlaGoal {
  durationMs: number;
  calendar: SlaCalendar;
}

export interface SlaMetric {
  /** JSM's SLA metric id, as /sla returns it. */
  id: string;
  kind: SlaMetricKind;
  name: string;
  fieldId: string;
  /** Goal per priority name. */
  goals: Readonly<Record<string, SlaGoal>>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The demo service desk's SLA configuration. Urgent priorities run around the clock; the calmer
 * ones count office hours only, as JSM sites usually set them up.
 */
export function defaultSlaMetrics(businessTimeZone = 'Europe/London'): readonly SlaMetric[] {
  const office = officeHours(businessTimeZone);
  return [
    {
      id: '1',
      kind: 'firstResponse',
      name: 'Time to first response',
      fieldId: CUSTOM_FIELD_IDS.timeToFirstResponse,
      goals: {
        Highest: { durationMs: 30 * MINUTE, calendar: ALWAYS },
        High: { durationMs: 1 * HOUR, calendar: ALWAYS },
        Medium: { durationMs: 4 * HOUR, calendar: office },
        Low: { durationMs: 8 * HOUR, calendar: office },
        Lowest: { durationMs: 24 * HOUR, calendar: office },
      },
    },
    {
      id: '2',
      kind: 'resolution',
      name: 'Time to resolution',
      fieldId: CUSTOM_FIELD_IDS.timeToResolution,
      goals: {
        Highest: { durationMs: 4 * HOUR, calendar: ALWAYS },
        High: { durationMs: 8 * HOUR, calendar: ALWAYS },
        Medium: { durationMs: 24 * HOUR, calendar: office },
        Low: { durationMs: 48 * HOUR, calendar: office },
        Lowest: { durationMs: 120 * HOUR, calendar: office },
      },
    },
  ];
}
