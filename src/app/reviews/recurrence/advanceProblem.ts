import type { ClusterProblem, RecurrenceMember, RecurrenceSettings } from '../../../contracts/recurrence.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import { problemDue } from '../../../domain/reviews/recurrence/problemDue.js';
import { projectOf, type RecurrenceDeps } from './recurrenceDeps.js';
import { requestRunbookRevision } from './requestRunbookRevision.js';

/** Problem issues carry this label; the escalation engine leaves them alone. */
export const PROBLEM_LABEL = 'systemic-problem';
/** Long enough for one create; a crashed opener's claim expires after it. */
const OPENING_LEASE_SECONDS = 120;

export type ProblemOutcome =
  | { kind: 'none' }
  | { kind: 'opened' | 'linked'; problem: ClusterProblem }
  | { kind: 'claimedElsewhere' }
  | { kind: 'failed'; error: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Does what a cluster needs now: opens its systemic problem once (claimed by cluster, so
 * duplicate evaluations and the sweep open one issue) when enough related incidents resolved
 * within the window, and links every member not yet linked to it. The record is stored as soon
 * as the issue exists, so a failed link is retried by the next evaluation or sweep rather than
 * opening a second problem. Each linked incident's log says so. As with reviews, a crash
 * between the create and that write is the one window in which a retry after the lease could
 * open a second issue.
 */
export async function advanceProblem(deps: RecurrenceDeps, members: readonly RecurrenceMember[], settings: RecurrenceSettings): Promise<ProblemOutcome> {
  const first = members[0];
  if (!first) return { kind: 'none' };
  const store = deps.reviews.recurrence;
  let problem = await store.getProblem(first.clusterId);
  const step = problemDue(members, problem, settings, deps.clock.now());
  if (step.kind === 'none') return { kind: 'none' };
  const opening = step.kind === 'open';
  if (opening) {
    const key = `problem:${first.clusterId}`;
    if (!(await deps.store.claimIntent(key, OPENING_LEASE_SECONDS))) return { kind: 'claimedElsewhere' };
    try {
      problem = await openProblem(deps, members, step.incidents, settings);
      await deps.store.completeIntent(key);
    } catch (e) {
      await deps.store.releaseIntent(key);
      console.error(`cluster ${first.clusterId}: systemic problem not opened: ${message(e)}`);
      return { kind: 'failed', error: message(e) };
    }
    await requestRunbookRevision(deps, problem).catch((e: unknown) => console.error(`runbook revision for ${problem!.issueKey} not requested: ${message(e)}`));
  }
  const open = problem!;
  let linked = open;
  for (const incidentKey of step.incidents) {
    try {
      await deps.reviews.issues.linkIssues(settings.linkType, open.issueKey, incidentKey);
    } catch (e) {
      console.error(`${incidentKey}: link to problem ${open.issueKey} failed, retried later: ${message(e)}`);
      continue;
    }
    linked = { ...linked, linked: [...linked.linked, incidentKey] };
    await store.saveProblem(linked);
    const count = members.length;
    await log(deps, incidentKey, opening ? 'problemOpened' : 'problemLinked', opening
      ? `Problem ${open.issueKey} opened: ${count} related incidents on ${open.scope} within ${settings.windowDays} days (${step.incidents.join(', ')}).`
      : `Linked to problem ${open.issueKey}: another recurrence on ${open.scope} (${count} related incidents).`);
  }
  return { kind: opening ? 'opened' : 'linked', problem: linked };
}

async function openProblem(deps: RecurrenceDeps, members: readonly RecurrenceMember[], incidents: string[], settings: RecurrenceSettings): Promise<ClusterProblem> {
  const first = members[0]!;
  const latest = incidents[incidents.length - 1]!;
  const scope = first.scope.replace(/^component:/, 'component ');
  const issueKey = await deps.reviews.issues.createIssue({
    projectKey: settings.projectKey ?? projectOf(latest),
    issueType: settings.issueType,
    summary: `Recurring incidents on ${scope}: ${first.summary}`.slice(0, 255),
    description: `${incidents.length} related escalated incidents resolved within ${settings.windowDays} days: ${incidents.join(', ')}. `
      + 'They point to a systemic issue that needs a lasting fix; the service\'s runbook is marked for revision.',
    assigneeAccountId: null,
    labels: [PROBLEM_LABEL],
  });
  const problem: ClusterProblem = { schema: 1, clusterId: first.clusterId, scope: first.scope, issueKey, openedAt: new Date(deps.clock.now()).toISOString(), linked: [] };
  await deps.reviews.recurrence.saveProblem(problem);
  return problem;
}

async function log(deps: RecurrenceDeps, incidentKey: string, type: Extract<EventLogEntry['type'], `problem${string}`>, detail: string): Promise<void> {
  await deps.store.appendEvents([{ incidentKey, at: new Date(deps.clock.now()).toISOString(), type, path: null, level: null, loop: 0, detail, policyId: null, policyVersion: null, seq: 0 }]);
}
