import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { ALERT_SAMPLES } from '../../../src/contracts/alertSamples.js';
import type { Integration } from '../../../src/contracts/integration.js';
import type { TestAlertResult } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { Field } from '../../shared/Field.js';
import { heading, row, stack, subtle } from '../../shared/styles.js';

/**
 * "Send test alert": the format's sample (or anything pasted) goes through the real endpoint
 * checks in dry-run mode. The answer says what would happen; nothing is stored or paged.
 */
export function TestAlertPanel({ integration }: { integration: Integration }) {
  const [body, setBody] = useState(() => JSON.stringify(ALERT_SAMPLES[integration.format], null, 2));
  const [result, setResult] = useState<TestAlertResult | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    setError(null);
    const r = await invokeResolver('sendTestAlert', { id: integration.id, payload: body });
    setBusy(false);
    if (r.ok) setResult(r.data);
    else { setResult(null); setError(r.error); }
  }

  return (
    <div style={stack} data-testid="test-alert">
      <h4 style={{ ...heading, margin: 0 }}>Send test alert</h4>
      <p style={subtle}>Runs the payload through authentication, parsing, suppression, deduplication and the priority matrix without storing anything or paging anyone.</p>
      <Field path="testAlert.body" label="Payload (as the sender would post it)">
        {(c) => <textarea {...c} rows={10} value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false}
          style={{ ...c.style, fontFamily: 'monospace' }} />}
      </Field>
      <div style={row}>
        <Button appearance="primary" onClick={() => void send()} isDisabled={busy} testId="test-alert-send">Send test alert</Button>
        <Button appearance="subtle" onClick={() => setBody(JSON.stringify(ALERT_SAMPLES[integration.format], null, 2))} testId="test-alert-sample">Reset to sample</Button>
      </div>
      {error && <ErrorState error={error} />}
      {result && (
        <div role="status" data-testid="test-alert-result" data-status={result.httpStatus}>
          <p>The endpoint would answer <strong>{result.httpStatus}</strong>{result.reason ? `: ${result.reason}` : ''}.</p>
          <ul>
            {result.results.map((r, i) => (
              <li key={i} data-testid="test-alert-outcome" data-outcome={r.outcome}>
                <Lozenge>{r.outcome}</Lozenge> {r.reason}
                {r.wouldCreate && (
                  <span data-testid="test-alert-would-create">
                    {' '}— would open “{r.wouldCreate.summary}” on {r.wouldCreate.service ?? 'no service'}, priority {r.wouldCreate.priority ?? 'from the matrix'} (impact {r.wouldCreate.impact}, urgency {r.wouldCreate.urgency})
                  </span>
                )}
                {r.incidentKey && <span> — {r.incidentKey}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
