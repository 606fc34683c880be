import { RecurrenceSettingsSchema, type RecordRunbookRevisionRequest, type RecurrenceView } from '../../../contracts/recurrence.js';
import { fromZodIssues } from '../../../domain/shared/fieldError.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { recurrenceDeps } from './recurrenceDeps.js';
import { recurrenceView } from './recurrenceView.js';

/** Replaces the recurrence settings (policy admins, as for review settings); the change and its reason are access-logged. */
export async function saveRecurrenceSettings(deps: Deps, actor: Actor, input: unknown, reason: string): Promise<RecurrenceView> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'saveRecurrenceSettings');
  const r = RecurrenceSettingsSchema.safeParse(input);
  if (!r.success) {
    const fields = fromZodIssues(r.error.issues, ['settings']);
    throw new AppError('INVALID', `recurrence settings: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  await recurrenceDeps(deps).reviews.recurrence.saveSettings(r.data);
  await recordAdminChange(deps, actor, 'saveRecurrenceSettings', null, reason);
  return recurrenceView(deps, actor);
}

/**
 * Records that a runbook was revised now: its next revision falls due a full period later and
 * any request (a drill finding, a systemic problem) is answered. What changed and which issues
 * it answers go to the access log with the change.
 */
export async function recordRunbookRevision(deps: Deps, actor: Actor, req: RecordRunbookRevisionRequest): Promise<RecurrenceView> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'recordRunbookRevision');
  if (!deps.drills) throw new AppError('NOT_FOUND', 'runbooks are not available here');
  const books = await deps.drills.listRunbooks();
  const book = books.find((b) => b.service === req.service && b.path === req.path && b.level === req.level);
  if (!book) throw new AppError('NOT_FOUND', `service: no runbook for ${req.service}${req.path ? ` ${req.path} level ${req.level ?? '-'}` : ''}`, [{ field: 'service', message: 'no such runbook' }]);
  const answered = [...new Set([...req.answers, ...(book.revisionRequested ? [book.revisionRequested.issueKey] : [])])];
  await deps.drills.saveRunbook({ ...book, lastRevisedAt: new Date(deps.clock.now()).toISOString(), revisionRequested: null });
  await recordAdminChange(deps, actor, 'recordRunbookRevision', null, `${req.service} runbook revised: ${req.note}${answered.length ? ` (answers ${answered.join(', ')})` : ''}`);
  return recurrenceView(deps, actor);
}
