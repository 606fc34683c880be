import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { CommsView } from '../../../src/contracts/incidentComms.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { input, row, stack, subtle } from '../../shared/styles.js';
import type { Apply } from './apply.js';
import { hhmm } from './hhmm.js';
import { PersonName } from '../../shared/people/PersonName.js';

/** Who leads communications, and for incident managers a way to designate someone. */
export function CommsLeadCard({ issueKey, comms, applyAction }: { issueKey: string; comms: CommsView; applyAction: Apply }) {
  const [accountId, setAccountId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const ids = { account: useId(), reason: useId() };
  const lead = comms.lead;

  async function designate() {
    setBusy(true);
    setError(null);
    const result = await applyAction(invokeResolver('designateCommsLead', { issueKey, accountId: accountId.trim(), reason }));
    setBusy(false);
    if (result.ok) {
      setAccountId('');
      setReason('');
      notify('Comms lead designated');
    } else setError(result.error);
  }

  return (
    <div style={stack}>
      <p style={{ margin: 0 }} data-testid="comms-lead" data-account={lead?.accountId ?? ''}>
        {lead ? <>Comms lead: <strong><PersonName accountId={lead.accountId} /></strong> <span style={subtle}>(designated by <PersonName accountId={lead.designatedBy} />, {hhmm(lead.at)})</span></>
          : 'No comms lead is designated.'}
      </p>
      {comms.permissions.designateLead.allowed && (
        <div style={{ ...row, alignItems: 'flex-end' }}>
          <label htmlFor={ids.account} style={stack}>Comms lead (account id)
            <input id={ids.account} style={input} value={accountId} onChange={(e) => setAccountId(e.target.value)} data-testid="designate-lead-account" />
          </label>
          <label htmlFor={ids.reason} style={stack}>Reason
            <input id={ids.reason} style={input} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="designate-lead-reason" />
          </label>
          <Button isDisabled={busy || accountId.trim() === ''} isLoading={busy} onClick={() => void designate()} testId="designate-lead-button">
            Designate
          </Button>
        </div>
      )}
      {error && <ErrorState error={error} title="Could not designate the comms lead" />}
    </div>
  );
}
