import type { Priority } from '../../../contracts/common.js';
import { nextUpdateDue } from './nextUpdateDue.js';
import type { UpdateCadence } from './updateCadence.js';

export interface UpdateTrack {
  /** The last stakeholder update, or when the incident was declared if none was sent yet. */
  readonly lastUpdateAt: Date;
  readonly priority: Priority;
}

export type OverdueUpdate =
  | { readonly kind: 'no-cadence' }
  | { readonly kind: 'not-due'; readonly dueAt: Date }
  | { readonly kind: 'remind-comms-lead'; readonly dueAt: Date; readonly escalateAt: Date }
  | { readonly kind: 'escalate-to-manager'; readonly dueAt: Date; readonly overdueMinutes: number };

/**
 * What to do about the stakeholder update at `now`: nothing yet, remind the comms lead once it
 * is due, or escalate to the lead's manager level once the grace period has also passed.
 * `dueAt` identifies the missed update, so the caller can key its reminder on it and send once.
 *
 * @example
 * overdueUpdate(new Date('2026-11-27T09:35:00Z'), { lastUpdateAt: new Date('2026-11-27T09:00:00Z'), priority: 'P1' },
 *   { P1: 30 }) // => { kind: 'remind-comms-lead', dueAt: 09:30Z, escalateAt: 09:45Z }
 */
export function overdueUpdate(now: Date, track: UpdateTrack, cadence: UpdateCadence, graceMinutes: number = 15): OverdueUpdate {
  if (!Number.isInteger(graceMinutes) || graceMinutes < 0) throw new RangeError('graceMinutes must be a whole number of 0 or more');
  const dueAt = nextUpdateDue(track.lastUpdateAt, track.priority, cadence);
  if (dueAt === null) return { kind: 'no-cadence' };
  if (now.getTime() < dueAt.getTime()) return { kind: 'not-due', dueAt };
  const escalateAt = new Date(dueAt.getTime() + graceMinutes * 60_000);
  if (now.getTime() < escalateAt.getTime()) return { kind: 'remind-comms-lead', dueAt, escalateAt };
  return { kind: 'escalate-to-manager', dueAt, overdueMinutes: Math.floor((now.getTime() - dueAt.getTime()) / 60_000) };
}
