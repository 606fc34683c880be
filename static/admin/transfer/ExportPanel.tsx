import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { Field } from '../../shared/Field.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import { bundleText, type BundleFormat } from './bundleText.js';
import { makeExportBundle, type ExportBundle } from './exportBundle.js';

const formats = [{ value: 'json', label: 'JSON' }, { value: 'yaml', label: 'YAML' }] as const;
const MIME: Record<BundleFormat, string> = { json: 'application/json', yaml: 'application/yaml' };

/**
 * Exports the configuration, policies, schedules, role mapping, integrations and alert settings as one document, shown for
 * copying and offered as a download. Integration and channel secrets never leave the server.
 */
export function ExportPanel() {
  const [bundle, setBundle] = useState<ExportBundle | null>(null);
  const [format, setFormat] = useState<BundleFormat>('json');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    const [config, policies, schedules, mapping, integrations, alertSettings] = await Promise.all([invokeResolver('getConfig', {}),
      invokeResolver('listPolicies', {}), invokeResolver('listSchedules', {}), invokeResolver('getRoleMapping', {}),
      invokeResolver('listIntegrations', {}), invokeResolver('getAlertSettings', {})]);
    setBusy(false);
    for (const r of [config, policies, schedules, mapping, integrations, alertSettings]) if (!r.ok) return setError(r.error);
    if (!config.ok || !policies.ok || !schedules.ok || !mapping.ok || !integrations.ok || !alertSettings.ok) return;
    setError(null);
    setBundle(makeExportBundle(config.data.config, policies.data.map((s) => s.policy), new Date(), {
      schedules: schedules.data.map((s) => s.schedule), roleMapping: mapping.data.mapping,
      integrations: integrations.data.map((v) => v.integration), alertSettings: alertSettings.data,
    }));
  }

  const text = bundle ? bundleText(bundle, format) : null;
  // A data: URL rather than a blob: URL, which some sandboxed iframes refuse to download.
  const href = text ? `data:${MIME[format]};charset=utf-8,${encodeURIComponent(text)}` : undefined;
  const file = `escalation-config.${format}`;
  return (
    <div style={stack}>
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <SelectInput path={['export-format']} label="Format" value={format} options={formats} onChange={(f) => f && setFormat(f)} />
        <Button onClick={() => void run()} isLoading={busy} testId="export-button">Export configuration</Button>
        {href && <a href={href} download={file} data-testid="export-download">Download {file}</a>}
      </div>
      <p style={subtle}>Policies, matrix, services, calendars, exceptions, schedules, the role mapping, integrations with their
        correlation, sustain and webhook rules, maintenance windows and peak hours. Secrets are never exported.</p>
      {error && <ErrorState error={error} />}
      {text && (
        <Field path="export-json" label={`Exported ${format === 'json' ? 'JSON' : 'YAML'} (copy it, or download the file)`}>
          {(c) => <textarea {...c} readOnly rows={12} value={text} style={{ ...c.style, fontFamily: 'monospace' }} />}
        </Field>
      )}
    </div>
  );
}
