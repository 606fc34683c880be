import type { ShiftHandoff } from '../../contracts/shiftHandoff.js';
import { shiftHandoffEscalation } from '../../domain/oncall/shiftHandoffEscalation.js';
import type { Deps } from '../shared/deps.js';
import { onceOnly } from '../shared/onceOnly.js';
import { logShiftHandoff } from './shiftHandoffs.js';

/**
 * Escalates shift handovers nobody accepted within the grace after the shift change (run by
 * the sweep): recorded on the handover first (a conditional write, so two sweeps escalate
 * once), then paged once and written on each incident's timeline. One bad handover is logged
 * and left for the next sweep; it never stops the others.
 */
export async function sweepShiftHandoffs(deps: Deps): Promise<{ escalated: string[]; failed: string[] }> {
  const c = deps.coordination;
  if (!c) return { escalated: [], failed: [] };
  const now = deps.clock.now();
  const [handoffs, { teams }] = await Promise.all([c.listShiftHandoffs(), c.listTeams()]);
  const escalated: string[] = [];
  const failed: string[] = [];
  for (const listed of handoffs) {
    try {
      const current = await c.getShiftHandoff(listed.id);
      if (!current) continue;
      const verdict = shiftHandoffEscalation(current.handoff, teams.map((t) => t.team), now);
      if (!verdict.due) continue;
      const h: ShiftHandoff = { ...current.handoff, escalatedAt: new Date(now).toISOString(), escalatedTo: verdict.to };
      if (!(await c.saveShiftHandoff(h, current.revision + 1))) continue;
      await onceOnly(deps.store, `shift/${h.id}/escalated`, () => deps.notifier.page({
        incidentKey: h.incidents[0]!, purpose: 'responderPage', idempotencyKey: `shift/${h.id}/escalated`,
        subject: `Shift handover on ${h.scheduleName} not accepted: ${h.incidents.join(', ')}`,
        body: `${h.incoming} has not accepted the handover from ${h.outgoing} (shift changed at ${h.shiftEndsAt}).\n\n${h.note}\n\nMake sure someone has taken over these incidents.`,
        targets: verdict.to.map((accountId) => ({ type: 'user' as const, accountId })),
      }));
      await logShiftHandoff(deps, h, 'shiftHandoffEscalated', 'app', `Shift handover on ${h.scheduleName} not accepted by ${h.incoming} in time; escalated to ${verdict.to.join(', ')}.`);
      escalated.push(h.id);
    } catch (e) {
      console.error(`shift handover ${listed.id}: escalation failed, the next sweep retries`, e);
      failed.push(listed.id);
    }
  }
  return { escalated, failed };
}
