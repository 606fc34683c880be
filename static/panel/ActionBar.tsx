import { useState } from 'react';
import type { Envelope, IncidentView } from '../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
import { ErrorState } from '../shared/ErrorState.js';
import { notify } from '../shared/notify.js';
import { ReasonDialog } from '../shared/ReasonDialog.js';
import { row, stack } from '../shared/styles.js';
import { ActionButton } from './ActionButton.js';
import { EscalateDialog } from './EscalateDialog.js';

type Apply = (action: Promise<Envelope<IncidentView>>) => Promise<Envelope<IncidentView>>;

export function ActionBar({ view, applyAction }: { view: IncidentView; applyAction: Apply }) {
  const [dialog, setDialog] = useState<'escalate' | 'standDown' | null>(null);
  const [busy, setBusy] = useState<'acknowledge' | 'standDown' | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const { permissions, issueKey } = view;

  async function run(kind: 'acknowledge' | 'standDown', call: Promise<Envelope<IncidentView>>, done: string) {
    setBusy(kind);
    setError(null);
    const result = await applyAction(call);
    setBusy(null);
    if (result.ok) {
      setDialog(null);
      notify(done);
    } else {
      setError(result.error);
      setDialog(null);
    }
  }

  return (
    <section aria-label="Escalation actions" style={stack}>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        <ActionButton label="Escalate…" appearance="primary" permission={permissions.escalate}
          onClick={() => setDialog('escalate')} testId="escalate-button" />
        <ActionButton label="Acknowledge" permission={permissions.acknowledge} busy={busy === 'acknowledge'}
          onClick={() => void run('acknowledge', invokeResolver('acknowledge', { issueKey }), 'Acknowledged')}
          testId="acknowledge-button" />
        <ActionButton label="Stand down…" appearance="warning" permission={permissions.standDown}
          onClick={() => setDialog('standDown')} testId="stand-down-button" />
      </div>
      {error && <ErrorState error={error} title="That action did not go through" />}
      <EscalateDialog open={dialog === 'escalate'} view={view} applyAction={applyAction}
        onClose={() => setDialog(null)} onDone={() => { setDialog(null); setError(null); notify('Escalated'); }} />
      <ReasonDialog open={dialog === 'standDown'} title={`Stand down ${issueKey}`} confirmLabel="Stand down"
        busy={busy === 'standDown'} testId="stand-down-dialog" inputTestId="stand-down-reason"
        onClose={() => setDialog(null)}
        onConfirm={(reason) => void run('standDown', invokeResolver('standDown', { issueKey, reason }), 'Escalation stood down')}>
        <p>Standing down stops paging for this incident. Triggers firing now will not restart it.</p>
      </ReasonDialog>
    </section>
  );
}
