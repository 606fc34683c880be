import { useEffect, useState } from 'react';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { stack, subtle } from '../../shared/styles.js';
import { SimulatorPanel } from './SimulatorPanel.js';

/** The simulator for saved policies; drafts are simulated from the policy editor's Simulate button. */
export function SimulatorPage() {
  const [policies, setPolicies] = useState<PolicySummary[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [id, setId] = useState<string | undefined>();
  useEffect(() => {
    void invokeResolver('listPolicies', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setPolicies(r.data);
      setId(r.data[0]?.policy.id);
    });
  }, []);
  if (error) return <ErrorState error={error} />;
  if (!policies) return <LoadingState label="Loading policies…" />;
  const chosen = policies.find((p) => p.policy.id === id);
  return (
    <div style={stack} data-testid="simulator-page">
      <SelectInput path={['policyId']} label="Policy" value={id} width={320}
        options={policies.map((p) => ({ value: p.policy.id, label: `${p.policy.name} (version ${p.version})` }))} onChange={setId} />
      <p style={subtle}>To try a change before saving it, open the policy in the Policies tab and press Simulate.</p>
      {chosen && <SimulatorPanel key={chosen.policy.id} policy={{ kind: 'saved', id: chosen.policy.id }} projectKey={chosen.policy.scope.projects[0] ?? 'ITOPS'} />}
    </div>
  );
}
