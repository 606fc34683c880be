import { useCallback, useEffect, useState } from 'react';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { PersonName } from '../../shared/people/PersonName.js';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { DutiesView } from '../../../src/contracts/duties.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { DutyLevels } from './DutyLevels.js';
import { ShiftHandover } from './ShiftHandover.js';

/**
 * What escalations can page a person for, and their confirmation that they know. Anyone sees
 * their own; a policy admin may look up someone else's (the server enforces both).
 */
export function MyDutiesPage() {
  const [who, setWho] = useState<string | undefined>(undefined);
  const [lookup, setLookup] = useState<string | undefined>(undefined);
  const [duties, setDuties] = useState<DutiesView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    setDuties(null);
    const r = await invokeResolver('getMyDuties', lookup ? { accountId: lookup } : {});
    if (r.ok) setDuties(r.data);
    else setError(r.error);
  }, [lookup]);
  useEffect(() => { void load(); }, [load]);

  async function confirm() {
    setBusy(true);
    const r = await invokeResolver('confirmMyDuties', {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setDuties(r.data);
    notify('Duties confirmed');
  }

  // Only your own duties can be confirmed: confirming says "I know", which nobody can say for someone else.
  const own = lookup === undefined;
  return (
    <div style={stack} data-testid="my-duties-page">
      <form style={{ ...row, alignItems: 'flex-end' }} onSubmit={(e) => { e.preventDefault(); setLookup(who); }}>
        <DirectoryPicker path={['accountId']} label="Whose duties (empty: yours; others need the policy admin role)" kind="user" multiple={false} width={360}
          value={who ? [who] : []} onChange={(v) => setWho(v[0])} />
        <Button type="submit" testId="duties-lookup">Show</Button>
      </form>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!duties && !error && <LoadingState label="Loading duties…" />}
      {duties && (
        <>
          {duties.needsConfirmation && own && (
            <div data-testid="duties-needs-confirmation">
              <SectionMessage appearance="warning" title="Please confirm your duties">
                <p>You were added to a rotation, or have never confirmed. Read what can page you below, then confirm.</p>
                <Button appearance="primary" onClick={() => void confirm()} isDisabled={busy} testId="duties-confirm">I have read my duties</Button>
              </SectionMessage>
            </div>
          )}
          <p style={subtle} data-testid="duties-last-confirmed">
            Duties of <PersonName accountId={duties.accountId} />;{' '}
            {duties.lastConfirmedAt ? `last confirmed ${new Date(duties.lastConfirmedAt).toLocaleString()}.` : 'never confirmed.'}
          </p>
          <section style={card} aria-label="Levels">
            <h3 style={heading}>Escalation levels</h3>
            <DutyLevels duties={duties.levels} caption="Paged when an incident reaches these levels" empty="No level pages this person." testId="duty-levels" />
          </section>
          <section style={card} aria-label="Backups">
            <h3 style={heading}>Backup for</h3>
            <DutyLevels duties={duties.backups} caption="Paged when the level's targets do not acknowledge" empty="Backup for no level." testId="duty-backups" />
          </section>
          {own && <ShiftHandover rotations={duties.rotations} />}
          <section style={card} aria-label="Rotations">
            <h3 style={heading}>Rotations</h3>
            {duties.rotations.length === 0 ? <EmptyState testId="duty-rotations-empty">In no on-call rotation.</EmptyState> : (
              <ul data-testid="duty-rotations">
                {duties.rotations.map((r) => (
                  <li key={`${r.scheduleId}/${r.layerName}`}>
                    {r.scheduleName} <code>{r.scheduleId}</code>, layer {r.layerName}, since {new Date(r.memberSince).toLocaleDateString()}{' '}
                    {r.isNew && <Lozenge appearance="new">New</Lozenge>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
