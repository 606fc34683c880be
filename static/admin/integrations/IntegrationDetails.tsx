import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { AuthInstructionsView } from './AuthInstructionsView.js';
import { DeliveriesTable } from './DeliveriesTable.js';
import { RotateSecretDialog } from './RotateSecretDialog.js';
import { TestAlertPanel } from './TestAlertPanel.js';

/** One integration: how senders reach it, its actions, a test alert and what it received lately. */
export function IntegrationDetails({ view, onEdit, onRotated, onDeleted }: {
  view: IntegrationView;
  onEdit: () => void;
  onRotated: (r: { secret: string; previousValidUntil: string | null }) => void;
  onDeleted: () => void;
}) {
  const i = view.integration;
  const [dialog, setDialog] = useState<'rotate' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  async function remove(reason: string) {
    setBusy(true);
    const r = await invokeResolver('deleteIntegration', { id: i.id, reason });
    setBusy(false);
    setDialog(null);
    if (!r.ok) return setError(r.error);
    notify(`Integration ${i.name} deleted`);
    onDeleted();
  }

  return (
    <section style={{ ...card, ...stack }} data-testid="integration-details" aria-labelledby="integration-details-title">
      <div style={row}>
        <h3 id="integration-details-title" style={{ ...heading, margin: 0 }}>{i.name}</h3>
        <Button spacing="compact" onClick={onEdit} testId="integration-edit">Edit…</Button>
        <Button spacing="compact" onClick={() => setDialog('rotate')} testId="integration-rotate">Rotate secret…</Button>
        <Button spacing="compact" appearance="danger" onClick={() => setDialog('delete')} testId="integration-delete">Delete…</Button>
      </div>
      {error && <ErrorState error={error} />}
      <AuthInstructionsView view={view} />
      <TestAlertPanel view={view} />
      <DeliveriesTable integrationId={i.id} />
      <RotateSecretDialog open={dialog === 'rotate'} integrationId={i.id} onClose={() => setDialog(null)}
        onRotated={(r) => { setDialog(null); onRotated(r); }} onError={(e) => { setDialog(null); setError(e); }} />
      <ReasonDialog open={dialog === 'delete'} title={`Delete ${i.name}?`} confirmLabel="Delete integration" busy={busy}
        testId="integration-delete-dialog" onClose={() => setDialog(null)} onConfirm={(reason) => void remove(reason)}>
        <p>Its URL will answer 404 and its secret is discarded. Incidents it opened stay as they are.</p>
      </ReasonDialog>
    </section>
  );
}
