import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { HeartbeatView } from '../../../src/contracts/heartbeat.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';

/** One heartbeat: the URL its job pings (to copy), a ready-made ping, and its actions. */
export function HeartbeatDetails({ view, onEdit, onRotated, onDeleted }: {
  view: HeartbeatView;
  onEdit: () => void;
  onRotated: (secret: string) => void;
  onDeleted: () => void;
}) {
  const h = view.heartbeat;
  const [dialog, setDialog] = useState<'rotate' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  async function act(kind: 'rotate' | 'delete', reason: string) {
    setBusy(true);
    const r = kind === 'delete' ? await invokeResolver('deleteHeartbeat', { id: h.id, reason }) : await invokeResolver('rotateHeartbeatSecret', { id: h.id, reason });
    setBusy(false);
    setDialog(null);
    if (!r.ok) return setError(r.error);
    if ('secret' in r.data) return onRotated(r.data.secret);
    notify(`Heartbeat ${h.name} deleted`);
    onDeleted();
  }

  async function copy() {
    if (!view.url) return;
    try {
      await navigator.clipboard.writeText(view.url);
      notify('Ping URL copied');
    } catch {
      // Clipboard access can be refused inside the Forge iframe: the URL stays selectable.
      notify('Select the URL and copy it');
    }
  }

  return (
    <section style={{ ...card, ...stack }} data-testid="heartbeat-details" aria-labelledby="heartbeat-details-title">
      <div style={row}>
        <h3 id="heartbeat-details-title" style={{ ...heading, margin: 0 }}>{h.name}</h3>
        <Button spacing="compact" onClick={onEdit} testId="heartbeat-edit">Edit…</Button>
        <Button spacing="compact" onClick={() => setDialog('rotate')} testId="heartbeat-rotate">New secret…</Button>
        <Button spacing="compact" appearance="danger" onClick={() => setDialog('delete')} testId="heartbeat-delete">Delete…</Button>
      </div>
      {error && <ErrorState error={error} />}
      {view.url ? (
        <>
          <div style={row}>
            <code data-testid="heartbeat-url" style={{ userSelect: 'all', wordBreak: 'break-all' }}>{view.url}</code>
            <Button spacing="compact" onClick={() => void copy()} testId="heartbeat-copy-url">Copy URL</Button>
          </div>
          <p style={subtle}>Ping it every {h.intervalMinutes} minutes with the secret as <code>Authorization: Bearer &lt;secret&gt;</code> (or <code>&amp;token=&lt;secret&gt;</code>), for example:</p>
          <code data-testid="heartbeat-example" style={{ userSelect: 'all', wordBreak: 'break-all' }}>{view.example}</code>
        </>
      ) : <p style={subtle}>The ping URL is not available here.</p>}
      <ReasonDialog open={dialog === 'rotate'} title={`New secret for ${h.name}?`} confirmLabel="Create new secret" busy={busy}
        testId="heartbeat-rotate-dialog" onClose={() => setDialog(null)} onConfirm={(reason) => void act('rotate', reason)}>
        <p>The current secret keeps working for 24 hours, so the job can be moved over.</p>
      </ReasonDialog>
      <ReasonDialog open={dialog === 'delete'} title={`Delete ${h.name}?`} confirmLabel="Delete heartbeat" busy={busy}
        testId="heartbeat-delete-dialog" onClose={() => setDialog(null)} onConfirm={(reason) => void act('delete', reason)}>
        <p>Its URL will answer 404 and it is never missed again. Incidents it opened stay as they are.</p>
      </ReasonDialog>
    </section>
  );
}
