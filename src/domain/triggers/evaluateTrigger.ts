import type { Priority } from '../../contracts/common.js';
import type { BusinessCalendar } from '../../contracts/config.js';
import type { Trigger } from '../../contracts/trigger.js';
import type { Incident } from '../incident/incident.js';
import { priorityRank } from '../priority/priorityRank.js';
import { evaluateSlaTrigger } from './evaluateSlaTrigger.js';
import { evaluateTimeTrigger } from './evaluateTimeTrigger.js';
import type { TriggerOutcome } from './triggerOutcome.js';

export interface TriggerContext {
  now: number;
  /** ≤ 1; 1 when a legacy exception supplies the thresholds. */
  factor: number;
  priority: Priority;
  acknowledged: boolean;
  calendars: readonly BusinessCalendar[];
}

/** Checks one trigger against an incident at `ctx.now`. Manual triggers never fire on their own. */
export function evaluateTrigger(t: Trigger, incident: Incident, ctx: TriggerContext): TriggerOutcome {
  switch (t.type) {
    case 'slaPercent':
    case 'slaRemaining':
    case 'slaBreached':
      return evaluateSlaTrigger(t, incident, ctx.now, ctx.factor);
    case 'timeSinceCreated':
    case 'timeSinceUpdated':
    case 'unassignedFor':
    case 'notAcknowledgedWithin':
      return evaluateTimeTrigger(t, incident, ctx.now, ctx.factor, ctx.acknowledged, ctx.calendars);
    case 'priorityAtLeast': {
      const fired = priorityRank(ctx.priority) <= priorityRank(t.priority);
      return { triggerId: t.id, fired, firesAt: fired ? ctx.now : null,
        detail: () => `priority ${ctx.priority} ${fired ? 'is' : 'is not'} ${t.priority} or higher` };
    }
    case 'manual':
      return { triggerId: t.id, fired: false, firesAt: null, detail: () => 'manual trigger: only a person starts it' };
  }
}
