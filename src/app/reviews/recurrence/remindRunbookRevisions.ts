import type { RunbookLink } from '../../../contracts/drills.js';
import { runbookRevisionDue } from '../../../domain/reviews/recurrence/runbookRevisionDue.js';
import type { Deps } from '../../shared/deps.js';
import { reviewSettingsOrDefault } from '../reviewSettingsOrDefault.js';
import { hasRecurrence, projectOf, recurrenceSettingsOrDefault, type RecurrenceDeps } from './recurrenceDeps.js';

/** Revision tasks carry this label, like the review and problem issues. */
export const RUNBOOK_REVISION_LABEL = 'runbook-revision';

export interface RunbookReminderReport {
  reminded: Array<{ service: string; issueKey: string }>;
  /** Due, but there is no project to open the revision task in (none configured, no incident seen). */
  skipped: string[];
  failed: Array<{ key: string; error: string }>;
}

/**
 * Reminds each runbook's owner once per due date (claimed by runbook and due date, so repeated
 * sweeps send nothing twice). The reminder goes through the issue that asked for the revision
 * (a problem or drill), else through a revision task opened for the owner.
 */
export async function remindRunbookRevisions(deps: Deps): Promise<RunbookReminderReport> {
  const report: RunbookReminderReport = { reminded: [], skipped: [], failed: [] };
  if (!hasRecurrence(deps) || !deps.drills) return report;
  const [settings, books] = await Promise.all([recurrenceSettingsOrDefault(deps.reviews.recurrence), deps.drills.listRunbooks()]);
  const now = deps.clock.now();
  for (const book of books) {
    const due = runbookRevisionDue(book, settings.runbookRevisionMonths);
    if (due.dueAtMs > now) continue;
    const dueAt = new Date(due.dueAtMs).toISOString();
    const key = `runbook-revision:${book.service}:${book.path ?? '-'}:${book.level ?? '-'}:${dueAt}`;
    if (!(await deps.store.claimIntent(key, 300))) continue;
    try {
      const issueKey = book.revisionRequested?.issueKey ?? (await openRevisionTask(deps, book, settings.projectKey, dueAt, due.reason));
      if (issueKey === null) {
        report.skipped.push(book.service);
        await deps.store.releaseIntent(key);
        continue;
      }
      await deps.notifier.page({
        incidentKey: issueKey, purpose: 'responderPage', idempotencyKey: key, targets: [{ type: 'user', accountId: book.ownerAccountId }],
        subject: `Runbook revision due: ${book.service}`,
        body: `The ${book.service} runbook (${book.url}) is due for revision since ${dueAt} (${due.reason}). Record the revision on the Recurrence settings page once it is done.`,
      });
      await deps.store.completeIntent(key);
      report.reminded.push({ service: book.service, issueKey });
    } catch (e) {
      await deps.store.releaseIntent(key);
      report.failed.push({ key, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}

async function openRevisionTask(deps: RecurrenceDeps, book: RunbookLink, projectKey: string | null, dueAt: string, reason: string): Promise<string | null> {
  const project = projectKey ?? (await reviewSettingsOrDefault(deps.reviews.store)).projectKey ?? (await latestProject(deps, book.service));
  if (project === null) return null;
  return deps.reviews.issues.createIssue({
    projectKey: project, issueType: 'Task', summary: `Revise the ${book.service} runbook`.slice(0, 255),
    description: `The ${book.service} runbook (${book.url}) is due for revision since ${dueAt} (${reason}).`,
    assigneeAccountId: book.ownerAccountId, labels: [RUNBOOK_REVISION_LABEL],
  });
}

/** The project of the service's latest clustered incident: where its people work. */
async function latestProject(deps: RecurrenceDeps, service: string): Promise<string | null> {
  const { members } = await deps.reviews.recurrence.listMembers(service);
  const latest = [...members].sort((a, b) => b.at.localeCompare(a.at))[0];
  return latest ? projectOf(latest.incidentKey) : null;
}
