import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { IntegrationRulesPreview } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { row, stack, subtle } from '../../shared/styles.js';
import type { IntegrationDraft } from './newIntegration.js';

const labelsText = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');

function sustainText(s: IntegrationRulesPreview['sustain']): string {
  if (s.because === 'no-rule') return 'No sustain rule: the first firing alert pages at once.';
  const why = s.because === 'duration' ? 'it has fired long enough' : `it has arrived ${s.occurrences} times`;
  return `A tool repeating a firing alert every ${s.everyMinutes} minutes pages after ${s.pagesAfterMinutes} minutes, when ${why}.`;
}

/**
 * "Which of these would be one incident?": the server checks the unsaved draft as a save would
 * (a refused field shows beside its input, through `onInvalid`) and runs its rules over sample
 * alerts. Nothing is stored.
 */
export function RulesPreviewPanel({ draft, onInvalid }: { draft: IntegrationDraft; onInvalid: (fields: ResolverError['fields']) => void }) {
  // Kept with the draft it was made for: a preview of rules since edited would mislead.
  const [preview, setPreview] = useState<{ of: string; result: IntegrationRulesPreview } | null>(null);
  const shown = preview && preview.of === JSON.stringify(draft) ? preview.result : null;
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    const r = await invokeResolver('previewIntegrationRules', { integration: draft });
    setBusy(false);
    onInvalid(r.ok ? [] : r.error.fields);
    setPreview(r.ok ? { of: JSON.stringify(draft), result: r.data } : null);
    setError(r.ok || r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <div style={stack} data-testid="rules-preview">
      <div style={row}>
        <Button onClick={() => void run()} isLoading={busy} testId="rules-preview-run">Preview with sample alerts</Button>
        <span style={subtle}>Shows which sample alerts these (unsaved) rules would group into one incident.</span>
      </div>
      {error && <ErrorState error={error} />}
      {shown && (
        <>
          <table data-testid="rules-preview-table">
            <thead><tr><th>At</th><th>Alert</th><th>Service</th><th>Labels</th><th>Incident</th></tr></thead>
            <tbody>
              {shown.correlation.map((r, i) => (
                <tr key={i} data-testid="rules-preview-row">
                  <td>+{r.minute} min</td><td>{r.summary}</td><td>{r.service ?? '—'}</td><td>{labelsText(r.labels)}</td>
                  <td>{r.joinedBy ? `joins #${r.incident} (rule ${r.joinedBy})` : `opens #${r.incident}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="rules-preview-sustain">{sustainText(shown.sustain)}</p>
        </>
      )}
    </div>
  );
}
