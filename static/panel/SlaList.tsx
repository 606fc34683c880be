import Lozenge from '@atlaskit/lozenge';
import type { SlaView } from '../../src/contracts/resolvers.js';
import { EmptyState } from '../shared/EmptyState.js';
import { formatDuration } from '../shared/formatDuration.js';
import { slaRemainingAt } from '../shared/serverClock.js';
import { heading, row } from '../shared/styles.js';

export function SlaList({ slas, serverNow, nowMs }: { slas: SlaView[]; serverNow: string; nowMs: number }) {
  return (
    <section aria-labelledby="sla-heading">
      <h3 id="sla-heading" style={heading}>SLAs</h3>
      {slas.length === 0 ? (
        <EmptyState testId="sla-empty">No SLA runs on this issue.</EmptyState>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {slas.map((sla) => {
            const remaining = slaRemainingAt(sla, serverNow, nowMs);
            const breached = sla.breached || (!sla.completed && remaining < 0);
            return (
              <li key={sla.metric} style={row} data-testid="sla-item" data-metric={sla.metric}>
                <span>{sla.metric}</span>
                <span data-testid="sla-remaining">
                  {sla.completed ? (sla.breached ? 'missed' : 'met') : breached ? `breached ${formatDuration(remaining)} ago` : `${formatDuration(remaining)} left`}
                </span>
                {breached && <Lozenge appearance="removed">Breached</Lozenge>}
                {sla.paused && <Lozenge appearance="moved">Paused</Lozenge>}
                {sla.completed && <Lozenge appearance="success">Completed</Lozenge>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
