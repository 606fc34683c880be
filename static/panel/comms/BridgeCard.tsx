import { useState } from 'react';
import type { CommsView } from '../../../src/contracts/incidentComms.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { stack, subtle } from '../../shared/styles.js';
import { ActionButton } from '../ActionButton.js';
import type { Apply } from './apply.js';
import { hhmm } from './hhmm.js';
import { PersonName } from '../../shared/people/PersonName.js';

type Owner = NonNullable<CommsView['bridge']>['owners'][number];

function ownerStatus(o: Owner): string {
  if (o.joinedAt) return `joined ${hhmm(o.joinedAt)}${o.confirmedBy && o.confirmedBy !== o.accountId ? ` (confirmed by ${o.confirmedBy})` : ''}`;
  const chased = o.escalatedAt ? `; escalated ${hhmm(o.escalatedAt)}` : o.followedUpAt ? `; followed up ${hhmm(o.followedUpAt)}` : '';
  return `not joined yet (due ${hhmm(o.deadline)}${chased})`;
}

/** The open bridge: where to join, "I've joined" for the signed-in owner, and who joined when. */
export function BridgeCard({ issueKey, comms, applyAction }: { issueKey: string; comms: CommsView; applyAction: Apply }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const bridge = comms.bridge;
  if (!bridge) return <p style={{ ...subtle, margin: 0 }} data-testid="bridge-none">No bridge is open for this incident.</p>;

  async function join() {
    setBusy(true);
    setError(null);
    const result = await applyAction(invokeResolver('confirmBridgeJoin', { issueKey }));
    setBusy(false);
    if (result.ok) notify('Bridge join confirmed');
    else setError(result.error);
  }

  return (
    <div style={stack} data-testid="bridge-card">
      <div>
        <strong>Bridge line: </strong>
        <a href={bridge.url} target="_blank" rel="noreferrer" data-testid="bridge-url">{bridge.url}</a>
        {bridge.dialIn && <span data-testid="bridge-dial-in"> · dial-in {bridge.dialIn}</span>}
        <span style={subtle}> · opened {hhmm(bridge.openedAt)}</span>
      </div>
      <ActionButton label="I've joined" appearance="primary" permission={comms.permissions.confirmJoin} busy={busy}
        onClick={() => void join()} testId="bridge-join-button" />
      {error && <ErrorState error={error} title="Could not confirm the join" />}
      <ul style={{ margin: 0 }} aria-label="Paged to the bridge">
        {bridge.owners.map((o) => (
          <li key={o.accountId} data-testid="bridge-owner" data-account={o.accountId} data-joined={o.joinedAt ? 'true' : 'false'}>
            <PersonName accountId={o.accountId} /> ({o.path} level {o.level}): {ownerStatus(o)}
          </li>
        ))}
      </ul>
    </div>
  );
}
