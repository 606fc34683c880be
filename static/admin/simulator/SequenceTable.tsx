import type { SimulatedPageView } from '../../../src/contracts/simulator.js';
import { cell, subtle, table } from '../../shared/styles.js';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const KIND = { first: 'page', followUp: 'follow-up', backup: 'backup' } as const;

/** Every page in order: when, which level, who (and why they were on call), on which channel. */
export function SequenceTable({ pages }: { pages: SimulatedPageView[] }) {
  if (!pages.length) return <p style={subtle} data-testid="simulator-no-pages">Nobody would be paged.</p>;
  return (
    <table style={table} data-testid="simulator-sequence">
      <thead><tr>{['When (UTC)', 'Level', 'Who', 'Channel', 'On call because', 'Ack due'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
      <tbody>
        {pages.map((p, i) => (
          <tr key={i} data-testid="simulator-page">
            <td style={cell}>{when(p.at)}</td>
            <td style={cell}>{p.path} {p.level}{p.levelName ? ` (${p.levelName})` : ''} · {KIND[p.kind]}</td>
            <td style={cell}>
              {[...p.people.map((x) => x.displayName), ...p.groups.map((g) => `group ${g}`), ...p.teams.map((t) => `team ${t}`)].join(', ') || 'nobody'}
              {p.woken.map((w) => <div key={w.person.accountId} style={subtle}>wakes {w.person.displayName} ({w.timeZone})</div>)}
            </td>
            <td style={cell}>{p.channel}</td>
            <td style={cell}>
              {p.onCall.length === 0 ? <span style={subtle}>named directly</span> : p.onCall.map((o) => (
                <div key={o.scheduleId}>{o.scheduleName ?? o.scheduleId}: {o.person?.displayName ?? 'nobody'} — {o.detail}{o.until ? `, until ${when(o.until)}` : ''}</div>
              ))}
            </td>
            <td style={cell}>{when(p.ackDueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
