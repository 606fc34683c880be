import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { stack } from '../../shared/styles.js';
import { PolicyEditor } from './PolicyEditor.js';
import { PolicyHistory } from './PolicyHistory.js';
import { PolicyList } from './PolicyList.js';

type Mode = { kind: 'list' } | { kind: 'edit'; summary: PolicySummary | null } | { kind: 'history'; id: string };

export function PoliciesPage() {
  const [policies, setPolicies] = useState<PolicySummary[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [deleting, setDeleting] = useState<PolicySummary | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listPolicies', {});
    if (r.ok) setPolicies(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function remove(reason: string) {
    if (!deleting) return;
    setBusy(true);
    const r = await invokeResolver('deletePolicy', { id: deleting.policy.id, reason });
    setBusy(false);
    setDeleting(null);
    if (!r.ok) return setError(r.error);
    notify(`Deleted ${deleting.policy.name}`);
    void load();
  }

  if (mode.kind === 'edit') {
    return <PolicyEditor summary={mode.summary} onCancel={() => setMode({ kind: 'list' })}
      onSaved={(saved) => { notify(`Saved ${saved.policy.name} as version ${saved.version}`); setMode({ kind: 'list' }); void load(); }} />;
  }
  if (mode.kind === 'history') return <PolicyHistory id={mode.id} onBack={() => setMode({ kind: 'list' })} />;

  return (
    <div style={stack}>
      <div><Button appearance="primary" onClick={() => setMode({ kind: 'edit', summary: null })} testId="policy-new">New policy</Button></div>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!policies && !error && <LoadingState label="Loading policies…" />}
      {policies && (
        <PolicyList policies={policies} onEdit={(s) => setMode({ kind: 'edit', summary: s })}
          onHistory={(s) => setMode({ kind: 'history', id: s.policy.id })} onDelete={setDeleting} />
      )}
      <ReasonDialog open={deleting !== null} title={`Delete ${deleting?.policy.name ?? ''}?`} confirmLabel="Delete policy" busy={busy}
        testId="policy-delete-dialog" onClose={() => setDeleting(null)} onConfirm={(reason) => void remove(reason)}>
        <p>Incidents this policy covers will no longer escalate under it.</p>
      </ReasonDialog>
    </div>
  );
}
