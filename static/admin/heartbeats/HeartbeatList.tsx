import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { HeartbeatHealth, HeartbeatView } from '../../../src/contracts/heartbeat.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, table } from '../../shared/styles.js';

const HEALTH: Record<HeartbeatHealth, { word: string; appearance: 'success' | 'moved' | 'removed' | 'default' | 'new' }> = {
  up: { word: 'Up', appearance: 'success' },
  waiting: { word: 'Waiting for first ping', appearance: 'new' },
  late: { word: 'Late (in grace)', appearance: 'moved' },
  missed: { word: 'Missed', appearance: 'removed' },
  disabled: { word: 'Disabled', appearance: 'default' },
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Every heartbeat: how it stands now, its last ping, when it will count as missed, and the incident a miss opened. */
export function HeartbeatList({ views, onSelect }: { views: HeartbeatView[]; onSelect: (id: string) => void }) {
  if (views.length === 0) return <EmptyState testId="heartbeats-empty">No heartbeats yet. Add one for each job that must check in (backups, batch runs, cron).</EmptyState>;
  return (
    <table style={table} data-testid="heartbeat-list">
      <thead>
        <tr>{['Name', 'Every', 'State', 'Last ping', 'Missed if no ping by', 'Incident', ''].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {views.map((v) => {
          const h = v.heartbeat;
          return (
            <tr key={h.id} data-testid="heartbeat-row" data-id={h.id} data-health={v.health}>
              <td style={cell}><strong>{h.name}</strong> <code>{h.id}</code>{h.drill && <> <Lozenge appearance="new">Drill</Lozenge></>}
                <div>via {v.integrationName ?? h.integrationId}</div></td>
              <td style={cell}>{h.intervalMinutes} min + {h.graceMinutes} min grace</td>
              <td style={cell} data-testid="heartbeat-health"><Lozenge appearance={HEALTH[v.health].appearance}>{HEALTH[v.health].word}</Lozenge></td>
              <td style={cell} data-testid="heartbeat-last-ping">{when(v.lastPingAt)}</td>
              <td style={cell}>{when(v.deadlineAt)}</td>
              <td style={cell} data-testid="heartbeat-incident">{v.incidentKey ?? (v.lastIncidentKey ? `${v.lastIncidentKey} (resolved)` : '—')}</td>
              <td style={cell}>
                <Button spacing="compact" onClick={() => onSelect(h.id)} testId={`heartbeat-open-${h.id}`} aria-label={`Open ${h.name}`}>Open</Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
