import type { SchedulePreview } from '../../../src/contracts/oncall.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { subtle } from '../../shared/styles.js';

/**
 * The same two weeks as text: each change of hands in order. Bars can only be hovered, so this
 * is how keyboard and screen-reader users (and anyone checking an exact time) read the rota.
 * Closed by default; a native <details> opens with Enter or Space.
 */
export function HandoffList({ handoffs, timeZone }: { handoffs: SchedulePreview['handoffs']; timeZone: string }) {
  const at = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <details data-testid="handoffs">
      <summary style={{ cursor: 'pointer' }}>Handoffs in these two weeks ({handoffs.length})</summary>
      {handoffs.length === 0 ? <EmptyState>No handoffs: the same person (or nobody) throughout.</EmptyState> : (
        <ol style={{ margin: 0 }}>
          {handoffs.map((h) => (
            <li key={h.at} data-testid="handoff">
              <time dateTime={h.at}>{at(h.at)}</time>: {h.from ?? <span style={subtle}>nobody</span>} → {h.to ?? <span style={subtle}>nobody</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
