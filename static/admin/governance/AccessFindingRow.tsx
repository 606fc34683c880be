import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { AccessFinding, AccessReviewsView } from '../../../src/contracts/accessReview.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { FINDING_LABELS } from './findingLabels.js';

const SEVERITY = { high: 'removed', medium: 'moved', low: 'default' } as const;

/** One finding of an access review: what the log shows, by whom, and the reviewer's sign-off. */
export function AccessFindingRow({ index, quarter, finding: f, name, canSign, onChange }: {
  index: number; quarter: string; finding: AccessFinding; name: (id: string) => string; canSign: boolean; onChange: (v: AccessReviewsView) => void;
}) {
  const [outcome, setOutcome] = useState<'accepted' | 'actionNeeded'>('accepted');
  const [note, setNote] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `finding${index}`;

  async function save() {
    setBusy(true);
    const r = await invokeResolver('signOffAccessFinding', { quarter, findingId: f.id, outcome, note: note ?? '' });
    setBusy(false);
    if (r.ok) { setErrors(new Map()); setError(null); return onChange(r.data); }
    // Each row's fields live under `finding<index>.` so ids stay unique on a page of many rows.
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) setErrors(indexFieldErrors(r.error.fields.map((x) => ({ ...x, field: `${prefix}.${x.field}` }))));
    else setError(r.error);
  }

  const person = f.actor === 'unknown' ? 'someone Jira could not name' : name(f.actor);
  // Jira keeps no history of property writes: for a bypass attempt the app can only name who last edited the issue.
  const who = f.kind === 'bypassAttempt' ? `last issue edit by ${person}` : person;
  return (
    <article style={{ ...stack, borderTop: '1px solid', paddingTop: 8 }} data-testid={`access-finding-${f.kind}`}>
      <div style={row}>
        <Lozenge appearance={SEVERITY[f.severity]}>{f.severity}</Lozenge>
        <strong>{FINDING_LABELS[f.kind]}</strong>
        <span data-testid="access-finding-actor">{who}</span>
        <span style={subtle}>{f.count === 1 ? new Date(f.firstAt).toLocaleString() : `${f.count} times, ${new Date(f.firstAt).toLocaleDateString()} – ${new Date(f.lastAt).toLocaleDateString()}`}</span>
      </div>
      <div>{f.summary}</div>
      <details>
        <summary>Access-log lines ({f.entries.length}{f.count > f.entries.length ? ` of ${f.count}` : ''})</summary>
        <ul>{f.entries.map((e, i) => <li key={i}>{e.at} · {e.action}{e.issueKey ? ` · ${e.issueKey}` : ''} · {e.allowed ? 'allowed' : 'refused'}: {e.reason}</li>)}</ul>
      </details>
      {f.signOff ? (
        <div data-testid="access-finding-signoff">
          <Lozenge appearance={f.signOff.outcome === 'accepted' ? 'success' : 'moved'}>{f.signOff.outcome === 'accepted' ? 'Accepted' : 'Action needed'}</Lozenge> {f.signOff.note} — {name(f.signOff.by)}, {new Date(f.signOff.at).toLocaleString()}
        </div>
      ) : canSign ? (
        <FieldErrorsContext.Provider value={errors}>
          <form style={row} onSubmit={(e) => { e.preventDefault(); void save(); }}>
            <SelectInput path={[prefix, 'outcome']} label="Decision" value={outcome} options={[{ value: 'accepted', label: 'Accepted' }, { value: 'actionNeeded', label: 'Action needed' }]}
              onChange={(v) => setOutcome(v ?? 'accepted')} />
            <TextInput path={[prefix, 'note']} label={outcome === 'accepted' ? 'Why it is acceptable' : 'What action, and who takes it'} value={note} optional onChange={setNote} width="22rem" />
            <Button type="submit" appearance="primary" isDisabled={busy} testId="access-finding-sign">Sign off</Button>
          </form>
          {error && <ErrorState error={error} />}
        </FieldErrorsContext.Provider>
      ) : <div style={subtle}>Not signed off yet.</div>}
    </article>
  );
}
