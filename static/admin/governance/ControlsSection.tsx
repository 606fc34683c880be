import { Fragment, useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ControlAssessment, ControlsReport } from '../../../src/contracts/controls.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { card, heading, row, subtle } from '../../shared/styles.js';
import { checkText } from './checkLabels.js';
import { ControlStatusLozenge } from './ControlStatusLozenge.js';
import { CustomControlEditor } from './CustomControlEditor.js';
import { EvidenceLink } from './EvidenceLink.js';
import { EvidencePackButton } from './EvidencePackButton.js';

/**
 * The control catalogue for one month: each ISO/IEC 20000-1, ITIL 4 and ISO/IEC 27001 control
 * (and the site's own) with met, gap or not applicable, and under it the checks and the records
 * behind them. Admins add their own controls here; the server decides who may.
 */
export function ControlsSection({ initialPeriod, onOpenAudit }: { initialPeriod: string; onOpenAudit: (period: string) => void }) {
  const [period, setPeriod] = useState(initialPeriod);
  const [report, setReport] = useState<ControlsReport | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ControlAssessment | 'new' | null>(null);
  const [retiring, setRetiring] = useState<ControlAssessment | null>(null);

  const load = useCallback(async (p: string) => {
    setError(null);
    const r = await invokeResolver('assessControls', { period: p });
    if (r.ok) setReport(r.data); else setError(r.error);
  }, []);
  useEffect(() => { void load(initialPeriod); }, [load, initialPeriod]);

  async function retire(c: ControlAssessment, reason: string) {
    const r = await invokeResolver('deleteCustomControl', { period: report?.period ?? period, id: c.control.id, reason });
    setRetiring(null);
    if (r.ok) setReport(r.data); else setError(r.error);
  }

  return (
    <section style={card} aria-label="Controls" data-testid="controls">
      <h2 style={heading}>Controls</h2>
      <p style={subtle}>Each control is checked against the month's records: the adherence audit, policy history, access reviews, drills and the audit trail. One gap in its evidence makes the control a gap.</p>
      <div style={row}>
        <label htmlFor="controls-period">Month</label>
        <input id="controls-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="controls-period" />
        <Button onClick={() => void load(period)} isDisabled={!/^\d{4}-\d{2}$/.test(period)} testId="controls-assess">Assess</Button>
        <Button appearance="subtle" onClick={() => setEditing('new')} testId="control-add">Add a custom control</Button>
      </div>
      <div style={row}><EvidencePackButton period={report?.period ?? period} /></div>
      {error && <ErrorState error={error} />}
      <ReasonDialog open={retiring !== null} title={`Retire ${retiring?.control.id ?? ''}`} confirmLabel="Retire control"
        onConfirm={(reason) => { if (retiring) void retire(retiring, reason); }} onClose={() => setRetiring(null)} />
      {editing && (
        <CustomControlEditor period={report?.period ?? period} initial={editing === 'new' ? null : editing.control} revision={editing === 'new' ? null : editing.revision}
          onSaved={(r) => { setReport(r); setEditing(null); }} onCancel={() => setEditing(null)} />
      )}
      {!report && !error && <LoadingState label="Assessing controls…" />}
      {report && <>
        <p data-testid="controls-totals">{report.period}: {report.totals.met} met, {report.totals.gap} with a gap, {report.totals.notApplicable} not applicable.</p>
        {report.quarantined.length > 0 && <ul data-testid="controls-quarantined">{report.quarantined.map((q) => <li key={q.key}>{q.key}: {q.problem}</li>)}</ul>}
        <table data-testid="controls-table">
          <thead><tr><th scope="col">Framework</th><th scope="col">Clause / practice</th><th scope="col">Control</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead>
          <tbody>
            {report.controls.map((c) => (
              <Fragment key={c.control.id}>
                <tr data-testid={`control-row-${c.control.id}`}>
                  <td>{c.control.framework}</td>
                  <td>{c.control.reference}</td>
                  <td title={c.control.description}>{c.control.title}{c.custom && ' (custom)'}</td>
                  <td><ControlStatusLozenge status={c.status} testId={`control-status-${c.control.id}`} /></td>
                  <td><Button appearance="subtle" onClick={() => setOpenId(openId === c.control.id ? null : c.control.id)} testId={`control-open-${c.control.id}`}>{openId === c.control.id ? 'Hide' : 'Show'}</Button></td>
                </tr>
                {openId === c.control.id && (
                  <tr><td colSpan={5} data-testid={`control-detail-${c.control.id}`}>
                    <p style={subtle}>{c.control.description}</p>
                    <ul>{c.checks.map((k, i) => (
                      <li key={i} data-testid={`control-check-result-${i}`}>
                        <ControlStatusLozenge status={k.status} /> <strong>{checkText(k.check)}</strong>: {k.summary}
                        {k.evidence.length > 0 && <ul>{k.evidence.map((ev) => <li key={`${ev.kind}:${ev.id}`}><EvidenceLink ev={ev} period={report.period} onOpenAudit={onOpenAudit} /></li>)}</ul>}
                      </li>
                    ))}</ul>
                    {c.custom && <div style={row}>
                      <Button onClick={() => setEditing(c)} testId={`control-edit-${c.control.id}`}>Edit</Button>
                      <Button appearance="subtle" onClick={() => setRetiring(c)} testId={`control-retire-${c.control.id}`}>Retire</Button>
                    </div>}
                  </td></tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </>}
    </section>
  );
}
