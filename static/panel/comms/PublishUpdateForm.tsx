import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { CommsView, PublicChannel } from '../../../src/contracts/incidentComms.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { input, stack, subtle } from '../../shared/styles.js';
import type { Apply } from './apply.js';

const CHANNEL_LABELS: Record<PublicChannel, string> = {
  'jsm-public-comment': 'Public comment for customers',
  'status-page': 'Status page',
};

const newRequestId = () => crypto.randomUUID();

/**
 * A customer-visible update. The form stays usable for everyone who sees the panel: the server
 * decides who may publish, and a refusal is shown as it comes back (and logged there).
 * One request id per update, kept across retries, so a retried submit publishes once.
 */
export function PublishUpdateForm({ issueKey, comms, applyAction }: { issueKey: string; comms: CommsView; applyAction: Apply }) {
  const [channel, setChannel] = useState<PublicChannel>('jsm-public-comment');
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const ids = { channel: useId(), text: useId(), hint: useId() };

  async function publish() {
    setBusy(true);
    setError(null);
    const result = await applyAction(invokeResolver('publishUpdate', { issueKey, channel, text, requestId }));
    setBusy(false);
    if (result.ok) {
      setText('');
      setRequestId(newRequestId());
      notify('Update published');
    } else setError(result.error);
  }

  return (
    <div style={stack} data-testid="publish-update-form">
      <label htmlFor={ids.channel} style={stack}>Publish a public update
        <select id={ids.channel} style={input} value={channel} onChange={(e) => setChannel(e.target.value as PublicChannel)} data-testid="publish-channel">
          {comms.channels.map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
        </select>
      </label>
      <label htmlFor={ids.text} style={stack}>Update text
        <textarea id={ids.text} style={input} rows={3} value={text} aria-describedby={comms.permissions.publishUpdate.allowed ? undefined : ids.hint}
          onChange={(e) => { setText(e.target.value); setRequestId(newRequestId()); }} data-testid="publish-text" />
      </label>
      {!comms.permissions.publishUpdate.allowed && (
        <span id={ids.hint} style={{ ...subtle, fontSize: '0.85em' }} data-testid="publish-hint">{comms.permissions.publishUpdate.reason}</span>
      )}
      <div>
        <Button appearance="primary" isDisabled={busy || text.trim() === ''} isLoading={busy} onClick={() => void publish()} testId="publish-update-button">
          Publish update
        </Button>
      </div>
      {error && <ErrorState error={error} title="The update was not published" />}
    </div>
  );
}
