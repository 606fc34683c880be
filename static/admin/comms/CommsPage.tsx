import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { TemplatesView, TemplateView } from '../../../src/contracts/commsAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { card, cell, heading, row, stack, subtle, table } from '../../shared/styles.js';
import { ChannelSettingsSection } from './ChannelSettingsSection.js';
import { FailedSendsSection } from './FailedSendsSection.js';
import { TemplateEditor } from './TemplateEditor.js';

/** The Communications tab: message templates, channels and the sends that failed. */
export function CommsPage() {
  const [view, setView] = useState<TemplatesView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [editing, setEditing] = useState<TemplateView | 'new' | null>(null);
  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listCommsTemplates', {});
    if (r.ok) setView(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!view) return <LoadingState label="Loading templates…" />;
  return (
    <div style={stack} data-testid="comms-page">
      {editing !== null ? (
        <TemplateEditor key={editing === 'new' ? 'new' : editing.id} template={editing === 'new' ? null : editing} variables={view.variables}
          onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); void load(); }} />
      ) : (
        <section style={card} aria-label="Templates">
          <div style={row}>
            <h3 style={heading}>Templates</h3>
            <Button spacing="compact" onClick={() => setEditing('new')} testId="template-new">New template</Button>
          </div>
          <span style={subtle}>Shipped defaults apply until saved over; every save is a new version.</span>
          <table style={table} data-testid="comms-templates">
            <thead>
              <tr>{['Id', 'Name', 'Audience', 'Channel', 'Version', ''].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {view.templates.map((t) => (
                <tr key={t.id} data-testid="comms-template-row" data-template-id={t.id}>
                  <td style={cell}><code>{t.id}</code></td>
                  <td style={cell}>{t.name}</td>
                  <td style={cell}>{t.audience}</td>
                  <td style={cell}>{t.channel}</td>
                  <td style={cell}>{t.version}{t.isDefault ? ' (default)' : ''}</td>
                  <td style={cell}><Button spacing="compact" onClick={() => setEditing(t)} testId={`template-edit-${t.id}`}>Edit</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ChannelSettingsSection />
      <FailedSendsSection />
    </div>
  );
}
