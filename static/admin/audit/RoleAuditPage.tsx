import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { RoleAuditView } from '../../../src/contracts/duties.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { AuditFindings } from './AuditFindings.js';
import { PersonName } from '../../shared/people/PersonName.js';

const dateOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * The quarterly role validation: run it, read the findings, and attest what was reviewed.
 * The latest audit is the only one that can be attested, and only once (the server says so).
 */
export function RoleAuditPage() {
  const [view, setView] = useState<RoleAuditView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [statement, setStatement] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('getRoleAudit', {});
    if (r.ok) setView(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function run() {
    setBusy(true);
    const r = await invokeResolver('runRoleAudit', {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setView(r.data);
    setErrors(new Map());
  }

  async function attest(auditId: string) {
    setBusy(true);
    const r = await invokeResolver('attestRoleAudit', { auditId, statement: statement ?? '' });
    setBusy(false);
    if (r.ok) { setView(r.data); setStatement(undefined); setErrors(new Map()); return notify('Role audit attested'); }
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) return setErrors(indexFieldErrors(r.error.fields));
    setError(r.error);
  }

  if (!view && error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!view) return <LoadingState label="Loading role audit…" />;
  const { audit } = view;
  return (
    <div style={stack} data-testid="role-audit">
      <div style={row} data-testid="audit-due">
        <span>Next attestation due {dateOf(view.dueAt)}</span>
        {view.overdue ? <Lozenge appearance="removed" isBold>Overdue</Lozenge> : <Lozenge appearance="success">On time</Lozenge>}
        <span style={subtle}>{view.lastAttestedAt ? `Last attested ${dateOf(view.lastAttestedAt)}.` : 'Never attested.'}</span>
        <Button appearance="primary" onClick={() => void run()} isDisabled={busy} testId="audit-run">Run audit now</Button>
      </div>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!audit ? <EmptyState testId="audit-none">No audit has run yet.</EmptyState> : (
        <section style={card} aria-label="Latest audit">
          <h3 style={heading}>Audit of {new Date(audit.ranAt).toLocaleString()} by {audit.ranBy}</h3>
          <AuditFindings findings={audit.findings} />
          {audit.attestation ? (
            <p data-testid="audit-attestation">
              <Lozenge appearance="success">Attested</Lozenge> by <PersonName accountId={audit.attestation.by} /> on {new Date(audit.attestation.at).toLocaleString()}: “{audit.attestation.statement}”
            </p>
          ) : (
            <FieldErrorsContext.Provider value={errors}>
              <form style={stack} onSubmit={(e) => { e.preventDefault(); void attest(audit.id); }}>
                <TextInput path={['statement']} label="Attestation: what you reviewed and what you did about the findings" multiline width="100%"
                  value={statement} optional onChange={setStatement} />
                <div><Button type="submit" appearance="primary" isDisabled={busy || !statement} testId="audit-attest">Attest this audit</Button></div>
              </form>
            </FieldErrorsContext.Provider>
          )}
        </section>
      )}
    </div>
  );
}
