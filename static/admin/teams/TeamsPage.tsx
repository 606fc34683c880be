import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { StoredProtocol } from '../../../src/contracts/protocol.js';
import { TEAM_KIND_LABELS, type TeamSummary } from '../../../src/contracts/team.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { card, row, stack, subtle } from '../../shared/styles.js';
import { JsonRecordEditor } from './JsonRecordEditor.js';
import { OlaReport } from './OlaReport.js';
import { PersonName } from '../../shared/people/PersonName.js';
import { draftOf, NEW_TEAM, TeamEditor, type TeamDraft } from './TeamEditor.js';

const NEW_PROTOCOL = {
  id: 'new-protocol', name: 'New joint protocol', enabled: true,
  when: { services: [], includeDependencies: true, labels: [], components: [], priorities: [] },
  teams: [], engageServiceTeams: false, ordered: false, commanderRole: 'initiator',
};

type Editing = { kind: 'team'; value: TeamDraft; version: number } | { kind: 'protocol'; value: unknown; version: number } | null;

/**
 * Teams and liaisons, joint escalation protocols and the OLA report: one self-contained tab
 * (mount `<TeamsPage />` anywhere in the settings shell).
 */
export function TeamsPage() {
  const [teams, setTeams] = useState<TeamSummary[] | null>(null);
  const [protocols, setProtocols] = useState<StoredProtocol[]>([]);
  const [error, setError] = useState<ResolverError | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const load = useCallback(async () => {
    const [t, p] = await Promise.all([invokeResolver('listTeams', {}), invokeResolver('listProtocols', {})]);
    if (t.ok) setTeams(t.data); else setError(t.error);
    if (p.ok) setProtocols(p.data);
  }, []);
  useEffect(() => { void load(); }, [load]);

  const saveProtocol = async (value: unknown, reason: string): Promise<ResolverError | null> => {
    if (editing?.kind !== 'protocol') return null;
    const r = await invokeResolver('saveProtocol', { protocol: value, expectedVersion: editing.version, reason });
    if (!r.ok) return r.error;
    notify('Protocol saved');
    setEditing(null);
    await load();
    return null;
  };
  const teamSaved = async () => {
    notify('Team saved');
    setEditing(null);
    await load();
  };

  if (error) return <ErrorState error={error} title="Cannot show teams" onRetry={() => { setError(null); void load(); }} />;
  if (!teams) return null;
  return (
    <section style={stack} data-testid="teams-page">
      <div style={row}>
        <h3 style={{ margin: 0 }}>Teams and liaisons</h3>
        <Button onClick={() => setEditing({ kind: 'team', value: NEW_TEAM, version: 0 })} testId="team-new">New team</Button>
      </div>
      {editing?.kind === 'team' && <TeamEditor initial={editing.value} version={editing.version} onSaved={() => void teamSaved()} onCancel={() => setEditing(null)} />}
      {teams.length === 0 ? <EmptyState testId="teams-empty">No teams yet.</EmptyState> : (
        <ul style={{ ...stack, listStyle: 'none', padding: 0 }}>
          {teams.map((t) => (
            <li key={t.team.id} style={card} data-testid="team-card" data-team={t.team.id}>
              <div style={row}>
                <strong>{t.team.name}</strong>
                <Lozenge>{t.team.kind === 'custom' ? t.team.customKind ?? 'Custom' : TEAM_KIND_LABELS[t.team.kind]}</Lozenge>
                <span style={subtle}>v{t.version} · saved by <PersonName accountId={t.savedBy} /></span>
                <Button appearance="subtle" onClick={() => setEditing({ kind: 'team', value: draftOf(t), version: t.version })} testId="team-edit">Edit</Button>
              </div>
              <div>
                Liaison: <People ids={t.team.liaisons} testId="team-liaisons" /> · members <People ids={t.team.members} testId="team-members" />
                {t.team.managers.length > 0 && <> · managers <People ids={t.team.managers} testId="team-managers" /></>}
              </div>
              <div style={subtle}>
                On-call: {t.team.scheduleId ?? 'none (liaison paged)'} · owns {t.team.services.owns.join(', ') || 'no service'}
                {t.team.services.dependsOn.length ? `, depends on ${t.team.services.dependsOn.join(', ')}` : ''}
                {' '}· OLA: acknowledge within {t.team.ola.engagementAckMinutes} min, accept handoffs within {t.team.ola.handoffAcceptMinutes} min{t.team.ola.calendarId ? ` (${t.team.ola.calendarId} working time)` : ''}
              </div>
              {t.usedBy.length > 0 && <div style={subtle}>Used by {t.usedBy.join(', ')}</div>}
            </li>
          ))}
        </ul>
      )}
      <div style={row}>
        <h3 style={{ margin: 0 }}>Joint escalation protocols</h3>
        <Button onClick={() => setEditing({ kind: 'protocol', value: NEW_PROTOCOL, version: 0 })} testId="protocol-new">New protocol</Button>
      </div>
      {editing?.kind === 'protocol' && <JsonRecordEditor initial={editing.value} testId="protocol-editor" onSave={saveProtocol} onCancel={() => setEditing(null)} />}
      <ul style={{ ...stack, listStyle: 'none', padding: 0 }}>
        {protocols.map((p) => (
          <li key={p.protocol.id} style={card} data-testid="protocol-card" data-protocol={p.protocol.id}>
            <div style={row}>
              <strong>{p.protocol.name}</strong>
              <Lozenge appearance={p.protocol.enabled ? 'success' : 'default'}>{p.protocol.enabled ? 'Enabled' : 'Disabled'}</Lozenge>
              <Button appearance="subtle" onClick={() => setEditing({ kind: 'protocol', value: p.protocol, version: p.version })} testId="protocol-edit">Edit</Button>
            </div>
            <div style={subtle}>
              When: {[...p.protocol.when.services.map((s) => `service ${s}${p.protocol.when.includeDependencies ? ' (and its dependencies)' : ''}`), ...p.protocol.when.labels.map((l) => `label ${l}`), ...p.protocol.when.components.map((c) => `component ${c}`)].join(', ')}
              {p.protocol.when.priorities.length ? ` at ${p.protocol.when.priorities.join('/')}` : ''} · engages {p.protocol.teams.map((t) => (p.protocol.ordered ? `${t.step}. ${t.teamId}` : t.teamId)).join(', ')}
              {p.protocol.engageServiceTeams ? ' and the service\'s teams' : ''} · commander from the {p.protocol.commanderRole} role
            </div>
          </li>
        ))}
      </ul>
      <OlaReport />
    </section>
  );
}

/** People by display name, in the order the team lists them. */
function People({ ids, testId }: { ids: readonly string[]; testId: string }) {
  return <span data-testid={testId}>{ids.map((id, i) => <span key={id}>{i > 0 && ', '}<PersonName accountId={id} /></span>)}</span>;
}
