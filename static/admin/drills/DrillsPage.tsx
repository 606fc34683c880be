import Button from '@atlaskit/button/new';
import { useCallback, useEffect, useState } from 'react';
import type { DrillsView } from '../../../src/contracts/drills.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { cell, heading, row, stack, subtle, table } from '../../shared/styles.js';
import { CoverageTable } from './CoverageTable.js';
import { DrillReport } from './DrillReport.js';
import { ProgrammeForm } from './ProgrammeForm.js';
import { TrendChart } from './TrendChart.js';

/**
 * The Drills area, self-contained so any settings shell can mount it: programmes (schedule,
 * run now, coverage), every drill with its figures, one drill's report, and the trend.
 */
export function DrillsPage() {
  const [view, setView] = useState<DrillsView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<string | null>(null);
  const load = useCallback(() => invokeResolver('getDrills', {}).then((r) => (r.ok ? setView(r.data) : setError(r.error))), []);
  useEffect(() => { void load(); }, [load]);
  const runNow = async (programmeId: string) => {
    const r = await invokeResolver('runDrill', { programmeId });
    if (!r.ok) return setError(r.error);
    setOpen(r.data.issueKey);
    await load();
  };
  if (error) return <ErrorState error={error} />;
  if (!view) return <LoadingState label="Loading drills…" />;
  return (
    <div style={stack} data-testid="drills-tab">
      <section aria-labelledby="drill-programmes">
        <h2 id="drill-programmes" style={heading}>Programmes</h2>
        <table style={table} data-testid="programmes">
          <thead><tr>{['Programme', 'Policy', 'Cadence', 'Window', 'Path', 'Last run', 'Next due', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
          <tbody>
            {view.programmes.map((p) => (
              <tr key={p.id} data-testid={`programme-${p.id}`}>
                <td style={cell}>{p.name}</td><td style={cell}>{p.policyId}</td><td style={cell}>every {p.cadenceMonths} month(s)</td>
                <td style={cell}>{p.window === 'workingHours' ? 'working hours' : 'out of hours'} ({p.timeZone})</td>
                <td style={cell}>{p.scenario.path}</td><td style={cell}>{p.lastRunAt ?? 'never'}</td><td style={cell}>{p.nextDueAt ?? 'off'}</td>
                <td style={cell}>
                  <div style={row}>
                    <Button onClick={() => void runNow(p.id)} testId={`run-${p.id}`}>Run now</Button>
                    <Button appearance="subtle" onClick={() => setCoverage(p.id)}>Coverage</Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.programmes.length === 0 && <p style={subtle}>No programme yet: schedule one below.</p>}
      </section>
      <ProgrammeForm policies={view.policies} onSaved={(v) => setView(v)} onError={setError} />
      {coverage && <CoverageTable programmeId={coverage} />}
      <section aria-labelledby="drill-list">
        <h2 id="drill-list" style={heading}>Drills</h2>
        <table style={table} data-testid="drill-list">
          <thead><tr>{['Drill', 'Status', 'Started', 'Ended by', 'MTTA (min)', 'MTTR (min)', 'Missed thresholds', 'Findings'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
          <tbody>
            {view.drills.map((d) => (
              <tr key={d.issueKey}>
                <td style={cell}><Button appearance="subtle" onClick={() => setOpen(d.issueKey)} testId={`open-${d.issueKey}`}>{d.issueKey}</Button></td>
                <td style={cell}>{d.status}</td><td style={cell}>{d.startedAt}</td><td style={cell}>{d.endReason ?? '—'}</td>
                <td style={cell}>{d.mttaMinutes ?? '—'}</td><td style={cell}>{d.mttrMinutes ?? '—'}</td>
                <td style={cell}>{d.missedThresholds}</td><td style={cell}>{d.findings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {open && <DrillReport key={open} issueKey={open} onChanged={() => void load()} />}
      <TrendChart points={view.trend} />
      <section aria-labelledby="drill-levels">
        <h2 id="drill-levels" style={heading}>MTTA by participant and level (drills only)</h2>
        <div style={row}>
          <table style={table}><thead><tr><th style={cell}>Participant</th><th style={cell}>Drills</th><th style={cell}>MTTA (min)</th></tr></thead>
            <tbody>{view.byParticipant.map((p) => <tr key={p.accountId}><td style={cell}>{p.displayName}</td><td style={cell}>{p.drills}</td><td style={cell}>{p.mttaMinutes ?? '—'}</td></tr>)}</tbody></table>
          <table style={table}><thead><tr><th style={cell}>Level</th><th style={cell}>Hops</th><th style={cell}>MTTA (min)</th></tr></thead>
            <tbody>{view.byLevel.map((l) => <tr key={`${l.path}.${l.level}`}><td style={cell}>{l.path} {l.level}</td><td style={cell}>{l.hops}</td><td style={cell}>{l.mttaMinutes ?? '—'}</td></tr>)}</tbody></table>
        </div>
      </section>
    </div>
  );
}
