import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { AuditListItem, AuditView } from '../../../src/contracts/governance.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { AccessReviewSection } from './AccessReviewSection.js';
import { AuditDetail } from './AuditDetail.js';
import { ControlsSection } from './ControlsSection.js';
import { KpiSection } from './KpiSection.js';
import { TrailCheck } from './TrailCheck.js';

/** The month before today's, as the audit's period picker offers it first. */
function lastMonth(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/**
 * Governance: the monthly adherence audits (run, disposition each deviation, sign off), the
 * quarterly access review, the KPI report for compliance officers,
 * control catalogue with its evidence, and the audit trail's integrity check. Who may do what is decided on the server: auditors judge,
 * admins may run an audit, everyone else is told they are not allowed.
 */
export function GovernancePage() {
  const [audits, setAudits] = useState<AuditListItem[] | null>(null);
  const [open, setOpen] = useState<AuditView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [period, setPeriod] = useState(lastMonth());
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listAdherenceAudits', {});
    if (r.ok) setAudits(r.data); else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function show(p: string) {
    const r = await invokeResolver('getAdherenceAudit', { period: p });
    if (r.ok) setOpen(r.data); else setError(r.error);
  }

  async function run() {
    setBusy(true);
    setError(null);
    const r = await invokeResolver('runAdherenceAudit', { period });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setOpen(r.data);
    void load();
  }

  if (!audits && error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!audits) return <LoadingState label="Loading audits…" />;
  return (
    <div style={stack} data-testid="governance">
      <section style={card} aria-label="Adherence audits">
        <h2 style={heading}>Monthly adherence audits</h2>
        <p style={subtle}>On the first of each month every incident escalated in the month before is checked against the policy version that was in force. An auditor dispositions each deviation and signs the audit off.</p>
        <div style={row}>
          <label htmlFor="audit-period">Month</label>
          <input id="audit-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="audit-period" />
          <Button appearance="primary" onClick={() => void run()} isDisabled={busy || !/^\d{4}-\d{2}$/.test(period)} testId="audit-run-now">{busy ? 'Auditing…' : 'Run audit'}</Button>
        </div>
        {error && <ErrorState error={error} />}
        {audits.length === 0 ? <EmptyState testId="audits-none">No audit has run yet.</EmptyState> : (
          <table data-testid="audits-table">
            <thead><tr><th scope="col">Month</th><th scope="col">Adherence</th><th scope="col">Deviations</th><th scope="col">Without disposition</th><th scope="col">Status</th><th scope="col">Details</th></tr></thead>
            <tbody>
              {audits.map((a) => (
                <tr key={a.period} data-testid={`audit-row-${a.period}`}>
                  <td>{a.period}</td>
                  <td>{a.adherencePercent === null ? '—' : `${a.adherencePercent}%`}</td>
                  <td>{a.deviations}</td>
                  <td>{a.undisposed}</td>
                  <td>{a.status === 'signedOff' ? <Lozenge appearance="success">Signed off</Lozenge> : <Lozenge appearance="inprogress">Open</Lozenge>}</td>
                  <td><Button appearance="subtle" onClick={() => void show(a.period)} testId={`audit-open-${a.period}`}>Open</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open && <div id="audit"><AuditDetail audit={open} onChange={(a) => { setOpen(a); void load(); }} /></div>}
      <AccessReviewSection />
      <KpiSection />
      <ControlsSection initialPeriod={lastMonth()} onOpenAudit={(p) => void show(p)} />
      <TrailCheck />
    </div>
  );
}
