import Button from '@atlaskit/button/new';
import { useCallback, useEffect, useState } from 'react';
import type { DrillReportView } from '../../../src/contracts/drills.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { TextInput } from '../../shared/TextInput.js';
import { cell, heading, row, stack, subtle, table } from '../../shared/styles.js';
import { PersonName } from '../../shared/people/PersonName.js';

/** How often a running drill's report is re-read, so the hop table fills in as the clock moves. */
const REFRESH_MS = 2000;

/** One drill: its hop table against the policy's thresholds, what it withheld, and its findings with their tasks. */
export function DrillReport({ issueKey, onChanged }: { issueKey: string; onChanged: () => void }) {
  const [report, setReport] = useState<DrillReportView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [note, setNote] = useState('');
  const load = useCallback(() => invokeResolver('getDrillReport', { issueKey }).then((r) => (r.ok ? setReport(r.data) : setError(r.error))), [issueKey]);
  useEffect(() => { void load(); }, [load]);
  const running = report?.drill.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const t = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(t);
  }, [running, load]);
  const act = async (p: Promise<{ ok: true; data: DrillReportView } | { ok: false; error: ResolverError }>) => {
    const r = await p;
    if (!r.ok) return setError(r.error);
    setReport(r.data);
    onChanged();
  };
  if (error) return <ErrorState error={error} />;
  if (!report) return <LoadingState label="Loading the drill report…" />;
  const { drill, score } = report;
  return (
    <section aria-labelledby="drill-report" style={stack} data-testid="drill-report">
      <h2 id="drill-report" style={heading}>Drill {drill.issueKey}: {drill.status === 'running' ? 'running' : `ended (${drill.endReason})`}</h2>
      <p style={subtle}>Policy {drill.policyId} version {drill.policyVersion}, {drill.scenario.priority} on the {drill.scenario.path} path; started {drill.startedAt}, time limit {drill.endsAt}.
        MTTA {score.mttaMinutes ?? '—'} min, MTTR {score.mttrMinutes ?? '—'} min, routing accuracy {score.routingAccuracy === null ? '—' : `${Math.round(score.routingAccuracy * 100)}%`}.</p>
      {running && <div style={row}><Button onClick={() => void act(invokeResolver('stopDrill', { issueKey }).then(async (r) => (r.ok ? invokeResolver('getDrillReport', { issueKey }) : r)))}>Stop drill</Button></div>}
      <table style={table} data-testid="hop-table">
        <thead><tr>{['Hop', 'Paged at', 'Paged', 'Outcome', 'On call per schedule', 'Acknowledged', 'Ack (min)', 'Threshold', 'Verdict', 'Handoff (min)'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {score.hops.map((h) => (
            <tr key={`${h.path}.${h.level}.${h.loop}.${h.backup}`} data-testid="hop-row">
              <td style={cell}>{h.path} level {h.level}{h.loop ? ` follow-up ${h.loop}` : ''}{h.backup ? ' (backup)' : ''}</td>
              <td style={cell}>{h.pagedAt}</td><td style={cell}>{h.paged.join(', ') || '—'}</td>
              <td style={cell}>{h.outcome}{h.note ? `: ${h.note}` : ''}</td>
              <td style={cell}>{h.scheduledOnCall ? h.scheduledOnCall.join(', ') || 'nobody' : '—'}{h.routedCorrectly === false ? ' (wrong route)' : ''}</td>
              <td style={cell}>{h.ackedBy ? `${h.ackedBy} at ${h.ackedAt}` : '—'}</td>
              <td style={cell}>{h.ackMinutes ?? '—'}</td><td style={cell}>{h.thresholdMinutes} min</td>
              <td style={cell}>{h.withinThreshold === null ? 'pending' : h.withinThreshold ? 'within' : 'missed'}</td>
              <td style={cell}>{h.handoffMinutes ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {drill.withheld.length > 0 && <p style={subtle} data-testid="withheld">Withheld (drill isolation): {drill.withheld.map((w) => w.what).join(', ')}</p>}
      <h3 style={heading}>Findings</h3>
      <table style={table} data-testid="findings">
        <thead><tr>{['Finding', 'By', 'Task', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {report.findings.map((f) => (
            <tr key={f.id} data-testid="finding-row">
              <td style={cell}>{f.kind}{f.runbook ? ' (runbook)' : ''}: {f.text}</td><td style={cell}><PersonName accountId={f.by} /></td>
              <td style={cell}>{f.taskKey ? `${f.taskKey} (${f.taskStatus})` : '—'}</td>
              <td style={cell}>{!f.taskKey && <Button onClick={() => void act(invokeResolver('openDrillFindingTask', { issueKey, findingId: f.id }))}>Open task</Button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={row}>
        <TextInput path={['text']} label="Facilitator finding" value={note} onChange={(v) => setNote(v ?? "")} width={420} />
        <Button onClick={() => { void act(invokeResolver('addDrillFinding', { issueKey, text: note })); setNote(''); }} isDisabled={!note.trim()}>Add finding</Button>
        <Button onClick={() => { void act(invokeResolver('addDrillFinding', { issueKey, text: note, runbook: true })); setNote(''); }} isDisabled={!note.trim()}>Add runbook finding</Button>
      </div>
    </section>
  );
}
