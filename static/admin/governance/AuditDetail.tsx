import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { AuditView, Deviation } from '../../../src/contracts/governance.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { notify } from '../../shared/notify.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { AdherenceBars } from './AdherenceBars.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { RULE_LABELS } from './ruleLabels.js';
import { DeviationRow } from './DeviationRow.js';

/** One audit: figures per rule, policy and service, every deviation with its disposition, and the sign-off. */
export function AuditDetail({ audit, onChange }: { audit: AuditView; onChange: (a: AuditView) => void }) {
  const [statement, setStatement] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (id: string) => audit.names[id] ?? id;
  const undisposed = audit.deviations.filter((d) => d.disposition === null).length;

  async function signOff() {
    setBusy(true);
    const r = await invokeResolver('signOffAdherenceAudit', { period: audit.period, statement: statement ?? '' });
    setBusy(false);
    if (r.ok) { setErrors(new Map()); setError(null); onChange(r.data); return notify(`Audit of ${audit.period} signed off`); }
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) return setErrors(indexFieldErrors(r.error.fields));
    setError(r.error);
  }

  return (
    <section style={card} aria-label={`Audit of ${audit.period}`} data-testid="audit-detail">
      <h2 style={heading}>Audit of {audit.period}</h2>
      <p style={subtle}>
        {audit.incidentsAudited} incident{audit.incidentsAudited === 1 ? '' : 's'} audited; run {new Date(audit.ranAt).toLocaleString()} by {audit.ranBy.startsWith('app:') ? 'the monthly schedule' : name(audit.ranBy)}.
        {audit.truncated && ' Only the first 1,000 incidents were audited.'}
        {audit.escalatedAt && <> <Lozenge appearance="removed">Sign-off overdue</Lozenge></>}
      </p>
      <p data-testid="audit-adherence">Adherence: <strong>{audit.summary.total.adherencePercent === null ? 'nothing fell due' : `${audit.summary.total.adherencePercent}%`}</strong> of {audit.summary.total.checks} checks met.</p>
      <AdherenceBars title="By rule" figures={audit.summary.byRule} label={(k) => RULE_LABELS[k as Deviation['rule']] ?? k} />
      <AdherenceBars title="By policy" figures={audit.summary.byPolicy} />
      <AdherenceBars title="By service" figures={audit.summary.byService} />
      {audit.skipped.length > 0 && (
        <details><summary>{audit.skipped.length} incidents not audited</summary>
          <ul>{audit.skipped.map((s) => <li key={s.incidentKey}>{s.incidentKey}: {s.reason}</li>)}</ul>
        </details>
      )}
      <h3 style={heading}>Deviations ({audit.deviations.length}, {undisposed} without disposition)</h3>
      {audit.deviations.length === 0 ? <p>No deviations.</p> : (
        <div style={stack} data-testid="deviations">
          {audit.deviations.map((d: Deviation, i) => (
            <DeviationRow key={d.id} index={i} period={audit.period} deviation={d} name={name} readOnly={audit.status === 'signedOff'} onChange={onChange} />
          ))}
        </div>
      )}
      {audit.signedOff ? (
        <p data-testid="audit-signed-off"><Lozenge appearance="success">Signed off</Lozenge> by {name(audit.signedOff.by)} on {new Date(audit.signedOff.at).toLocaleString()}: “{audit.signedOff.statement}”</p>
      ) : (
        <FieldErrorsContext.Provider value={errors}>
          <form style={stack} onSubmit={(e) => { e.preventDefault(); void signOff(); }}>
            <FieldMessages path="deviations" />
            <TextInput path={['statement']} label="Attestation: what you reviewed and what was done about the deviations" multiline width="100%" value={statement} optional onChange={setStatement} />
            {error && <ErrorState error={error} />}
            <div style={row}><Button type="submit" appearance="primary" isDisabled={busy} testId="audit-sign-off">Sign off this audit</Button></div>
          </form>
        </FieldErrorsContext.Provider>
      )}
    </section>
  );
}
