import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { INJECT_KIND_LABELS, INJECT_ROLE_LABELS, type TabletopResultView, type TeamEngagementScore } from '../../../src/contracts/tabletop.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { PersonName } from '../../shared/people/PersonName.js';
import { card, cell, heading, row, stack, subtle, table } from '../../shared/styles.js';

const through: Record<NonNullable<TeamEngagementScore['engagedThrough']>, string> = { protocol: 'joint protocol', hand: 'engaged by hand', handoff: 'took a handoff' };
const mins = (m: number | null) => (m === null ? '—' : `${m} min`);

function Verdict({ met, testId }: { met: boolean | null; testId: string }) {
  if (met === null) return <span style={subtle} data-testid={testId} data-met="pending">pending</span>;
  return <span data-testid={testId} data-met={String(met)}><Lozenge appearance={met ? 'success' : 'removed'}>{met ? 'OLA met' : 'OLA missed'}</Lozenge></span>;
}

/** One exercise's score: each expected team's engagement and OLA, the handoffs, and the injects played. */
export function TabletopResult({ issueKey, onClose, onRefreshed }: { issueKey: string; onClose: () => void; onRefreshed: () => void }) {
  const [view, setView] = useState<TabletopResultView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const load = () => invokeResolver('getTabletopResult', { issueKey }).then((r) => (r.ok ? setView(r.data) : setError(r.error)));
  useEffect(() => { void load(); }, [issueKey]); // eslint-disable-line react-hooks/exhaustive-deps
  if (error) return <ErrorState error={error} title="Cannot show the exercise" />;
  if (!view) return <LoadingState label="Loading the exercise…" />;
  const played = new Map(view.delivered.map((d) => [d.injectId, d]));
  const s = view.score;
  return (
    <section style={{ ...card, ...stack }} data-testid="tabletop-result" data-issue={issueKey} aria-label={`Exercise ${issueKey}`}>
      <div style={row}>
        <h3 style={{ ...heading, margin: 0 }}>{view.name}: {issueKey}</h3>
        <Lozenge appearance={view.status === 'running' ? 'inprogress' : 'default'}>{view.status}</Lozenge>
        <Button appearance="subtle" onClick={() => { void load(); onRefreshed(); }} testId="tabletop-refresh">Refresh</Button>
        <Button appearance="subtle" onClick={onClose}>Close</Button>
      </div>
      <div style={row} data-testid="tabletop-totals">
        <span>Teams engaged: <strong data-testid="tabletop-engaged">{s.engaged.count} of {s.engaged.of}</strong></span>
        <span>OLAs met: <strong data-testid="tabletop-ola">{s.olaMet.count} of {s.olaMet.of}</strong></span>
        <span>Injects played: <strong>{s.injects.delivered} of {s.injects.of}</strong></span>
      </div>
      <table style={table} data-testid="tabletop-teams">
        <thead><tr>{['Team', 'Engaged', 'Time to engage', 'Time to acknowledge', 'OLA', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {s.teams.map((t) => (
            <tr key={t.teamId} data-testid="tabletop-team" data-team={t.teamId}>
              <td style={cell}>{t.teamName}{t.unexpected ? ' (not in the scenario)' : ''}</td>
              <td style={cell} data-testid="tabletop-team-through">{t.engagedThrough ? through[t.engagedThrough] : 'not engaged'}</td>
              <td style={cell}>{mins(t.minutesToEngage)}</td>
              <td style={cell}>{mins(t.minutesToAcknowledge)}</td>
              <td style={cell}>{mins(t.olaMinutes)}</td>
              <td style={cell}><Verdict met={t.olaMet} testId="tabletop-team-ola" /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.handoffs.length > 0 && (
        <table style={table} data-testid="tabletop-handoffs">
          <thead><tr>{['Handoff', 'State', 'Time to accept', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
          <tbody>
            {s.handoffs.map((h) => (
              <tr key={h.id}><td style={cell}>{h.fromTeamId} → {h.toTeamId}</td><td style={cell}>{h.state}</td><td style={cell}>{mins(h.minutesToAccept)}</td>
                <td style={cell}><Verdict met={h.olaMet} testId="tabletop-handoff-ola" /></td></tr>
            ))}
          </tbody>
        </table>
      )}
      <table style={table} data-testid="tabletop-injects">
        <thead><tr>{['Minute', 'Inject', 'To', 'Played'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {view.injects.map((inj) => {
            const d = played.get(inj.id);
            return (
              <tr key={inj.id} data-testid="tabletop-inject" data-played={String(Boolean(d))}>
                <td style={cell}>{inj.atMinute}</td>
                <td style={cell}><strong>{INJECT_KIND_LABELS[inj.kind]}</strong>: {inj.text}</td>
                <td style={cell}>{INJECT_ROLE_LABELS[inj.to]}{d && d.to.length > 0 && <> ({d.to.map((a, i) => <span key={a}>{i > 0 && ', '}<PersonName accountId={a} /></span>)})</>}</td>
                <td style={cell}>{d ? new Date(d.deliveredAt).toLocaleTimeString() : 'not yet'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
