import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { AuditView, Deviation } from '../../../src/contracts/governance.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { RULE_LABELS } from './ruleLabels.js';


/** A deviation with its evidence, and the auditor's disposition form (accepted with a reason, or an action raised as a Jira issue). */
export function DeviationRow({ index, period, deviation: d, name, readOnly, onChange }: {
  index: number; period: string; deviation: Deviation; name: (id: string) => string; readOnly: boolean; onChange: (a: AuditView) => void;
}) {
  const [kind, setKind] = useState<'accepted' | 'actionRaised'>('accepted');
  const [reason, setReason] = useState<string | undefined>(undefined);
  const [issueKey, setIssueKey] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `dev${index}`;

  async function save() {
    setBusy(true);
    const r = await invokeResolver('dispositionDeviation', { period, deviationId: d.id, kind, reason: reason ?? '', ...(kind === 'actionRaised' ? { issueKey: issueKey ?? '' } : {}) });
    setBusy(false);
    if (r.ok) { setErrors(new Map()); setError(null); return onChange(r.data); }
    // Each row's fields live under `dev<index>.` so ids stay unique on a page of many rows.
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) setErrors(indexFieldErrors(r.error.fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` }))));
    else setError(r.error);
  }

  return (
    <article style={{ ...stack, borderTop: '1px solid', paddingTop: 8 }} data-testid={`deviation-${d.incidentKey}-${d.rule}`}>
      <div style={row}>
        <Lozenge appearance="removed">{RULE_LABELS[d.rule]}</Lozenge>
        <strong>{d.incidentKey}</strong>
        <span style={subtle}>{d.service ?? 'no service'} · {d.policyId} v{d.policyVersion} · answers: {d.responsible}</span>
      </div>
      <div>Expected: {d.expected}</div>
      <div>Actual: {d.actual}</div>
      <div style={subtle}>Evidence: events #{d.evidence.join(', #')} on {d.incidentKey}'s timeline</div>
      {d.disposition ? (
        <div data-testid="deviation-disposition">
          <Lozenge appearance="success">{d.disposition.kind === 'accepted' ? 'Accepted' : `Action ${d.disposition.issueKey}`}</Lozenge> {d.disposition.reason} — {name(d.disposition.by)}, {new Date(d.disposition.at).toLocaleString()}
        </div>
      ) : readOnly ? null : (
        <FieldErrorsContext.Provider value={errors}>
          <form style={row} onSubmit={(e) => { e.preventDefault(); void save(); }}>
            <SelectInput path={[prefix, 'kind']} label="Disposition" value={kind} options={[{ value: 'accepted', label: 'Accept with reason' }, { value: 'actionRaised', label: 'Raise an action' }]}
              onChange={(v) => setKind(v ?? 'accepted')} />
            <TextInput path={[prefix, 'reason']} label="Reason" value={reason} optional onChange={setReason} width="20rem" />
            {kind === 'actionRaised' && <TextInput path={[prefix, 'issueKey']} label="Jira issue tracking the action" value={issueKey} optional onChange={setIssueKey} width="10rem" />}
            <Button type="submit" appearance="primary" isDisabled={busy} testId="deviation-save">Record disposition</Button>
          </form>
          {error && <ErrorState error={error} />}
        </FieldErrorsContext.Provider>
      )}
    </article>
  );
}
