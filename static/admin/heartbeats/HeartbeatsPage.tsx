import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { HeartbeatView } from '../../../src/contracts/heartbeat.js';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { heading, row, stack, subtle } from '../../shared/styles.js';
import { SecretOnce, type ShownSecret } from '../integrations/SecretOnce.js';
import { HeartbeatDetails } from './HeartbeatDetails.js';
import { HeartbeatForm, newHeartbeat, type HeartbeatDraft } from './HeartbeatForm.js';
import { HeartbeatList } from './HeartbeatList.js';
import { SyntheticChecksSection } from './SyntheticChecksSection.js';

type Editing = { mode: 'create' | 'edit'; draft: HeartbeatDraft } | null;

/**
 * Heartbeats: jobs that must ping within their interval, or an incident (or a drill) opens
 * through the chosen integration's pipeline. The back end refuses anyone but policy admins.
 */
export function HeartbeatsPage() {
  const [views, setViews] = useState<HeartbeatView[] | null>(null);
  const [integrations, setIntegrations] = useState<IntegrationView[]>([]);
  const [error, setError] = useState<ResolverError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const [h, i] = await Promise.all([invokeResolver('listHeartbeats', {}), invokeResolver('listIntegrations', {})]);
    if (!h.ok) return setError(h.error);
    if (!i.ok) return setError(i.error);
    setViews(h.data);
    setIntegrations(i.data);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!views) return <LoadingState label="Loading heartbeats…" />;
  const current = views.find((v) => v.heartbeat.id === selected) ?? null;
  const show = (name: string, s: string) => setSecret({ integrationName: name, secret: s, previousValidUntil: null });

  return (
    <div style={stack} data-testid="heartbeats">
      {secret && <SecretOnce shown={secret} onDismiss={() => setSecret(null)} />}
      <div style={row}>
        <h2 style={{ ...heading, margin: 0 }}>Heartbeats</h2>
        <Button appearance="primary" testId="heartbeat-new" isDisabled={editing !== null}
          onClick={() => { setSecret(null); setEditing({ mode: 'create', draft: newHeartbeat(integrations[0]?.integration.id ?? '') }); }}>New heartbeat…</Button>
        <Button testId="heartbeat-refresh" onClick={() => void load()}>Refresh</Button>
      </div>
      <p style={subtle}>A missed ping opens an incident within a minute of its grace running out; the next ping resolves it.</p>
      <HeartbeatList views={views} onSelect={(id) => { setEditing(null); setSelected(id); }} />
      {editing && (
        <HeartbeatForm key={`${editing.mode}-${String(editing.draft.id)}`} mode={editing.mode} initial={editing.draft} integrations={integrations}
          onCancel={() => setEditing(null)}
          onSaved={(view, s) => { setEditing(null); setSelected(view.heartbeat.id); if (s) show(view.heartbeat.name, s); void load(); }} />
      )}
      {!editing && current && (
        <HeartbeatDetails key={current.heartbeat.id} view={current}
          onEdit={() => { setSecret(null); setEditing({ mode: 'edit', draft: { ...current.heartbeat } }); }}
          onRotated={(s) => show(current.heartbeat.name, s)}
          onDeleted={() => { setSelected(null); void load(); }} />
      )}
      <SyntheticChecksSection integrations={integrations} />
    </div>
  );
}
