import type { SimulationView } from '../../../src/contracts/simulator.js';
import { card, heading, stack, subtle } from '../../shared/styles.js';
import { SequenceTable } from './SequenceTable.js';

const ENDED = { acknowledged: 'acknowledged', resolved: 'resolved', exhausted: 'the last level went unanswered', horizon: 'end of the simulated time',
  nothingDue: 'nothing further due', notInScope: 'the policy does not cover this incident' } as const;

export function SimulationResult({ view }: { view: SimulationView }) {
  const s = view.summary;
  return (
    <section style={{ ...card, ...stack }} aria-label="Simulation result" data-testid="simulator-result">
      <h3 style={heading}>{view.policy.draft ? `Draft of ${view.policy.name}` : `${view.policy.name} version ${view.policy.version}`}: a {view.incident.priority}
        {view.incident.service ? ` on ${view.incident.service}` : ''}</h3>
      <p data-testid="simulator-summary">
        {s.pages} page(s) to {s.personPages} recipient(s); first page {s.minutesToFirstPage === null ? 'never' : `after ${s.minutesToFirstPage} min`};
        ends: {ENDED[view.ended.reason]} at {view.ended.at.slice(0, 16).replace('T', ' ')}.
        {s.woken.length ? ` Wakes ${s.woken.map((p) => p.displayName).join(', ')}.` : ''}{s.breachedResponse ? ' The first-response SLA would breach.' : ''}
      </p>
      <SequenceTable pages={view.pages} />
      {view.actions.length > 0 && (
        <details><summary>Actions on the issue ({view.actions.length})</summary>
          <ul>{view.actions.map((a, i) => <li key={i}>{a.at.slice(11, 16)} {a.detail}{a.channel ? ` (${a.channel})` : ''}</li>)}</ul></details>
      )}
      <details data-testid="simulator-trace"><summary>Why (the engine's reasoning at each step)</summary>
        {view.evaluations.map((e, i) => <div key={i}><strong>{e.at.slice(0, 16).replace('T', ' ')}</strong><ul>{e.trace.map((l, j) => <li key={j}>{l}</li>)}</ul></div>)}
      </details>
      <ul style={subtle}>{view.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>
    </section>
  );
}
