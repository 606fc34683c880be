import { useEffect, useState } from 'react';
import { PersonName } from '../../shared/people/PersonName.js';
import Button from '@atlaskit/button/new';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { cell, heading, row, stack, table } from '../../shared/styles.js';
import { VersionDiff } from './VersionDiff.js';

/** Who changed the policy, when and why, and what changed between any two versions. */
export function PolicyHistory({ id, onBack }: { id: string; onBack: () => void }) {
  const [versions, setVersions] = useState<PolicySummary[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();

  useEffect(() => {
    void invokeResolver('getPolicyHistory', { id }).then((r) => {
      if (!r.ok) return setError(r.error);
      const sorted = [...r.data].sort((a, b) => b.version - a.version);
      setVersions(sorted);
      // Start by comparing the latest version with the one before it: the usual question.
      setTo(sorted[0] ? String(sorted[0].version) : undefined);
      setFrom(sorted[1] ? String(sorted[1].version) : undefined);
    });
  }, [id]);

  const byVersion = (v: string | undefined) => versions?.find((s) => String(s.version) === v);
  const options = (versions ?? []).map((s) => ({ value: String(s.version), label: `Version ${s.version}` }));

  return (
    <section style={stack} data-testid="policy-history">
      <div style={row}>
        <Button appearance="subtle" onClick={onBack} testId="history-back">← Policies</Button>
        <h2 style={heading}>History of {id}</h2>
      </div>
      {error && <ErrorState error={error} />}
      {!versions && !error && <LoadingState label="Loading history…" />}
      {versions && versions.length === 0 && <EmptyState>No saved versions.</EmptyState>}
      {versions && versions.length > 0 && (
        <>
          <table style={table}>
            <thead><tr>{['Version', 'Who', 'When', 'Why'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr></thead>
            <tbody>
              {versions.map((s) => (
                <tr key={s.version} data-testid="history-row">
                  <td style={cell}>{s.version}</td>
                  <td style={cell}><PersonName accountId={s.author} /></td>
                  <td style={cell}><time dateTime={s.savedAt}>{new Date(s.savedAt).toLocaleString()}</time></td>
                  <td style={cell}>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={row}>
            <SelectInput path={['diff-from']} label="Compare" value={from} options={options} onChange={setFrom} />
            <SelectInput path={['diff-to']} label="with" value={to} options={options} onChange={setTo} />
          </div>
          {byVersion(from) && byVersion(to)
            ? <VersionDiff before={byVersion(from)?.policy} after={byVersion(to)?.policy} />
            : <EmptyState>Choose two versions to compare.</EmptyState>}
        </>
      )}
    </section>
  );
}
