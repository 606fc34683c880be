import { useEffect, useId, useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { OlaReportView } from '../../../src/contracts/coordinationView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { cell, input, row, stack, subtle, table } from '../../shared/styles.js';

type TeamReport = OlaReportView['teams'][number];
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Met share per day as bars (0–100 %), one chart per team. */
function TrendChart({ report }: { report: TeamReport }) {
  const w = 16;
  const h = 60;
  if (!report.trend.length) return <span style={subtle}>no clocks</span>;
  return (
    <svg width={report.trend.length * (w + 4)} height={h + 14} role="img" aria-label={`${report.teamName}: share of OLA clocks met per day`} data-testid="ola-trend">
      {report.trend.map((p, i) => {
        const share = p.clocks ? p.met / p.clocks : 0;
        return (
          <g key={p.day}>
            <title>{`${p.day}: ${p.met} of ${p.clocks} met`}</title>
            <rect x={i * (w + 4)} y={h - share * h} width={w} height={Math.max(1, share * h)} fill={token(share >= 0.9 ? 'color.background.success.bold' : 'color.background.danger.bold')} />
            <text x={i * (w + 4)} y={h + 12} fontSize="9">{p.day.slice(8)}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** OLA results per team for a period: met %, breaches with their incidents, and the trend. */
export function OlaReport() {
  const [from, setFrom] = useState(day(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(day(new Date()));
  const [data, setData] = useState<OlaReportView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const ids = { from: useId(), to: useId() };
  useEffect(() => {
    let live = true;
    void invokeResolver('getOlaReport', { from, to }).then((r) => { if (live) { if (r.ok) { setData(r.data); setError(null); } else setError(r.error); } });
    return () => { live = false; };
  }, [from, to]);
  return (
    <section style={stack} data-testid="ola-report" aria-label="OLA report">
      <h3 style={{ margin: 0 }}>OLA report</h3>
      <div style={row}>
        <label htmlFor={ids.from} style={stack}>From<input id={ids.from} type="date" style={input} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="ola-from" /></label>
        <label htmlFor={ids.to} style={stack}>To<input id={ids.to} type="date" style={input} value={to} onChange={(e) => setTo(e.target.value)} data-testid="ola-to" /></label>
      </div>
      {error && <ErrorState error={error} title="Cannot show the OLA report" />}
      {data && (
        <table style={table}>
          <thead><tr>{['Team', 'Clocks', 'Met', 'Breaches', 'Breaches on incidents with a breached customer SLA', 'Trend'].map((x) => <th key={x} style={cell}>{x}</th>)}</tr></thead>
          <tbody>
            {data.teams.map((t) => (
              <tr key={t.teamId} data-testid="ola-report-row" data-team={t.teamId}>
                <td style={cell}>{t.teamName}</td>
                <td style={cell}>{t.clocks}</td>
                <td style={cell} data-testid="ola-met">{t.metPercent === null ? '—' : `${t.metPercent}%`}</td>
                <td style={cell}>{t.breaches.length ? t.breaches.map((b) => `${b.incidentKey} (${b.kind})`).join(', ') : 'none'}</td>
                <td style={cell}>{t.breachesWithCustomerSlaBreach}</td>
                <td style={cell}><TrendChart report={t} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
