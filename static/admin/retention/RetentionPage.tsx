import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { retentionRecordTypes, type RetentionDays, type RetentionView } from '../../../src/contracts/retention.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { LegalHolds } from './LegalHolds.js';
import { RECORD_TYPE_LABELS } from './recordTypeLabels.js';

/**
 * Retention: how long each kind of record is kept (versioned, every change logged), legal
 * holds, and what the daily purge deleted (type, count and dates, never the content).
 */
export function RetentionPage() {
  const [view, setView] = useState<RetentionView | null>(null);
  const [draft, setDraft] = useState<Partial<RetentionDays>>({});
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const show = (v: RetentionView) => { setView(v); setDraft(v.days); };
  const load = useCallback(async () => {
    const r = await invokeResolver('getRetention', {});
    if (r.ok) show(r.data); else setFailure(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function save() {
    if (!view) return;
    const r = await invokeResolver('saveRetention', { days: draft as RetentionDays, baseVersion: view.current?.version ?? 0, reason });
    if (!r.ok) { setErrors(indexFieldErrors(r.error.fields)); setFailure(r.error.fields.length ? null : r.error); setSaved(false); return; }
    setErrors(new Map()); setFailure(null); setReason(''); setSaved(true);
    show(r.data);
  }

  if (!view && failure) return <ErrorState error={failure} onRetry={() => void load()} />;
  if (!view) return <LoadingState label="Loading retention…" />;
  return (
    <div style={stack} data-testid="retention">
      <FieldErrorsContext.Provider value={errors}>
        <form style={{ ...card, ...stack }} aria-label="Retention periods" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <h2 style={heading}>Retention periods</h2>
          <p style={subtle}>Between {view.bounds.min} days and {view.bounds.max} days (10 years) per kind of record. {view.current ? `Version ${view.current.version}, saved ${view.current.savedAt.slice(0, 10)}: ${view.current.reason}` : 'Defaults: nobody has saved these yet.'}</p>
          {failure && <ErrorState error={failure} />}
          <ErrorSummary errors={errors} />
          <div style={row}>
            {retentionRecordTypes.map((t) => (
              <div key={t} data-testid={`retention-${t}`}>
                <NumberInput path={['days', t]} label={`${RECORD_TYPE_LABELS[t]} (days)`} value={draft[t]} min={view.bounds.min} max={view.bounds.max} width={190}
                  onChange={(v) => setDraft((d) => ({ ...d, [t]: v }))} />
                <span style={subtle}>{view.purged.includes(t) ? 'purged daily' : 'kept: not purged yet'}</span>
              </div>
            ))}
          </div>
          <TextInput path={['reason']} label="Reason for this change" value={reason} onChange={(v) => setReason(v ?? '')} />
          <div style={row}>
            <Button appearance="primary" type="submit" testId="retention-save">Save retention</Button>
            {saved && <span role="status" data-testid="retention-saved">Saved as version {view.current?.version}</span>}
          </div>
        </form>
      </FieldErrorsContext.Provider>
      <LegalHolds view={view} onChange={show} />
      <section style={card} aria-label="Purges" data-testid="purges">
        <h2 style={heading}>What the daily purge deleted</h2>
        <p style={subtle}>{view.checkpoint ? (view.checkpoint.done ? `Last run ${view.checkpoint.startedAt.slice(0, 10)} finished.` : `A run from ${view.checkpoint.startedAt.slice(0, 10)} is in progress; the next daily run resumes it.`) : 'The purge has not run yet.'}</p>
        {view.purges.length > 0 && (
          <table data-testid="purges-table">
            <thead><tr><th scope="col">When</th><th scope="col">Records</th><th scope="col">How many</th><th scope="col">Oldest</th><th scope="col">Newest</th></tr></thead>
            <tbody>{view.purges.map((p) => (
              <tr key={`${p.runId}:${p.batch}`}><td>{p.at.slice(0, 16).replace('T', ' ')}</td><td>{RECORD_TYPE_LABELS[p.type]}</td><td>{p.count}</td><td>{p.oldest.slice(0, 10)}</td><td>{p.newest.slice(0, 10)}</td></tr>
            ))}</tbody>
          </table>
        )}
      </section>
      <section style={card} aria-label="Retention history">
        <h2 style={heading}>History</h2>
        <ul data-testid="retention-versions">{view.versions.map((v) => <li key={v.version}>Version {v.version}, {v.savedAt.slice(0, 10)}: {v.reason}</li>)}</ul>
      </section>
    </div>
  );
}
