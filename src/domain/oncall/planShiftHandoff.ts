import type { ShiftHandoff } from '../../contracts/shiftHandoff.js';
import { nextHandoffs } from './nextHandoffs.js';
import type { Schedule } from './schedule.js';
import { whoIsOnCall } from './whoIsOnCall.js';

/** How long before the end of a shift its handover may be written. */
export const HANDOVER_WINDOW_MS = 2 * 3_600_000;

export type ShiftHandoffPlan =
  | { ok: true; handoff: ShiftHandoff }
  | { ok: false; field: 'scheduleId'; message: string };

/**
 * A handover of `incidents` from whoever `schedule` has on call at `now` to whoever it puts on
 * call when that shift ends. Only the person on call may hand over, only in the last two hours
 * of the shift (earlier, the rota may still change), and only to someone: a shift that ends with
 * nobody on call has no one to accept.
 *
 * @example planShiftHandoff(primary, 'ana', now, ['ITOPS-1'], 'DB failover pending').handoff.incoming // => 'bo'
 */
export function planShiftHandoff(schedule: Schedule, outgoing: string, now: number, incidents: readonly string[], note: string): ShiftHandoffPlan {
  const on = whoIsOnCall(schedule, new Date(now));
  if (!on.onCall || on.accountId !== outgoing) return { ok: false, field: 'scheduleId', message: `you are not on call for ${schedule.name} now` };
  const next = nextHandoffs(schedule, new Date(now), 1)[0];
  if (!next) return { ok: false, field: 'scheduleId', message: `${schedule.name} has no shift change ahead` };
  if (next.at.getTime() - now > HANDOVER_WINDOW_MS) {
    return { ok: false, field: 'scheduleId', message: `your shift on ${schedule.name} ends at ${next.at.toISOString()}: hand over in its last two hours` };
  }
  if (next.to === null) return { ok: false, field: 'scheduleId', message: `nobody is on call for ${schedule.name} after your shift, so nobody can accept the handover` };
  const shiftEndsAt = next.at.toISOString();
  return {
    ok: true,
    handoff: {
      id: `${schedule.id}@${shiftEndsAt}`, scheduleId: schedule.id, scheduleName: schedule.name, shiftEndsAt, outgoing, incoming: next.to,
      incidents: [...new Set(incidents)], note, state: 'requested', requestedAt: new Date(now).toISOString(), acceptedAt: null, escalatedAt: null, escalatedTo: [],
    },
  };
}
