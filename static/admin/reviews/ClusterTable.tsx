import type { ClusterView } from '../../../src/contracts/recurrence.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, subtle, table } from '../../shared/styles.js';
import { IssueKeyLink } from './IssueKeyLink.js';

const reasonWords = { fingerprint: 'same alert', rootCause: 'same root cause', summary: 'similar summary' } as const;
const trendWords = { rising: '↑ rising', steady: '→ steady', falling: '↓ falling' } as const;
const day = (iso: string) => iso.slice(0, 10);

/** Clusters of related escalated incidents, with counts, trend and the problem each raised. */
export function ClusterTable({ clusters, threshold, windowDays }: { clusters: ClusterView[]; threshold: number; windowDays: number }) {
  if (clusters.length === 0) return <EmptyState testId="recurrence-empty">No escalated incident has recurred yet.</EmptyState>;
  return (
    <table style={table} data-testid="recurrence-clusters">
      <thead><tr>{['Scope', 'First incident', '30 days', '90 days', `${windowDays}-day window`, 'Trend', 'Incidents', 'Problem'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
      <tbody>
        {clusters.map((c) => (
          <tr key={c.id} data-testid="recurrence-cluster" data-cluster={c.id} data-count={c.inWindow}>
            <td style={cell}>{c.scope}</td>
            <td style={cell}>{c.title}</td>
            <td style={cell}>{c.last30Days}</td>
            <td style={cell}>{c.last90Days}</td>
            <td style={cell}>{c.inWindow}</td>
            <td style={cell} data-testid="recurrence-trend">{trendWords[c.trend]}</td>
            <td style={cell}>
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {c.incidents.map((i) => (
                  <li key={i.key} data-testid="recurrence-incident">
                    <IssueKeyLink issueKey={i.key} /> {i.summary} <span style={subtle}>· resolved {day(i.at)}{i.matchedBy ? ` · ${reasonWords[i.matchedBy]}` : ''}</span>
                  </li>
                ))}
              </ul>
            </td>
            <td style={cell}>
              {c.problem
                ? <><IssueKeyLink issueKey={c.problem.issueKey} testId="recurrence-problem" /> <span style={subtle}>opened {day(c.problem.openedAt)}, {c.problem.linked} linked</span></>
                : <span style={subtle} data-testid="recurrence-no-problem">none yet ({threshold} within {windowDays} days open one)</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
