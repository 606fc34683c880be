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
import { applyImport, type ApplyStep } from './applyImport.js';
import { checkImport, type ImportCheck } from './checkImport.js';
import { ImportPreview } from './ImportPreview.js';

/** Paste or choose an export, check it, see what would change, then apply it with a reason. */
export function ImportPanel() {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [deleteMissing, setDeleteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [steps, setSteps] = useState<ApplyStep[] | null>(null);
  // One map per check, so the summary takes focus once rather than on every render.
  const importErrors = useMemo(() => indexFieldErrors(check?.kind === 'invalid' ? check.errors : []), [check]);

  async function runCheck(input = text) {
    setBusy(true);
    setSteps(null);
    setCheck(await checkImport(input));
    setBusy(false);
  }

  async function apply(reason: string) {
    if (check?.kind !== 'ready') return;
    setBusy(true);
    const done = await applyImport(check.bundle, check.plan, deleteMissing, reason);
    setBusy(false);
    setAsking(false);
    setSteps(done);
    setCheck(null);
    notify(done.every((s) => s.ok) ? 'Import applied' : 'Import partly applied', done.every((s) => s.ok) ? 'success' : 'warning');
  }

  return (
    <div style={stack}>
      <Field path="import-file" label="Choose an exported file">
        {(c) => <input {...c} type="file" accept="application/json,.json"
          onChange={(e) => { void e.target.files?.[0]?.text().then((t) => { setText(t); setCheck(null); }); }} />}
      </Field>
      <Field path="import-json" label="…or paste the JSON">
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
      {steps && (
        <div data-testid="import-result">
          <SectionMessage appearance={steps.every((s) => s.ok) ? 'success' : 'warning'} title={steps.length === 0 ? 'Nothing needed applying' : 'Import result'}>
            <ul>{steps.map((s) => <li key={s.what} data-testid="import-step" data-ok={s.ok}>{s.ok ? '✓' : '✗'} {s.what}{s.message ? `: ${s.message}` : ''}</li>)}</ul>
          </SectionMessage>
        </div>
      )}
      <ReasonDialog open={asking} title="Why are you importing this configuration?" confirmLabel="Apply import" busy={busy}
        testId="import-apply-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void apply(reason)} />
    </div>
  );
}
