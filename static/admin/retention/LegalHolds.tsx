import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { LegalHold, LegalHoldScope, RetentionView } from '../../../src/contracts/retention.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';

const scopeText = (s: LegalHoldScope) => (s.kind === 'incident' ? `Incident ${s.issueKey}` : `${s.from} to ${s.to}`);

/** Legal holds: while one is active the daily purge passes over everything it covers. */
export function LegalHolds({ view, onChange }: { view: RetentionView; onChange: (v: RetentionView) => void }) {
  const [kind, setKind] = useState<'incident' | 'period'>('incident');
  const [issueKey, setIssueKey] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [releasing, setReleasing] = useState<LegalHold | null>(null);

  async function place() {
    const scope = kind === 'incident' ? { kind, issueKey } : { kind, from, to };
    const r = await invokeResolver('placeLegalHold', { scope, reason });
    // The hold's reason box is "hold.reason", so its id and messages never clash with the retention form's.
    if (!r.ok) { setErrors(indexFieldErrors(r.error.fields.map((f) => (f.field === 'reason' ? { ...f, field: 'hold.reason' } : f)))); setFailure(r.error.fields.length ? null : r.error); return; }
    setErrors(new Map()); setFailure(null); setReason(''); setIssueKey('');
    onChange(r.data);
  }

  async function release(h: LegalHold, why: string) {
    const r = await invokeResolver('releaseLegalHold', { id: h.id, reason: why });
    setReleasing(null);
    if (r.ok) onChange(r.data); else setFailure(r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <section style={card} aria-label="Legal holds" data-testid="legal-holds">
        <h2 style={heading}>Legal holds</h2>
        <p style={subtle}>Nothing a hold covers is deleted, however old, until the hold is released.</p>
        {failure && <ErrorState error={failure} />}
        <form style={stack} onSubmit={(e) => { e.preventDefault(); void place(); }}>
          <div style={row}>
            <SelectInput path={['scope', 'kind']} label="Hold" value={kind} options={[{ value: 'incident', label: 'One incident' }, { value: 'period', label: 'A period' }]} onChange={(v) => v && setKind(v as 'incident' | 'period')} />
            {kind === 'incident'
              ? <TextInput path={['scope', 'issueKey']} label="Incident" value={issueKey} onChange={(v) => setIssueKey(v ?? '')} placeholder="ITOPS-12" width={160} />
              : <>
                <TextInput path={['scope', 'from']} label="From (YYYY-MM-DD)" value={from} onChange={(v) => setFrom(v ?? '')} width={160} />
                <TextInput path={['scope', 'to']} label="To (YYYY-MM-DD)" value={to} onChange={(v) => setTo(v ?? '')} width={160} />
              </>}
          </div>
          <TextInput path={['hold', 'reason']} label="Why (case, regulator, request)" value={reason} onChange={(v) => setReason(v ?? '')} />
          <div><Button appearance="primary" type="submit" testId="hold-place">Place hold</Button></div>
        </form>
        {view.holds.length > 0 && (
          <table data-testid="holds-table">
            <thead><tr><th scope="col">Covers</th><th scope="col">Why</th><th scope="col">Placed</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
            <tbody>{view.holds.map((h) => (
              <tr key={h.id} data-testid={`hold-${h.id}`}>
                <td>{scopeText(h.scope)}</td><td>{h.reason}</td><td>{h.placedAt.slice(0, 10)}</td>
                <td>{h.released ? <Lozenge>Released {h.released.at.slice(0, 10)}</Lozenge> : <Lozenge appearance="moved">Active</Lozenge>}</td>
                <td>{!h.released && <Button appearance="subtle" onClick={() => setReleasing(h)} testId={`hold-release-${h.id}`}>Release</Button>}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
        <ReasonDialog open={releasing !== null} title={`Release the hold on ${releasing ? scopeText(releasing.scope) : ''}`} confirmLabel="Release hold"
          onConfirm={(why) => { if (releasing) void release(releasing, why); }} onClose={() => setReleasing(null)} />
      </section>
    </FieldErrorsContext.Provider>
  );
}
