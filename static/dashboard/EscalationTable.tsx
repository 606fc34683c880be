import Lozenge from '@atlaskit/lozenge';
import { router } from '@forge/bridge';
import type { ActiveEscalationRow } from '../../src/contracts/dashboard.js';
import { EmptyState } from '../shared/EmptyState.js';
import { describeUntil, formatDuration } from '../shared/formatDuration.js';
import { StatusLozenge } from '../shared/StatusLozenge.js';
import { cell, table } from '../shared/styles.js';
import { isSlaAtRisk, isUnacknowledged, tightestSlaMs } from './rowUrgency.js';

export function EscalationTable({ rows, serverNow, nowMs }: { rows: ActiveEscalationRow[]; serverNow: string; nowMs: number }) {
  if (rows.length === 0) return <EmptyState testId="dashboard-empty">No active escalations match these filters.</EmptyState>;
  return (
    <table style={table} data-testid="dashboard-table">
      <thead>
        <tr>
          {['Issue', 'Status', 'Path / level', 'Priority', 'Service', 'Acknowledge within', 'Next level', 'Tightest SLA'].map((h) => (
            <th key={h} scope="col" style={cell}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const sla = tightestSlaMs(r, serverNow, nowMs);
          const unacked = isUnacknowledged(r);
          const atRisk = isSlaAtRisk(r, serverNow, nowMs);
          return (
            <tr key={r.issueKey} data-testid="dashboard-row" data-issue-key={r.issueKey}
              data-unacknowledged={unacked} data-sla-at-risk={atRisk}>
              <td style={cell}>
                <a href={`/browse/${r.issueKey}`} onClick={(e) => { e.preventDefault(); void router.navigate(`/browse/${r.issueKey}`).catch(() => undefined); }}>
                  {r.issueKey}
                </a>
                {r.summary && <div>{r.summary}</div>}
              </td>
              <td style={cell}>
                <StatusLozenge status={r.status} testId="row-status" />{' '}
                {unacked && <Lozenge appearance="removed">Unacknowledged</Lozenge>}
              </td>
              <td style={cell}>{r.path ?? '—'}{r.level !== null ? ` / ${r.level}` : ''}</td>
              <td style={cell}>{r.priority ?? '—'}</td>
              <td style={cell}>{r.service ?? '—'}</td>
              <td style={cell} data-testid="row-ack-due">{r.ackDueAt ? describeUntil(Date.parse(r.ackDueAt), nowMs) : '—'}</td>
              <td style={cell} data-testid="row-next-level">{r.nextEvaluationAt ? describeUntil(Date.parse(r.nextEvaluationAt), nowMs) : '—'}</td>
              <td style={cell} data-testid="row-sla">
                {sla === null ? '—' : sla < 0 ? `breached ${formatDuration(sla)} ago` : `${formatDuration(sla)} left`}
                {atRisk && <> <Lozenge appearance="moved">At risk</Lozenge></>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
