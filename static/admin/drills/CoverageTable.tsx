import { useEffect, useState } from 'react';
import type { CoverageView } from '../../../src/contracts/drills.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { cell, heading, table } from '../../shared/styles.js';

const STATE = { drilled: 'drilled', missed: 'missed a drill', notDrilled: 'not drilled yet' } as const;

/** Who in the policy's rotations the programme has drilled over the last year. */
export function CoverageTable({ programmeId }: { programmeId: string }) {
  const [view, setView] = useState<CoverageView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  useEffect(() => { void invokeResolver('getDrillCoverage', { programmeId }).then((r) => (r.ok ? setView(r.data) : setError(r.error))); }, [programmeId]);
  if (error) return <ErrorState error={error} />;
  if (!view) return <LoadingState label="Loading coverage…" />;
  return (
    <section aria-labelledby="drill-coverage" data-testid="coverage">
      <h2 id="drill-coverage" style={heading}>Coverage of {programmeId} since {view.yearFrom.slice(0, 10)}</h2>
      <table style={table}>
        <thead><tr><th style={cell}>Person</th><th style={cell}>State</th><th style={cell}>Last drilled</th><th style={cell}>Last missed</th></tr></thead>
        <tbody>{view.rows.map((r) => <tr key={r.accountId}><td style={cell}>{r.displayName}</td><td style={cell}>{STATE[r.state]}</td><td style={cell}>{r.drilledAt ?? '—'}</td><td style={cell}>{r.missedAt ?? '—'}</td></tr>)}</tbody>
      </table>
    </section>
  );
}
