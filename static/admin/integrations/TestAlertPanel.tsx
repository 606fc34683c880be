import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { IntegrationView, TestAlertResult } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { Field } from '../../shared/Field.js';
import { heading, row, stack, subtle } from '../../shared/styles.js';

/**
 * "Send test alert": the format's sample (or anything pasted) goes through the alert pipeline
 * as a preview. The answer says what would happen; nothing is stored or paged.
 */
export function TestAlertPanel({ view }: { view: IntegrationView }) {
  const integration = view.integration;
  const sample = JSON.stringify(view.samplePayload, null, 2);
  const [body, setBody] = useState(sample);
  const [result, setResult] = useState<TestAlertResult | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const [asTool, setAsTool] = useState(false);
  async function send() {
    setBusy(true);
    setError(null);
    const r = await invokeResolver('sendTestAlert', { id: integration.id, payload: body, asTool });
    setBusy(false);
    if (r.ok) setResult(r.data);
    else { setResult(null); setError(r.error); }
  }

  return (
    <div style={stack} data-testid="test-alert">
      <h4 style={{ ...heading, margin: 0 }}>Send test alert</h4>
      <p style={subtle}>Runs the payload through parsing, suppression, deduplication and the priority matrix as if the sender had posted it (its credentials are not needed), without storing anything or paging anyone. Tick “as the tool would send it” to send it for real, signed with the current secret in the tool's own way.</p>
      <Field path="testAlert.body" label="Payload (as the sender would post it)">
        {(c) => <textarea {...c} rows={10} value={body} onChange={(e) => setBody(e.target.value)} spellCheck={false}
          style={{ ...c.style, fontFamily: 'monospace' }} />}
      </Field>
      <CheckboxInput path={['testAlert', 'asTool']} label="As the tool would send it: through the real authentication and rate limit, opening a real incident" checked={asTool} onChange={setAsTool} />
      <div style={row}>
        <Button appearance="primary" onClick={() => void send()} isDisabled={busy} testId="test-alert-send">Send test alert</Button>
        <Button appearance="subtle" onClick={() => setBody(sample)} testId="test-alert-sample">Reset to sample</Button>
      </div>
      {error && <ErrorState error={error} />}
      {result && (
        <div role="status" data-testid="test-alert-result" data-status={result.httpStatus}>
          <p>The endpoint {asTool ? 'answered' : 'would answer'} <strong>{result.httpStatus}</strong>{result.reason ? `: ${result.reason}` : ''}.</p>
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
