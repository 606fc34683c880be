import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { Field } from '../../shared/Field.js';
import { row, stack } from '../../shared/styles.js';
import { makeExportBundle } from './exportBundle.js';

/** Exports config and policies as one JSON document, shown for copying and offered as a download. */
export function ExportPanel() {
  const [json, setJson] = useState<string | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    const [config, policies] = await Promise.all([invokeResolver('getConfig', {}), invokeResolver('listPolicies', {})]);
    setBusy(false);
    if (!config.ok) return setError(config.error);
    if (!policies.ok) return setError(policies.error);
    setError(null);
    setJson(JSON.stringify(makeExportBundle(config.data.config, policies.data.map((s) => s.policy), new Date()), null, 2));
  }

  // A data: URL rather than a blob: URL, which some sandboxed iframes refuse to download.
  const href = json ? `data:application/json;charset=utf-8,${encodeURIComponent(json)}` : undefined;
  return (
    <div style={stack}>
      <div style={row}>
        <Button onClick={() => void run()} isLoading={busy} testId="export-button">Export configuration</Button>
        {href && <a href={href} download="escalation-config.json" data-testid="export-download">Download escalation-config.json</a>}
      </div>
      {error && <ErrorState error={error} />}
      {json && (
        <Field path="export-json" label="Exported JSON (copy it, or download the file)">
          {(c) => <textarea {...c} readOnly rows={12} value={json} style={{ ...c.style, fontFamily: 'monospace' }} />}
        </Field>
      )}
    </div>
  );
}
