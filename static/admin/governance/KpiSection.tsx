import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { KpiFigures, KpiReport } from '../../../src/contracts/kpiReport.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { TrendChart } from '../../dashboard/TrendChart.js';

const minutes = (v: number | null) => (v === null ? '—' : `${v} min`);
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The KPIs in the order compliance officers file them, with how each reads. */
const ROWS: ReadonlyArray<[string, string, (f: KpiFigures) => string]> = [
  ['escalations', 'Escalations', (f) => String(f.escalations)],
  ['mtta', 'Mean time to acknowledge (MTTA)', (f) => minutes(f.mttaMinutes)],
  ['mttr', 'Mean time to resolve (MTTR)', (f) => minutes(f.mttrMinutes)],
  ['slaBreaches', 'SLA breaches', (f) => String(f.slaBreaches)],
  ['ackedWithin', "Acknowledged within the policy's timeout", (f) => `${pct(f.ackedWithinThresholdPercent)} (${f.ackedWithinThreshold} of ${f.escalations})`],
  ['bypass', 'Bypass attempts', (f) => String(f.bypassAttempts)],
  ['pirs', 'Post-incident reviews on time', (f) => `${pct(f.pirsOnTimePercent)} (${f.pirsOnTime} of ${f.pirsDue} due)`],
];

/** The month before today's (UTC), as the period field offers it first. */
function lastMonth(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/**
 * Escalation KPIs for compliance officers, for a month or a quarter: the figures in a table to
 * compare, MTTA and MTTR as six-month trends, and the CSV to file with the risk assessment.
 * Drills are left out of every figure and their count is named.
 */
export function KpiSection() {
  const [period, setPeriod] = useState<string | undefined>(lastMonth());
  const [report, setReport] = useState<KpiReport | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function show() {
    setBusy(true);
    const r = await invokeResolver('getKpiReport', { period: period ?? '' });
    setBusy(false);
    if (r.ok) { setReport(r.data); setErrors(new Map()); setError(null); return; }
    if (r.error.code === 'INVALID' && r.error.fields.length > 0) setErrors(indexFieldErrors(r.error.fields.map((f) => ({ ...f, field: `kpi.${f.field}` })))); else setError(r.error);
  }

  function downloadCsv(r: KpiReport) {
    const url = URL.createObjectURL(new Blob([r.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `escalation-kpis-${r.period}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }

  const priorities = report ? Object.keys(report.figures.byPriority).sort() : [];
  return (
    <section style={card} aria-label="Escalation KPIs" data-testid="kpi-report">
      <h2 style={heading}>Escalation KPIs</h2>
      <p style={subtle}>For the operational risk assessment: response and resolution times, SLA breaches, acknowledgement within the policy's timeout, bypass attempts and reviews on time, for a month (YYYY-MM) or a quarter (YYYY-Qn). Drills are left out.</p>
      <FieldErrorsContext.Provider value={errors}>
        <form style={row} onSubmit={(e) => { e.preventDefault(); void show(); }}>
          <TextInput path={['kpi', 'period']} label="Month or quarter" value={period} onChange={setPeriod} width="8rem" />
          <Button type="submit" appearance="primary" isDisabled={busy} testId="kpi-show">{busy ? 'Computing…' : 'Show KPIs'}</Button>
          {report && <Button onClick={() => downloadCsv(report)} testId="kpi-csv">Download CSV</Button>}
        </form>
      </FieldErrorsContext.Provider>
      {error && <ErrorState error={error} />}
      {report && (
        <div style={stack} data-testid="kpi-figures">
          <table>
            <caption style={{ textAlign: 'left' }}>{report.period}{report.drillsExcluded > 0 ? ` (${report.drillsExcluded} drill${report.drillsExcluded === 1 ? '' : 's'} left out)` : ''}{report.truncated ? ' — only the first 1,000 escalated incidents were read' : ''}</caption>
            <tbody>
              {ROWS.map(([id, label, value]) => <tr key={id}><th scope="row" style={{ textAlign: 'left' }}>{label}</th><td data-testid={`kpi-${id}`}>{value(report.figures)}</td></tr>)}
            </tbody>
          </table>
          <table data-testid="kpi-priorities">
            <caption style={{ textAlign: 'left' }}>Escalations per priority, month by month</caption>
            <thead><tr><th scope="col">Month</th>{priorities.map((p) => <th key={p} scope="col">{p}</th>)}<th scope="col">SLA breaches</th><th scope="col">Bypass attempts</th></tr></thead>
            <tbody>
              {report.trend.map((t) => (
                <tr key={t.month}><td>{t.month}</td>{priorities.map((p) => <td key={p}>{t.figures.byPriority[p] ?? 0}</td>)}<td>{t.figures.slaBreaches}</td><td>{t.figures.bypassAttempts}</td></tr>
              ))}
            </tbody>
          </table>
          <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
            <TrendChart title="MTTA" points={report.trend.map((t) => ({ label: t.month, value: t.figures.mttaMinutes }))} colour="color.chart.blue.bold" testId="kpi-mtta-trend" unit="minutes, per month" />
            <TrendChart title="MTTR" points={report.trend.map((t) => ({ label: t.month, value: t.figures.mttrMinutes }))} colour="color.chart.purple.bold" testId="kpi-mttr-trend" unit="minutes, per month" />
          </div>
        </div>
      )}
    </section>
  );
}
