import type { EventLogEntry } from '../../contracts/events.js';
import type { HandOverShiftRequest, ShiftHandoff, ShiftHandoffsView } from '../../contracts/shiftHandoff.js';
import { planShiftHandoff } from '../../domain/oncall/planShiftHandoff.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import { authorizeIssueAction, authorizeSiteAction, deny } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { onceOnly } from '../shared/onceOnly.js';
import { coordinationOf } from './coordinationDeps.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The on-call person hands their open incidents over to whoever the schedule puts on call
 * next, with a note: paged to the incoming person once and written on each incident's
 * timeline. Handing over the same shift again rewrites the note until it is accepted.
 */
export async function handOverShift(deps: Deps, actor: Actor, req: HandOverShiftRequest): Promise<ShiftHandoff> {
  await authorizeSiteAction(deps, actor, 'viewDashboard', 'handOverShift');
  const c = coordinationOf(deps);
  const stored = (await deps.store.listSchedules()).find((s) => s.schedule.id === req.scheduleId);
  if (!stored) throw invalid('scheduleId', `no on-call schedule "${req.scheduleId}"`);
  for (const [i, key] of req.incidentKeys.entries()) {
    await authorizeIssueAction(deps, actor, 'viewPanel', key);
    const record = await deps.host.getIncident(key);
    if (!record) throw invalid(`incidentKeys[${i}]`, `${key} does not exist or you cannot see it`);
    if (record.incident.statusCategory === 'done') throw invalid(`incidentKeys[${i}]`, `${key} is resolved: nothing to hand over`);
  }
  const now = deps.clock.now();
  const plan = planShiftHandoff(stored.schedule, actor.accountId, now, req.incidentKeys, req.note);
  if (!plan.ok) throw invalid(plan.field, plan.message);
  const current = await c.getShiftHandoff(plan.handoff.id);
  if (current?.handoff.state === 'accepted') throw new AppError('CONFLICT', `scheduleId: ${current.handoff.incoming} already accepted this shift's handover`);
  const handoff: ShiftHandoff = current ? { ...current.handoff, incidents: plan.handoff.incidents, note: plan.handoff.note } : plan.handoff;
  if (!(await c.saveShiftHandoff(handoff, (current?.revision ?? 0) + 1))) {
    throw new AppError('CONFLICT', 'scheduleId: the handover changed meanwhile (accepted or rewritten); reload and try again');
  }
  await onceOnly(deps.store, `shift/${handoff.id}/requested`, () => deps.notifier.page({
    incidentKey: handoff.incidents[0]!, purpose: 'responderPage', idempotencyKey: `shift/${handoff.id}/requested`,
    subject: `Shift handover on ${handoff.scheduleName}: ${handoff.incidents.length} open incident(s) to accept`,
    body: `${actor.accountId} hands over ${handoff.incidents.join(', ')} when the shift ends at ${handoff.shiftEndsAt}.\n\n${handoff.note}\n\nAccept it under My duties.`,
    targets: [{ type: 'user', accountId: handoff.incoming }],
  }));
  await logShiftHandoff(deps, handoff, 'shiftHandoffRequested', actor.accountId,
    `Shift handover on ${handoff.scheduleName} from ${handoff.outgoing} to ${handoff.incoming} (shift ends ${handoff.shiftEndsAt}): ${handoff.note}`);
  return handoff;
}

/** The incoming on-call accepts; accepting twice is one acceptance. Nobody else may accept. */
export async function acceptShiftHandoff(deps: Deps, actor: Actor, req: { id: string }): Promise<ShiftHandoff> {
  await authorizeSiteAction(deps, actor, 'viewDashboard', 'acceptShiftHandoff');
  const c = coordinationOf(deps);
  const current = await c.getShiftHandoff(req.id);
  if (!current) throw new AppError('NOT_FOUND', `id: no shift handover "${req.id}"`);
  const h = current.handoff;
  if (h.incoming !== actor.accountId) await deny(deps, actor, 'acceptShiftHandoff', null, `only ${h.incoming}, on call next on ${h.scheduleName}, may accept this handover`);
  if (h.state === 'accepted') return h;
  const accepted: ShiftHandoff = { ...h, state: 'accepted', acceptedAt: iso(deps.clock.now()) };
  if (!(await c.saveShiftHandoff(accepted, current.revision + 1))) {
    const latest = await c.getShiftHandoff(req.id);
    if (latest?.handoff.state === 'accepted') return latest.handoff;
    throw new AppError('CONFLICT', 'id: the handover was rewritten meanwhile; read the new note and accept again');
  }
  await logShiftHandoff(deps, accepted, 'shiftHandoffAccepted', actor.accountId, `${actor.accountId} accepted the shift handover on ${h.scheduleName} from ${h.outgoing}.`);
  return accepted;
}

/** The handovers the caller gave and those waiting for them, newest first. */
export async function shiftHandoffsView(deps: Deps, actor: Actor): Promise<ShiftHandoffsView> {
  await authorizeSiteAction(deps, actor, 'viewDashboard', 'getShiftHandoffs');
  const all = (await coordinationOf(deps).listShiftHandoffs()).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return { given: all.filter((h) => h.outgoing === actor.accountId), toAccept: all.filter((h) => h.incoming === actor.accountId), now: iso(deps.clock.now()) };
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID', `${field}: ${message}`, [{ field, message }]);
}

/** One timeline entry per incident the handover names, each once. */
export async function logShiftHandoff(deps: Deps, h: ShiftHandoff, type: 'shiftHandoffRequested' | 'shiftHandoffAccepted' | 'shiftHandoffEscalated', actor: string, detail: string): Promise<void> {
  for (const key of h.incidents) {
    const once = `shift/${h.id}/${type}/${key}`;
    await onceOnly(deps.store, once, async () => {
      const entry: EventLogEntry = {
        incidentKey: key, at: iso(deps.clock.now()), type, path: null, level: null, loop: 0, detail, actor, policyId: null, policyVersion: null,
        seq: 100 + (parseInt(fnv1a64(once).slice(-6), 16) % 900),
      };
      await deps.store.appendEvents([entry]);
    });
  }
}
