import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { AccessReviewsView } from '../../../src/contracts/accessReview.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { AccessFindingRow } from './AccessFindingRow.js';

/** The quarter before today's (UTC), as the run picker offers it first. */
function lastQuarter(): string {
  const d = new Date();
  const q = Math.floor(d.getUTCMonth() / 3);
  return q === 0 ? `${d.getUTCFullYear() - 1}-Q4` : `${d.getUTCFullYear()}-Q${q}`;
}

/**
 * The quarterly access review: what the access log shows (bypass attempts, refusals, role
 * changes, new actors), who reviews it, their sign-off of each finding and the completion.
 * The server decides who may do what: admins and auditors run and assign, only the assigned
 * auditor signs off.
 */
export function AccessReviewSection() {
  const [view, setView] = useState<AccessReviewsView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [quarter, setQuarter] = useState<string | undefined>(lastQuarter());
  const [reviewer, setReviewer] = useState<string[]>([]);
  const [statement, setStatement] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (q?: string) => {
    const r = await invokeResolver('getAccessReviews', q ? { quarter: q } : {});
    if (r.ok) { setView(r.data); setError(null); } else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function act(call: () => ReturnType<typeof invokeResolver<'runAccessReview'>>, done?: string) {
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (r.ok) { setView(r.data); setErrors(new Map()); setError(null); if (done) notify(done); return; }
    // Under `accessReview.`, so ids stay unique beside the audit's own fields on this page.
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) setErrors(indexFieldErrors(r.error.fields.map((f) => ({ ...f, field: `accessReview.${f.field}` })))); else setError(r.error);
  }

  if (!view && error) return <section style={card} aria-label="Quarterly access review"><ErrorState error={error} onRetry={() => void load()} /></section>;
  if (!view) return <LoadingState label="Loading access reviews…" />;
  const current = view.current;
  const name = (id: string) => current?.names[id] ?? view.names[id] ?? id;
  const unsigned = current ? current.findings.filter((f) => f.signOff === null).length : 0;
  return (
    <section id="access-review" style={card} aria-label="Quarterly access review" data-testid="access-review">
      <h2 style={heading}>Quarterly access review</h2>
      <p style={subtle}>At the start of each quarter the access log of the quarter before is reviewed for bypass attempts (escalation records changed outside the app), refused actions, role changes and people acting for the first time. The assigned auditor signs off each finding and completes the review.</p>
      <FieldErrorsContext.Provider value={errors}>
        <form style={row} onSubmit={(e) => { e.preventDefault(); void act(() => invokeResolver('runAccessReview', { quarter: quarter ?? '' })); }}>
          <TextInput path={['accessReview', 'quarter']} label="Quarter (YYYY-Qn)" value={quarter} onChange={setQuarter} width="8rem" />
          <Button type="submit" appearance="primary" isDisabled={busy} testId="access-review-run">Run review</Button>
        </form>
        {view.reviews.length > 0 && (
          <table data-testid="access-reviews-table">
            <thead><tr><th scope="col">Quarter</th><th scope="col">Reviewer</th><th scope="col">Findings</th><th scope="col">Not signed off</th><th scope="col">Status</th><th scope="col">Details</th></tr></thead>
            <tbody>
              {view.reviews.map((r) => (
                <tr key={r.quarter} data-testid={`access-review-row-${r.quarter}`}>
                  <td>{r.quarter}</td><td>{r.reviewer ? view.names[r.reviewer] ?? r.reviewer : 'Not assigned'}</td><td>{r.findings}</td><td>{r.unsigned}</td>
                  <td>{r.status === 'completed' ? <Lozenge appearance="success">Completed</Lozenge> : <Lozenge appearance="inprogress">Open</Lozenge>}</td>
                  <td><Button appearance="subtle" onClick={() => void load(r.quarter)} testId={`access-review-open-${r.quarter}`}>Open</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {error && <ErrorState error={error} />}
        {!current ? <EmptyState testId="access-review-none">No access review has run yet.</EmptyState> : (
          <div style={stack} data-testid="access-review-detail">
            <h3 style={heading}>Review of {current.quarter}</h3>
            <p style={subtle}>
              {current.entriesReviewed} access-log lines reviewed; opened {new Date(current.openedAt).toLocaleString()} by {current.openedBy.startsWith('app:') ? 'the quarterly schedule' : name(current.openedBy)}.
              {current.truncated && ' The log held more than one review reads: the oldest lines of the quarter were not reviewed.'}
              {current.escalatedAt && <> <Lozenge appearance="removed">Overdue</Lozenge></>}
            </p>
            <div data-testid="access-review-reviewer">Reviewer: <strong>{current.reviewer ? name(current.reviewer) : 'not assigned'}</strong></div>
            {current.status === 'open' && (
              <form style={row} onSubmit={(e) => { e.preventDefault(); void act(() => invokeResolver('assignAccessReview', { quarter: current.quarter, reviewer: reviewer[0] ?? '' }), 'Reviewer assigned'); }}>
                <DirectoryPicker path={['accessReview', 'reviewer']} label="Assign to (an auditor)" kind="user" multiple={false} value={reviewer} onChange={setReviewer} width={280} />
                <Button type="submit" isDisabled={busy} testId="access-review-assign">Assign</Button>
              </form>
            )}
            <h3 style={heading}>Findings ({current.findings.length}, {unsigned} not signed off)</h3>
            {current.findings.length === 0 ? <p>Nothing in the quarter's access log needs a decision.</p> : (
              <div style={stack} data-testid="access-findings">
                {current.findings.map((f, i) => (
                  <AccessFindingRow key={f.id} index={i} quarter={current.quarter} finding={f} name={name} canSign={current.status === 'open' && current.reviewer !== null} onChange={setView} />
                ))}
              </div>
            )}
            {current.completed ? (
              <p data-testid="access-review-completed"><Lozenge appearance="success">Completed</Lozenge> by {name(current.completed.by)} on {new Date(current.completed.at).toLocaleString()}: “{current.completed.statement}”</p>
            ) : current.reviewer && (
              <form style={stack} onSubmit={(e) => { e.preventDefault(); void act(() => invokeResolver('completeAccessReview', { quarter: current.quarter, statement: statement ?? '' }), `Access review of ${current.quarter} completed`); }}>
                <FieldMessages path="accessReview.findings" />
                <TextInput path={['accessReview', 'statement']} label="Attestation: what you reviewed and what follows from it" multiline width="100%" value={statement} optional onChange={setStatement} />
                <div style={row}><Button type="submit" appearance="primary" isDisabled={busy} testId="access-review-complete">Complete the review</Button></div>
              </form>
            )}
          </div>
        )}
      </FieldErrorsContext.Provider>
    </section>
  );
}
