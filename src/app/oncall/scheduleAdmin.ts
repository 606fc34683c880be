import { checkPeopleExist } from '../people/checkPeopleExist.js';
import { newReferences } from '../../domain/people/personReference.js';
import { schedulePeople } from '../../domain/people/schedulePeople.js';
import type { DeleteScheduleRequest, PreviewScheduleRequest, SaveScheduleRequest, SchedulePreview, ScheduleSummary } from '../../contracts/oncall.js';
import { findGaps } from '../../domain/oncall/findGaps.js';
import { nextHandoffs } from '../../domain/oncall/nextHandoffs.js';
import { onCallSegments } from '../../domain/oncall/onCallSegments.js';
import type { Schedule } from '../../domain/oncall/schedule.js';
import { validateSchedule } from '../../domain/oncall/validateSchedule.js';
import type { StoredSchedule } from '../../ports/store.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { authorizeSiteAction, type AuthDeps } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import { isSchedule, policyLevels } from '../policies/policyLevels.js';
import { toScheduleDto } from '../../domain/oncall/scheduleDto.js';

const DAY_MS = 86_400_000;
export const PREVIEW_DAYS = 14;
export const GAP_DAYS = 30;

export async function listSchedules(deps: AuthDeps, actor: Actor): Promise<ScheduleSummary[]> {
  await authorizeSiteAction(deps, actor, 'editSchedules', 'listSchedules');
  const [stored, policies] = await Promise.all([deps.store.listSchedules(), deps.store.listPolicies()]);
  const levels = policyLevels(policies.map((p) => p.policy));
  return stored.map((s) => ({
    schedule: toScheduleDto(s.schedule),
    savedBy: s.savedBy,
    savedAt: s.savedAt,
    usedBy: levels.flatMap((l) => [
      ...(l.targets.some((t) => isSchedule(t, s.schedule.id)) ? [{ policyId: l.policy.id, path: l.path, level: l.level, as: 'target' as const }] : []),
      ...(l.backups.some((t) => isSchedule(t, s.schedule.id)) ? [{ policyId: l.policy.id, path: l.path, level: l.level, as: 'backup' as const }] : []),
    ]),
  }));
}

/**
 * Validates and saves a schedule (new or replacing one with the same id). Each participant's
 * first appearance is kept, so people added to a rotation can be asked to confirm their duties.
 */
export async function saveSchedule(deps: AuthDeps, actor: Actor, req: SaveScheduleRequest): Promise<ScheduleSummary> {
  await authorizeSiteAction(deps, actor, 'editSchedules', 'saveSchedule');
  const schedule = parseSchedule(req.schedule);
  const previous = await deps.store.getSchedule(schedule.id);
  await checkPeopleExist(deps.host, newReferences(schedulePeople(schedule), previous ? schedulePeople(previous.schedule) : []), 'schedule.');
  const now = new Date(deps.clock.now()).toISOString();
  const memberSince: Record<string, string> = {};
  for (const id of participants(schedule)) memberSince[id] = previous?.memberSince[id] ?? now;
  const record: StoredSchedule = { schedule, savedBy: actor.accountId, savedAt: now, memberSince };
  await deps.store.saveSchedule(record);
  await recordAdminChange(deps, actor, 'saveSchedule', null, `${schedule.id}: ${req.reason}`);
  return (await listSchedules(deps, actor)).find((s) => s.schedule.id === schedule.id)!;
}

/** Refused while a policy level pages the schedule: deleting it would leave that level paging nobody. */
export async function deleteSchedule(deps: AuthDeps, actor: Actor, req: DeleteScheduleRequest): Promise<{ deleted: string }> {
  await authorizeSiteAction(deps, actor, 'editSchedules', 'deleteSchedule');
  if (!(await deps.store.getSchedule(req.id))) throw new AppError('NOT_FOUND', `id: no schedule "${req.id}"`);
  const users = policyLevels((await deps.store.listPolicies()).map((p) => p.policy))
    .filter((l) => [...l.targets, ...l.backups].some((t) => isSchedule(t, req.id)));
  if (users.length) {
    const where = users.map((l) => `${l.policy.id} ${l.path} level ${l.level}`).join(', ');
    throw new AppError('CONFLICT', `schedule "${req.id}" is paged by ${where}; change those levels first`);
  }
  await deps.store.deleteSchedule(req.id);
  await recordAdminChange(deps, actor, 'deleteSchedule', null, `${req.id}: ${req.reason}`);
  return { deleted: req.id };
}

/** Who is on call for the next 14 days, the handoffs in that time, and gaps in the next 30 days. */
export async function previewSchedule(deps: AuthDeps, actor: Actor, req: PreviewScheduleRequest): Promise<SchedulePreview> {
  await authorizeSiteAction(deps, actor, 'editSchedules', 'previewSchedule');
  let schedule: Schedule;
  if ('id' in req) {
    const stored = await deps.store.getSchedule(req.id);
    if (!stored) throw new AppError('NOT_FOUND', `id: no schedule "${req.id}"`);
    schedule = stored.schedule;
  } else {
    schedule = parseSchedule(req.schedule);
  }
  const from = new Date(deps.clock.now());
  const until = new Date(from.getTime() + PREVIEW_DAYS * DAY_MS);
  const iso = (d: Date) => d.toISOString();
  return {
    scheduleId: schedule.id,
    from: iso(from),
    until: iso(until),
    segments: [...onCallSegments(schedule, from, until)].map((s) => ({ start: iso(s.start), end: iso(s.end), accountId: s.accountId })),
    handoffs: nextHandoffs(schedule, from, Number.MAX_SAFE_INTEGER, PREVIEW_DAYS).map((h) => ({ at: iso(h.at), from: h.from, to: h.to })),
    gaps: findGaps(schedule, from, GAP_DAYS).map((g) => ({ start: iso(g.start), end: iso(g.end) })),
  };
}

function parseSchedule(input: unknown): Schedule {
  const r = validateSchedule(input);
  if (r.ok) return r.value;
  const fields = r.errors.map((e) => ({ field: e.field ? `schedule.${e.field}` : 'schedule', message: e.message }));
  throw new AppError('INVALID', `schedule: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}

/** Everyone in one of the schedule's rotations (overrides are one-off cover, not membership). */
export function participants(schedule: Schedule): string[] {
  return [...new Set(schedule.layers.flatMap((l) => l.rotation.participants))];
}
