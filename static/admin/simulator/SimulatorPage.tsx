import { useEffect, useState } from 'react';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import { SimulatorPanel } from './SimulatorPanel.js';

/** The simulator for saved versions (any of them); drafts are simulated from the policy editor's Simulate button. */
export function SimulatorPage() {
  const [policies, setPolicies] = useState<PolicySummary[] | null>(null);
  const [versions, setVersions] = useState<PolicySummary[]>([]);
  const [error, setError] = useState<ResolverError | null>(null);
  const [id, setId] = useState<string | undefined>();
  const [version, setVersion] = useState<string | undefined>();
  useEffect(() => {
    void invokeResolver('listPolicies', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setPolicies(r.data);
      setId(r.data[0]?.policy.id);
    });
  }, []);
  useEffect(() => {
    setVersion(undefined);
    if (id) void invokeResolver('getPolicyHistory', { id }).then((r) => setVersions(r.ok ? r.data : []));
  }, [id]);
  if (error) return <ErrorState error={error} />;
  if (!policies) return <LoadingState label="Loading policies…" />;
  const chosen = policies.find((p) => p.policy.id === id);
  const v = version === undefined ? undefined : Number(version);
  return (
    <div style={stack} data-testid="simulator-tab">
      <div style={row}>
        <SelectInput path={['policyId']} label="Policy" value={id} width={320}
          options={policies.map((p) => ({ value: p.policy.id, label: `${p.policy.name} (version ${p.version})` }))} onChange={setId} />
        <SelectInput path={['version']} label="Version" value={version} optional width={260}
          options={versions.map((p) => ({ value: String(p.version), label: `${p.version} — ${p.reason}` }))} onChange={setVersion} />
      </div>
      <p style={subtle}>Without a version the current one runs. To try a change before saving it, open the policy in the Policies tab and press Simulate.</p>
      {chosen && <SimulatorPanel key={`${chosen.policy.id}@${version ?? ''}`} policy={{ kind: 'saved', id: chosen.policy.id, ...(v ? { version: v } : {}) }}
        projectKey={chosen.policy.scope.projects[0] ?? 'ITOPS'} />}
    </div>
  );
}
