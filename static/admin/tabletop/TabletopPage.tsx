import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { TabletopScenario, TabletopsView } from '../../../src/contracts/tabletop.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { card, cell, heading, row, stack, subtle, table } from '../../shared/styles.js';
import { NEW_SCENARIO, ScenarioEditor } from './ScenarioEditor.js';
import { TabletopResult } from './TabletopResult.js';

type Editing = { scenario: TabletopScenario; version: number } | null;

/**
 * Tabletop exercises of multi-domain outages: the scenario library, starting an exercise (a
 * drill whose joint protocol engages the teams and whose injects play at their minute), and
 * every exercise with its score.
 */
export function TabletopPage() {
  const [view, setView] = useState<TabletopsView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [startError, setStartError] = useState<ResolverError | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);
  const load = useCallback(() => invokeResolver('getTabletops', {}).then((r) => (r.ok ? setView(r.data) : setError(r.error))), []);
  useEffect(() => { void load(); }, [load]);

  const start = async (scenarioId: string) => {
    setStarting(scenarioId);
    const r = await invokeResolver('startTabletop', { scenarioId });
    setStarting(null);
    if (!r.ok) return setStartError(r.error);
    setStartError(null);
    notify(`Exercise ${r.data.issueKey} started`);
    setOpen(r.data.issueKey);
    await load();
  };

  if (error) return <ErrorState error={error} title="Cannot show tabletop exercises" onRetry={() => { setError(null); void load(); }} />;
  if (!view) return <LoadingState label="Loading tabletop exercises…" />;
  return (
    <div style={stack} data-testid="tabletop-page">
      <section aria-labelledby="tabletop-scenarios" style={stack}>
        <div style={row}>
          <h2 id="tabletop-scenarios" style={{ ...heading, margin: 0 }}>Scenarios</h2>
          <Button onClick={() => setEditing({ scenario: NEW_SCENARIO, version: 0 })} testId="scenario-new">New scenario</Button>
        </div>
        {editing && (
          <ScenarioEditor initial={editing.scenario} version={editing.version} options={view}
            onSaved={() => { notify('Scenario saved'); setEditing(null); void load(); }} onCancel={() => setEditing(null)} />
        )}
        {startError && <ErrorState error={startError} title="Not started" />}
        {view.scenarios.length === 0 ? <EmptyState testId="scenarios-empty">No scenario yet.</EmptyState> : (
          <ul style={{ ...stack, listStyle: 'none', padding: 0, margin: 0 }}>
            {view.scenarios.map(({ scenario: s, version }) => (
              <li key={s.id} style={card} data-testid="scenario-card" data-scenario={s.id}>
                <div style={row}>
                  <strong>{s.name}</strong>
                  <span style={subtle}>v{version} · {s.priority} on {s.services.join(', ')} · engages {s.teams.map((id) => view.teams.find((t) => t.id === id)?.name ?? id).join(', ')}
                    {' '}· {s.injects.length} inject(s) over {s.timeLimitMinutes} min</span>
                  <Button appearance="primary" isLoading={starting === s.id} onClick={() => void start(s.id)} testId="scenario-start">Start exercise</Button>
                  <Button appearance="subtle" onClick={() => setEditing({ scenario: s, version })} testId="scenario-edit">Edit</Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {open && <TabletopResult key={open} issueKey={open} onClose={() => setOpen(null)} onRefreshed={() => void load()} />}
      <section aria-labelledby="tabletop-exercises">
        <h2 id="tabletop-exercises" style={heading}>Exercises</h2>
        {view.exercises.length === 0 ? <EmptyState testId="exercises-empty">No exercise has run yet.</EmptyState> : (
          <table style={table} data-testid="tabletop-exercises">
            <thead><tr>{['Exercise', 'Scenario', 'Started', 'Status', 'Teams engaged', 'OLAs met', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
            <tbody>
              {view.exercises.map((x) => (
                <tr key={x.issueKey} data-testid="tabletop-exercise" data-issue={x.issueKey}>
                  <td style={cell}>{x.issueKey}</td><td style={cell}>{x.name}</td><td style={cell}>{new Date(x.startedAt).toLocaleString()}</td>
                  <td style={cell}>{x.status}</td><td style={cell}>{x.score.engaged.count} of {x.score.engaged.of}</td><td style={cell}>{x.score.olaMet.count} of {x.score.olaMet.of}</td>
                  <td style={cell}><Button appearance="subtle" onClick={() => setOpen(x.issueKey)} testId="tabletop-open">Results</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
