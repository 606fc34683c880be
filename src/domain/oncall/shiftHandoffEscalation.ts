import type { ShiftHandoff } from '../../contracts/shiftHandoff.js';
import type { Team } from '../../contracts/team.js';

/** How long after the shift change the incoming on-call has to accept before it escalates. */
export const SHIFT_ACCEPT_GRACE_MS = 15 * 60_000;

/**
 * Whether a handover is overdue for escalation at `now`, and to whom: the manager path of the
 * teams on call through this schedule, else their liaisons, else the outgoing person (who then
 * knows nobody has taken over). Each handover escalates once; accepted ones never.
 *
 * @example shiftHandoffEscalation(h, teams, Date.parse(h.shiftEndsAt) + 15 * 60_000) // => { due: true, to: ['net-boss'] }
 */
export function shiftHandoffEscalation(h: ShiftHandoff, teams: readonly Pick<Team, 'scheduleId' | 'managers' | 'liaisons'>[], now: number): { due: false } | { due: true; to: string[] } {
  if (h.state !== 'requested' || h.escalatedAt !== null) return { due: false };
  if (now < Date.parse(h.shiftEndsAt) + SHIFT_ACCEPT_GRACE_MS) return { due: false };
  const owners = teams.filter((t) => t.scheduleId === h.scheduleId);
  const managers = [...new Set(owners.flatMap((t) => t.managers))].filter((a) => a !== h.incoming);
  const liaisons = [...new Set(owners.flatMap((t) => t.liaisons))].filter((a) => a !== h.incoming);
  return { due: true, to: managers.length ? managers : liaisons.length ? liaisons : [h.outgoing] };
}
