import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { CoordinationView, EngagedTeamView } from '../../../src/contracts/coordinationView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { heading, input, row, stack, subtle } from '../../shared/styles.js';
import { Countdown } from '../Countdown.js';
import { HandoffForm } from './HandoffForm.js';
import { HandoffList } from './HandoffList.js';
import { useCoordination, type ApplyCoordination } from './useCoordination.js';
import { PersonName } from '../../shared/people/PersonName.js';
import { PersonNames } from '../../shared/people/PersonNames.js';
import { WarRoomLine } from './WarRoomLine.js';

const STATE_LABEL = { engaged: 'Engaged', acknowledged: 'Acknowledged', handedOff: 'Handed off', released: 'Released' } as const;
const STATE_APPEARANCE = { engaged: 'inprogress', acknowledged: 'success', handedOff: 'moved', released: 'default' } as const;

/** Engaged teams, their liaisons, states and OLA clocks; handoffs; the incident commander (issue 18). */
export function CoordinationSection({ issueKey, refreshKey, nowMs, onChanged }: { issueKey: string; refreshKey: string; nowMs: number; onChanged?: () => void }) {
  const { load, apply } = useCoordination(issueKey, refreshKey, onChanged);
  if (load.kind === 'loading') return null;
  if (load.kind === 'error') return load.error.code === 'NOT_FOUND' ? null : <ErrorState error={load.error} title="Cannot show the engaged teams" />;
  return <CoordinationBody view={load.view} nowMs={nowMs} apply={apply} />;
}

function CoordinationBody({ view, nowMs, apply }: { view: CoordinationView; nowMs: number; apply: ApplyCoordination }) {
  const [error, setError] = useState<ResolverError | null>(null);
  const [engage, setEngage] = useState('');
  const [commander, setCommander] = useState('');
  const ids = { engage: useId(), commander: useId() };
  const may = view.permissions.coordinate.allowed;
  const run = async (p: ReturnType<ApplyCoordination>) => { setError(null); const r = await apply(p); if (!r.ok) setError(r.error); };
  const notEngaged = view.teams.filter((t) => !view.engagements.some((e) => e.teamId === t.id));
  if (!view.engagements.length && !view.teams.length) return null;
  return (
    <section aria-labelledby="coordination-heading" style={stack} data-testid="coordination-section">
      <h3 id="coordination-heading" style={heading}>Engaged teams</h3>
      {view.protocols.length > 0 && <p style={{ ...subtle, margin: 0 }} data-testid="coordination-protocols">Joint protocol: {view.protocols.map((p) => p.name).join(', ')}</p>}
      {view.warRoom && <WarRoomLine room={view.warRoom} />}
      <p style={{ margin: 0 }} data-testid="incident-commander" data-account={view.commander?.accountId ?? ''}>
        {view.commander ? <>Incident commander: <strong><PersonName accountId={view.commander.accountId} /></strong> <span style={subtle}>(designated by <PersonName accountId={view.commander.designatedBy} />)</span></> : 'No incident commander is designated.'}
      </p>
      {view.engagements.length === 0 ? <p style={{ ...subtle, margin: 0 }}>No team is engaged.</p> : (
        <ul style={{ ...stack, margin: 0, paddingLeft: 16 }}>
          {view.engagements.map((e) => <EngagementItem key={e.teamId} e={e} view={view} nowMs={nowMs} run={run} />)}
        </ul>
      )}
      {may && view.closedAt === null && (
        <div style={{ ...row, alignItems: 'flex-end' }}>
          {notEngaged.length > 0 && (
            <>
              <label htmlFor={ids.engage} style={stack}>Engage team
                <select id={ids.engage} style={input} value={engage} onChange={(e) => setEngage(e.target.value)} data-testid="engage-team-select">
                  <option value="">Choose a team…</option>
                  {notEngaged.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </select>
              </label>
              <Button isDisabled={!engage} onClick={() => void run(invokeResolver('engageTeam', { issueKey: view.issueKey, teamId: engage, withLiaison: true }))} testId="engage-team-button">Engage</Button>
            </>
          )}
          <label htmlFor={ids.commander} style={stack}>Incident commander ({view.commanderRole} role)
            <input id={ids.commander} style={input} value={commander} onChange={(e) => setCommander(e.target.value)} data-testid="commander-account" />
          </label>
          <Button isDisabled={!commander.trim()} onClick={() => void run(invokeResolver('designateCommander', { issueKey: view.issueKey, accountId: commander.trim() }))} testId="commander-button">Designate</Button>
        </div>
      )}
      {!may && view.permissions.coordinate.reason && <span style={subtle}>{view.permissions.coordinate.reason}</span>}
      <HandoffList view={view} nowMs={nowMs} apply={apply} />
      {may && view.closedAt === null && <HandoffForm view={view} apply={apply} />}
      {error && <ErrorState error={error} title="Could not do that" />}
    </section>
  );
}

function EngagementItem({ e, view, nowMs, run }: { e: EngagedTeamView; view: CoordinationView; nowMs: number; run: (p: ReturnType<ApplyCoordination>) => Promise<void> }) {
  return (
    <li data-testid="engaged-team" data-team={e.teamId} data-state={e.state}>
      <div style={row}>
        <strong>{e.teamName}</strong>
        <Lozenge appearance={STATE_APPEARANCE[e.state]} testId="engaged-team-state">{STATE_LABEL[e.state]}</Lozenge>
        <span>Liaison: <span data-testid="engaged-team-liaison"><PersonNames accountIds={e.liaisons} /></span></span>
        <span style={subtle}>paged <PersonNames accountIds={e.paged} /></span>
      </div>
      {e.state === 'engaged' && (e.breachedAt
        ? <span data-testid="engaged-team-ola" data-breached="true" style={{ fontWeight: 600 }}>OLA missed at {new Date(e.breachedAt).toLocaleTimeString()}; escalated within the team</span>
        : <Countdown label="Acknowledge within OLA" at={e.olaDueAt} nowMs={nowMs} testId="engaged-team-ola" none="no working time left" />)}
      {e.state !== 'engaged' && e.acknowledgedBy && <span style={subtle}>acknowledged by <PersonName accountId={e.acknowledgedBy} /></span>}
      <div style={row}>
        {e.state === 'engaged' && e.mine && <Button appearance="primary" onClick={() => void run(invokeResolver('acknowledgeTeam', { issueKey: view.issueKey, teamId: e.teamId }))} testId="team-acknowledge">Acknowledge for {e.teamName}</Button>}
        {(e.state === 'engaged' || e.state === 'acknowledged') && view.permissions.coordinate.allowed && view.closedAt === null && (
          <Button appearance="subtle" onClick={() => void run(invokeResolver('releaseTeam', { issueKey: view.issueKey, teamId: e.teamId, reason: 'no longer needed on this incident' }))} testId="team-release">Release</Button>
        )}
      </div>
      <details><summary style={subtle}>Who and why</summary><span style={subtle} data-testid="engaged-team-why">{e.why}</span></details>
    </li>
  );
}
