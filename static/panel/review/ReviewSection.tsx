import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { ReviewView } from '../../../src/contracts/reviewView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { heading, row, stack, subtle } from '../../shared/styles.js';
import { FindingForm, FINDING_LABELS } from './FindingForm.js';
import { ReviewContentForm } from './ReviewContentForm.js';
import { ReviewTimeline } from './ReviewTimeline.js';
import { useReview, type ApplyReview } from './useReview.js';

/** Offers a file to download without leaving the panel. */
function download(filename: string, contentType: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** The post-incident review of this incident (or of the incident this review issue belongs to). */
export function ReviewSection({ issueKey, refreshKey }: { issueKey: string; refreshKey: string }) {
  const { load, apply } = useReview(issueKey, refreshKey);
  if (load.kind === 'loading') return null;
  if (load.kind === 'error') return <ErrorState error={load.error} title="Cannot show the post-incident review" />;
  if (load.view === null) return null;
  return <ReviewBody view={load.view} apply={apply} />;
}

function ReviewBody({ view, apply }: { view: ReviewView; apply: ApplyReview }) {
  const [error, setError] = useState<ResolverError | null>(null);
  const [reopening, setReopening] = useState(false);
  const r = view.review;
  const open = r.status === 'open';
  const canEdit = view.permissions.edit.allowed;
  const run = async (p: Promise<Awaited<ReturnType<ApplyReview>>>) => { setError(null); const x = await apply(p); if (!x.ok) setError(x.error); };
  const exportAs = async (format: 'html' | 'json') => {
    const x = await invokeResolver('exportReview', { issueKey: r.incidentKey, format });
    if (x.ok) download(x.data.filename, x.data.contentType, x.data.body); else setError(x.error);
  };
  return (
    <section aria-labelledby="review-heading" style={stack} data-testid="review-section" data-status={r.status}>
      <h3 id="review-heading" style={heading}>Post-incident review {r.issueKey}</h3>
      <div style={row}>
        <Lozenge appearance={open ? 'inprogress' : 'success'} testId="review-status">{open ? (r.pausedAt ? 'Paused' : 'Open') : 'Completed'}</Lozenge>
        <span data-testid="review-owner">Owner: {view.ownerName ?? 'nobody'}</span>
        <span style={subtle} data-testid="review-due">Due {new Date(r.dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
      </div>
      {!canEdit && view.permissions.edit.reason && <span style={subtle}>{view.permissions.edit.reason}</span>}
      <ReviewTimeline timeline={view.timeline} />
      <ReviewContentForm view={view} apply={apply} disabled={!open || !canEdit} />
      <h4 style={{ margin: 0 }}>Findings</h4>
      <ul data-testid="review-findings">
        {r.findings.map((f) => (
          <li key={f.id} data-testid="review-finding">
            <strong>{f.id} · {FINDING_LABELS[f.type]}</strong>: {f.description} —{' '}
            {f.action.kind === 'jiraIssue' ? <span>Jira issue {f.action.issueKey}</span> : f.action.publishedVersion !== null
              ? <span>policy {f.action.policyId} version {f.action.publishedVersion} published</span>
              : <span>draft change to policy {f.action.policyId}{' '}
                {view.permissions.publish.allowed && <Button appearance="subtle" onClick={() => void run(invokeResolver('publishReviewFinding', { issueKey: r.incidentKey, findingId: f.id }))} testId={`publish-${f.id}`}>Publish</Button>}</span>}
          </li>
        ))}
      </ul>
      {open && canEdit && <FindingForm view={view} apply={apply} />}
      <div style={row}>
        {open
          ? <Button appearance="primary" isDisabled={!canEdit || r.content.whatHappened.trim() === ''} onClick={() => void run(invokeResolver('completeReview', { issueKey: r.incidentKey }))} testId="review-complete">Complete review</Button>
          : <Button isDisabled={!canEdit} onClick={() => setReopening(true)} testId="review-reopen">Reopen review</Button>}
        <Button appearance="subtle" onClick={() => void exportAs('html')} testId="review-export-html">Export HTML</Button>
        <Button appearance="subtle" onClick={() => void exportAs('json')} testId="review-export-json">Export JSON</Button>
      </div>
      {error && <ErrorState error={error} title="That did not work" />}
      <ReasonDialog open={reopening} title="Reopen the review" confirmLabel="Reopen" onClose={() => setReopening(false)}
        onConfirm={(reason) => { setReopening(false); void run(invokeResolver('reopenReview', { issueKey: r.incidentKey, reason })); }} />
    </section>
  );
}
