import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { TrailVerdictView } from '../../../src/contracts/governance.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { card, heading, row, subtle } from '../../shared/styles.js';

/**
 * The audit trail's integrity: verify it here, or download it and run `npm run verify-audit`
 * on the file, which needs nothing but the export.
 */
export function TrailCheck() {
  const [verdict, setVerdict] = useState<TrailVerdictView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    const r = await invokeResolver('verifyAuditTrail', {});
    setBusy(false);
    if (r.ok) { setVerdict(r.data); setError(null); } else setError(r.error);
  }

  async function download() {
    const r = await invokeResolver('exportAuditTrail', { fromSeq: 1 });
    if (!r.ok) return setError(r.error);
    const url = URL.createObjectURL(new Blob([JSON.stringify(r.data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `audit-trail-${r.data.exportedAt.slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section style={card} aria-label="Audit trail integrity">
      <h2 style={heading}>Audit trail</h2>
      <p style={subtle}>Every escalation event and access-log entry is appended to a hash chain. Changing, removing or reordering any entry breaks the chain from there on.</p>
      <div style={row}>
        <Button onClick={() => void verify()} isDisabled={busy} testId="trail-verify">{busy ? 'Verifying…' : 'Verify the trail'}</Button>
        <Button appearance="subtle" onClick={() => void download()} testId="trail-download">Download for npm run verify-audit</Button>
      </div>
      {error && <ErrorState error={error} />}
      {verdict && (
        <div data-testid="trail-verdict">
          {verdict.ok ? <Lozenge appearance="success">Intact</Lozenge> : <Lozenge appearance="removed">Altered</Lozenge>} {verdict.entries} entries, head #{verdict.head.seq}
          {!verdict.ok && <ul>{verdict.problems.map((p, i) => <li key={i}>#{p.seq} {p.problem}: {p.detail}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}
