import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { pathNames, type PathName } from '../../../src/contracts/common.js';
import { findingTypes, type FindingType } from '../../../src/contracts/reviewContent.js';
import type { ReviewView } from '../../../src/contracts/reviewView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { input, row, stack } from '../../shared/styles.js';
import type { ApplyReview } from './useReview.js';

export const FINDING_LABELS: Record<FindingType, string> = {
  threshold: 'Threshold', routing: 'Routing', onCallCoverage: 'On-call coverage', runbook: 'Runbook',
  tooling: 'Tooling', communication: 'Communication', monitoring: 'Monitoring',
};

/** A typed finding with its action: a Jira issue, or a proposed change to one level's timing. */
export function FindingForm({ view, apply }: { view: ReviewView; apply: ApplyReview }) {
  const [type, setType] = useState<FindingType>('threshold');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<'jiraIssue' | 'policyChange'>('jiraIssue');
  const [summary, setSummary] = useState('');
  const [policyId, setPolicyId] = useState(view.review.policyId ?? view.policies[0]?.id ?? '');
  const [path, setPath] = useState<PathName>(view.review.pathsReached[0] ?? 'technical');
  const [level, setLevel] = useState(1);
  const [ackTimeout, setAckTimeout] = useState(10);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const id = { type: useId(), desc: useId(), kind: useId(), summary: useId(), policy: useId(), path: useId(), level: useId(), ack: useId() };

  async function add() {
    setBusy(true);
    setError(null);
    const action = kind === 'jiraIssue'
      ? { kind, summary }
      : { kind, policyId, change: { path, level, ackTimeoutMinutes: ackTimeout } };
    const r = await apply(invokeResolver('addReviewFinding', { issueKey: view.review.incidentKey, type, description, action }));
    setBusy(false);
    if (r.ok) { setDescription(''); setSummary(''); } else setError(r.error);
  }

  return (
    <div style={stack} data-testid="finding-form">
      <div style={row}>
        <label htmlFor={id.type} style={stack}>Finding type
          <select id={id.type} style={input} value={type} onChange={(e) => setType(e.target.value as FindingType)} data-testid="finding-type">
            {findingTypes.map((t) => <option key={t} value={t}>{FINDING_LABELS[t]}</option>)}
          </select>
        </label>
        <label htmlFor={id.kind} style={stack}>Action
          <select id={id.kind} style={input} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="finding-action-kind">
            <option value="jiraIssue">Open a Jira issue</option>
            <option value="policyChange">Propose a policy change</option>
          </select>
        </label>
      </div>
      <label htmlFor={id.desc} style={stack}>Finding
        <textarea id={id.desc} style={input} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="finding-description" />
      </label>
      {kind === 'jiraIssue' ? (
        <label htmlFor={id.summary} style={stack}>Issue summary
          <input id={id.summary} style={input} value={summary} onChange={(e) => setSummary(e.target.value)} data-testid="finding-summary" />
        </label>
      ) : (
        <div style={row}>
          <label htmlFor={id.policy} style={stack}>Policy
            <select id={id.policy} style={input} value={policyId} onChange={(e) => setPolicyId(e.target.value)} data-testid="finding-policy">
              {view.policies.map((p) => <option key={p.id} value={p.id}>{p.name} (v{p.version})</option>)}
            </select>
          </label>
          <label htmlFor={id.path} style={stack}>Path
            <select id={id.path} style={input} value={path} onChange={(e) => setPath(e.target.value as PathName)} data-testid="finding-path">
              {pathNames.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          <label htmlFor={id.level} style={stack}>Level
            <input id={id.level} style={input} type="number" min={1} max={10} value={level} onChange={(e) => setLevel(Number(e.target.value))} data-testid="finding-level" />
          </label>
          <label htmlFor={id.ack} style={stack}>New acknowledgement timeout (min)
            <input id={id.ack} style={input} type="number" min={1} value={ackTimeout} onChange={(e) => setAckTimeout(Number(e.target.value))} data-testid="finding-ack-timeout" />
          </label>
        </div>
      )}
      <div><Button isDisabled={busy || description.trim().length < 3} isLoading={busy} onClick={() => void add()} testId="finding-add">Record finding</Button></div>
      {error && <ErrorState error={error} title="The finding was not recorded" />}
    </div>
  );
}
