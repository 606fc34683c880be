import { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { Field } from '../../shared/Field.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { row, stack } from '../../shared/styles.js';
import type { ImportConfigurationResult } from '../../../src/contracts/configTransfer.js';
import type { ResolverError } from '../../shared/api.js';
import { applyImport } from './applyImport.js';
import { checkImport, type ImportCheck } from './checkImport.js';
import { ImportPreview } from './ImportPreview.js';

/** Paste or choose an export (JSON or YAML), check it, see each value that would change, then apply it all or nothing with a reason. */
export function ImportPanel() {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [deleteMissing, setDeleteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [applied, setApplied] = useState<ImportConfigurationResult | null>(null);
  const [applyError, setApplyError] = useState<ResolverError | null>(null);
  // One map per check, so the summary takes focus once rather than on every render.
  const importErrors = useMemo(() => indexFieldErrors(check?.kind === 'invalid' ? check.errors : applyError?.code === 'INVALID' ? applyError.fields : []),
    [check, applyError]);

  async function runCheck(input = text) {
    setBusy(true);
    setApplied(null);
    setApplyError(null);
    setCheck(await checkImport(input));
    setBusy(false);
  }

  async function apply(reason: string) {
    if (check?.kind !== 'ready') return;
    setBusy(true);
    const done = await applyImport(check.bundle, check.plan, deleteMissing, reason);
    setBusy(false);
    setAsking(false);
    if (!done.ok) {
      // Nothing was written: the preview stays, with the server's reasons beside it.
      setApplyError(done.error);
      return;
    }
    setApplied(done.result);
    setCheck(null);
    notify('Import applied', 'success');
  }

  return (
    <div style={stack}>
      <Field path="import-file" label="Choose an exported file">
        {(c) => <input {...c} type="file" accept="application/json,.json,.yaml,.yml,application/yaml"
          onChange={(e) => { void e.target.files?.[0]?.text().then((t) => { setText(t); setCheck(null); }); }} />}
      </Field>
      <Field path="import-json" label="…or paste the JSON or YAML">
        {(c) => <textarea {...c} rows={8} value={text} style={{ ...c.style, fontFamily: 'monospace' }}
          onChange={(e) => { setText(e.target.value); setCheck(null); }} />}
      </Field>
      <div><Button onClick={() => void runCheck()} isDisabled={busy || text.trim() === ''} isLoading={busy && !asking} testId="import-check">
        Check import
      </Button></div>
      {check?.kind === 'invalid' && <ErrorSummary errors={importErrors} title="This import cannot be applied" />}
      {check?.kind === 'failed' && <ErrorState error={check.error} />}
      {check?.kind === 'ready' && (
        <>
          <ImportPreview plan={check.plan} deleteMissing={deleteMissing} />
          {check.plan.removed.length > 0 && (
            <CheckboxInput path={['delete-missing']} label={`Also delete the ${check.plan.removed.length} policy(ies) not in the import`}
              checked={deleteMissing} onChange={setDeleteMissing} />
          )}
          <div style={row}>
            <Button appearance="primary" onClick={() => setAsking(true)} isDisabled={busy} testId="import-apply">Apply import…</Button>
          </div>
        </>
      )}
      {applyError && (applyError.code === 'INVALID'
        ? <ErrorSummary errors={importErrors} title="The server refused this import: nothing was applied" />
        : <ErrorState error={applyError} />)}
      {applied && (
        <div data-testid="import-result">
          <SectionMessage appearance="success" title="Import applied">
            <ul>
              {applied.configChanged && <li data-testid="import-step">✓ Configuration</li>}
              {applied.policiesSaved.map((id) => <li key={id} data-testid="import-step">✓ Policy {id}</li>)}
              {applied.policiesDeleted.map((id) => <li key={id} data-testid="import-step">✓ Deleted policy {id}</li>)}
              {applied.schedulesSaved.map((id) => <li key={id} data-testid="import-step">✓ Schedule {id}</li>)}
              {applied.roleMappingSaved && <li data-testid="import-step">✓ Role mapping</li>}
              {applied.integrationsSaved.map((id) => <li key={id} data-testid="import-step">✓ Integration {id}</li>)}
              {applied.integrationsCreated.map((id) => <li key={id} data-testid="import-step">✓ New integration {id} (rotate its secret to configure the sender)</li>)}
              {applied.alertSettingsSaved && <li data-testid="import-step">✓ Maintenance windows and peak hours</li>}
            </ul>
          </SectionMessage>
        </div>
      )}
      <ReasonDialog open={asking} title="Why are you importing this configuration?" confirmLabel="Apply import" busy={busy}
        testId="import-apply-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void apply(reason)} />
    </div>
  );
}
