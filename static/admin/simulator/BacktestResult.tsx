import type { BacktestTotals, BacktestView } from '../../../src/contracts/backtest.js';
import { card, cell, heading, stack, subtle, table } from '../../shared/styles.js';

const ROWS: [keyof BacktestTotals, string][] = [
  ['incidents', 'Incidents replayed'], ['personPages', 'Pages (per recipient)'], ['woken', 'People woken (22:00–07:00)'],
  ['meanMinutesToFirstPage', 'Mean minutes to first page'], ['reachedLevel2', 'Reached level 2 or higher'], ['breachedResponse', 'First-response SLA breached'],
];

/** Totals side by side, then only the incidents that would change. */
export function BacktestResult({ view }: { view: BacktestView }) {
  const changed = view.incidents.filter((i) => i.changes.length);
  return (
    <section style={{ ...card, ...stack }} aria-label="Backtest result" data-testid="backtest-result">
      <h3 style={heading}>Backtest {view.from.slice(0, 10)} – {view.to.slice(0, 10)}: {view.totals.changed} of {view.incidents.length} incident(s) would change</h3>
      <table style={table} data-testid="backtest-totals">
        <thead><tr><th style={cell}></th><th style={cell}>As it ran</th><th style={cell}>{view.policy.draft ? 'Draft' : `Version ${view.policy.version}`}</th></tr></thead>
        <tbody>{ROWS.map(([k, label]) => <tr key={k}><th style={cell}>{label}</th><td style={cell}>{view.totals.before[k] ?? '—'}</td><td style={cell}>{view.totals.after[k] ?? '—'}</td></tr>)}</tbody>
      </table>
      {changed.length > 0 && (
        <table style={table} data-testid="backtest-incidents">
          <thead><tr>{['Incident', 'Ran under', 'What would change'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
          <tbody>{changed.map((i) => <tr key={i.key} data-testid="backtest-incident"><td style={cell}>{i.key} {i.summary}</td><td style={cell}>{i.before.policy}</td><td style={cell}>{i.changes.join('; ')}</td></tr>)}</tbody>
        </table>
      )}
      {view.truncated && <p style={subtle}>Only the newest {view.incidents.length} incidents were replayed.</p>}
      {view.skipped.length > 0 && <p style={subtle}>Skipped: {view.skipped.map((s) => `${s.key} (${s.reason})`).join('; ')}</p>}
      <ul style={subtle}>{view.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>
    </section>
  );
}
