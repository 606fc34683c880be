import { useState } from 'react';
import { MAX_OVERLAP_HOURS } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';

/** Asks how long the old secret should keep working, and why, then rotates. */
export function RotateSecretDialog({ open, integrationId, onClose, onRotated, onError }: {
  open: boolean;
  integrationId: string;
  onClose: () => void;
  onRotated: (r: { secret: string; previousValidUntil: string | null }) => void;
  onError: (e: ResolverError) => void;
}) {
  const [overlapHours, setOverlapHours] = useState<number | undefined>(24);
  const [busy, setBusy] = useState(false);

  async function rotate(reason: string) {
    setBusy(true);
    const r = await invokeResolver('rotateIntegrationSecret', { id: integrationId, overlapHours: overlapHours ?? 0, reason });
    setBusy(false);
    if (r.ok) onRotated({ secret: r.data.secret, previousValidUntil: r.data.previousSecretValidUntil });
    else onError(r.error);
  }

  return (
    <ReasonDialog open={open} title="Rotate the secret?" confirmLabel="Rotate secret" busy={busy} testId="integration-rotate-dialog"
      onClose={onClose} onConfirm={(reason) => void rotate(reason)}>
      <p>The new secret is shown once. Senders using the old one keep working for the overlap; 0 hours revokes it now (for a leaked secret).</p>
      <NumberInput path={['overlapHours']} label={`Old secret keeps working for (hours, 0–${MAX_OVERLAP_HOURS})`} value={overlapHours}
        min={0} max={MAX_OVERLAP_HOURS} onChange={setOverlapHours} width={260} />
    </ReasonDialog>
  );
}
