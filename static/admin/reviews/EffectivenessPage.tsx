import { useEffect, useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { PathEffectiveness } from '../../../src/contracts/pathRollup.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { cell, input, row, stack, subtle, table } from '../../shared/styles.js';
import { EffectivenessChart, levelName } from './EffectivenessChart.js';

const monthOf = (d: Date) => d.toISOString().slice(0, 7);
const minutes = (ms: number | null) => (ms === null ? '—' : `${(ms / 60_000).toFixed(1)} min`);

function csv(e: PathEffectiveness): string {
  const head = 'policy,path,level,paged,acknowledged,share_acknowledged,mean_time_to_ack_min,wasted_pages,timeout_escalations,manual_escalations';
  const rows = e.levels.map((l) => [l.policyId, l.path, l.level, l.paged, l.acked, l.shareAcked.toFixed(3),
    l.meanTimeToAckMs === null ? '' : (l.meanTimeToAckMs / 60_000).toFixed(1), l.wastedPages, l.timeoutEscalations, l.manualEscalations].join(','));
  return [head, ...rows].join('\n');
}

/** Escalation-path effectiveness over chosen months, read from the monthly rollups. */
export function EffectivenessPage() {
  const now = new Date();
  const [from, setFrom] = useState(monthOf(new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + 1, 1))));
  const [to, setTo] = useState(monthOf(now));
  const [data, setData] = useState<PathEffectiveness | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const ids = { from: useId(), to: useId() };

  useEffect(() => {
    let live = true;
    void invokeResolver('getPathEffectiveness', { from, to }).then((r) => {
      if (!live) return;
      if (r.ok) { setData(r.data); setError(null); } else setError(r.error);
    });
    return () => { live = false; };
  }, [from, to]);

  const download = () => {
    if (!data) return;
    const url = URL.createObjectURL(new Blob([csv(data)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `path-effectiveness-${from}-${to}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section style={stack} data-testid="effectiveness-page">
      <div style={row}>
        <label htmlFor={ids.from} style={stack}>From month<input id={ids.from} style={input} type="month" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="effectiveness-from" /></label>
        <label htmlFor={ids.to} style={stack}>To month<input id={ids.to} style={input} type="month" value={to} onChange={(e) => setTo(e.target.value)} data-testid="effectiveness-to" /></label>
        <Button appearance="subtle" isDisabled={!data} onClick={download} testId="effectiveness-csv">Download CSV</Button>
      </div>
      {error && <ErrorState error={error} title="Cannot show path effectiveness" />}
      {data && (data.incidents === 0 ? <EmptyState testId="effectiveness-empty">No escalation resolved in these months.</EmptyState> : (
        <>
          <p data-testid="effectiveness-headline">
            {data.incidents} escalated incidents · MTTA {minutes(data.mttaMs)} (unacknowledged left out) · MTTR {minutes(data.mttrMs)}
            <span style={subtle}> · {data.drillsExcluded} drills shown apart</span>
          </p>
          <EffectivenessChart levels={data.levels} />
          <table style={table} data-testid="effectiveness-table">
            <thead><tr>{['Level', 'Paged', 'Acknowledged', 'Share', 'Mean time to ack', 'Wasted pages', 'By timeout', 'By hand'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
            <tbody>
              {data.levels.map((l) => (
                <tr key={levelName(l)}>
                  <td style={cell}>{levelName(l)}</td><td style={cell}>{l.paged}</td><td style={cell}>{l.acked}</td>
                  <td style={cell}>{Math.round(l.shareAcked * 100)}%</td><td style={cell}>{minutes(l.meanTimeToAckMs)}</td>
                  <td style={cell}>{l.wastedPages}</td><td style={cell}>{l.timeoutEscalations}</td><td style={cell}>{l.manualEscalations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
    </section>
  );
}
