import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { heading, row, stack } from '../../shared/styles.js';
import { AlertSettingsEditor } from './AlertSettingsEditor.js';
import { IntegrationDetails } from './IntegrationDetails.js';
import { IntegrationForm } from './IntegrationForm.js';
import { IntegrationList } from './IntegrationList.js';
import { newIntegration, type IntegrationDraft } from './newIntegration.js';
import { SecretOnce, type ShownSecret } from './SecretOnce.js';

type Editing = { mode: 'create' | 'edit'; draft: IntegrationDraft } | null;

/**
 * Monitoring and SIEM integrations: the list, one integration's details (URL, how to
 * authenticate, test alert, recent deliveries), the create/edit form, and the maintenance
 * windows and peak hours every integration shares. The back end refuses anyone but policy admins.
 */
export function IntegrationsPage() {
  const [views, setViews] = useState<IntegrationView[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listIntegrations', {});
    if (r.ok) setViews(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!views) return <LoadingState label="Loading integrations…" />;
  const current = views.find((v) => v.integration.id === selected) ?? null;

  const saved = (view: IntegrationView, newSecret?: string) => {
    setEditing(null);
    setSelected(view.integration.id);
    if (newSecret) setSecret({ integrationName: view.integration.name, secret: newSecret, previousValidUntil: null });
    void load();
  };

  return (
    <div style={stack} data-testid="integrations">
      {secret && <SecretOnce shown={secret} onDismiss={() => setSecret(null)} />}
      <div style={row}>
        <h2 style={{ ...heading, margin: 0 }}>Integrations</h2>
        <Button appearance="primary" testId="integration-new" isDisabled={editing !== null}
          onClick={() => { setSecret(null); setEditing({ mode: 'create', draft: newIntegration() }); }}>New integration…</Button>
      </div>
      <IntegrationList views={views} selected={selected} onSelect={(id) => { setEditing(null); setSelected(id); }} />
      {editing && (
        <IntegrationForm key={`${editing.mode}-${String(editing.draft.id)}`} mode={editing.mode} initial={editing.draft}
          onCancel={() => setEditing(null)} onSaved={saved} />
      )}
      {!editing && current && (
        <IntegrationDetails key={current.integration.id} view={current}
          onEdit={() => { setSecret(null); setEditing({ mode: 'edit', draft: { ...current.integration } }); }}
          onRotated={(s) => { setSecret({ integrationName: current.integration.name, ...s }); void load(); }}
          onDeleted={() => { setSelected(null); void load(); }} />
      )}
      <AlertSettingsEditor />
    </div>
  );
}
