import type { Finding, FindingAction } from '../../contracts/reviewContent.js';
import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { AddFindingRequest } from '../../contracts/reviewView.js';
import { applyLevelChange, describeLevelChange } from '../../domain/reviews/applyLevelChange.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { editableReview } from './reviewCommands.js';
import { reviewSettingsOrDefault } from './reviewSettingsOrDefault.js';

/**
 * Records a typed finding with its action. A Jira action opens an issue linked to the review;
 * a policy change stores a draft version (the current version with the change applied), which
 * a policy admin publishes with the finding as the reason. Two people adding findings at the
 * same instant can lose one (the record is read, changed and written back).
 */
export async function addFinding(deps: Deps, actor: Actor, req: AddFindingRequest): Promise<ReviewRecord> {
  const { rd, review } = await editableReview(deps, actor, req.issueKey);
  if (review.status !== 'open') throw new AppError('CONFLICT', `review ${review.issueKey} is completed; reopen it to add findings`);
  const id = `F${review.findings.length + 1}`;
  let action: FindingAction;
  if (req.action.kind === 'jiraIssue') {
    const settings = await reviewSettingsOrDefault(rd.reviews.store);
    const issueKey = await rd.reviews.issues.createIssue({
      projectKey: review.issueKey.split('-')[0]!,
      issueType: settings.issueType,
      summary: req.action.summary,
      description: `Action for finding ${id} (${req.type}) of post-incident review ${review.issueKey} (${review.incidentKey}): ${req.description}`,
      assigneeAccountId: null,
      labels: ['post-incident-action'],
    });
    await rd.reviews.issues.linkIssues(settings.linkType, issueKey, review.issueKey);
    action = { kind: 'jiraIssue', issueKey };
  } else {
    const current = await deps.store.getPolicy(req.action.policyId);
    if (!current) throw new AppError('NOT_FOUND', `action.policyId: no policy "${req.action.policyId}"`, [{ field: 'action.policyId', message: 'no such policy' }]);
    const applied = applyLevelChange(current.policy, req.action.change);
    if (!applied.ok) throw new AppError('INVALID', `action.${applied.error.field}: ${applied.error.message}`, [{ field: `action.${applied.error.field}`, message: applied.error.message }]);
    action = { kind: 'policyChange', policyId: current.policy.id, baseVersion: current.version, change: req.action.change, draft: applied.policy, publishedVersion: null, publishedBy: null };
  }
  const finding: Finding = { id, type: req.type, description: req.description, action, createdBy: actor.accountId, createdAt: new Date(deps.clock.now()).toISOString() };
  const saved = { ...review, findings: [...review.findings, finding] };
  await rd.reviews.store.saveReview(saved);
  return saved;
}

/** The reason a published draft records: which finding of which review, and what changed. */
export function publishReason(review: ReviewRecord, finding: Finding): string {
  const change = finding.action.kind === 'policyChange' ? describeLevelChange(finding.action.change) : '';
  return `Finding ${finding.id} (${finding.type}) of post-incident review ${review.issueKey} for ${review.incidentKey}: ${finding.description} — ${change}`.slice(0, 2000);
}
