import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { evidenceCheckKinds, frameworks, type Control, type ControlsReport, type EvidenceCheck, type EvidenceCheckKind } from '../../../src/contracts/controls.js';
import { adherenceRuleNames } from '../../../src/contracts/governance.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { CHECK_LABELS, defaultCheck } from './checkLabels.js';
import { RULE_LABELS } from './ruleLabels.js';

const blank: Control = { id: 'custom-', framework: 'Internal', reference: '', title: '', description: '', checks: [defaultCheck('adherenceRule')] };

/** Adds or edits a custom control; the server checks every field and names the bad ones. */
export function CustomControlEditor({ period, initial, revision, onSaved, onCancel }: {
  period: string;
  initial: Control | null;
  revision: number | null;
  onSaved: (r: ControlsReport) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Control>(initial ?? blank);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Control>(k: K, v: Control[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const setCheck = (i: number, c: EvidenceCheck) => set('checks', draft.checks.map((x, j) => (j === i ? c : x)));

  async function save() {
    setBusy(true);
    const r = await invokeResolver('saveCustomControl', { period, control: draft, reason, ...(revision !== null ? { baseRevision: revision } : {}) });
    setBusy(false);
    if (r.ok) return onSaved(r.data);
    setErrors(indexFieldErrors(r.error.fields));
    setFailure(r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={{ ...card, ...stack }} data-testid="control-editor" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h3 style={heading}>{initial ? `Edit ${initial.id}` : 'New custom control'}</h3>
        {failure && <ErrorState error={failure} />}
        <ErrorSummary errors={errors} />
        <div style={row}>
          <TextInput path={['control', 'id']} label="Id (custom-…)" value={draft.id} onChange={(v) => set('id', v ?? '')} disabled={initial !== null} width={220} />
          <SelectInput path={['control', 'framework']} label="Framework" value={draft.framework} options={frameworks} onChange={(v) => v && set('framework', v)} />
          <TextInput path={['control', 'reference']} label="Clause or practice" value={draft.reference} onChange={(v) => set('reference', v ?? '')} width={200} />
        </div>
        <TextInput path={['control', 'title']} label="Title" value={draft.title} onChange={(v) => set('title', v ?? '')} />
        <TextInput path={['control', 'description']} label="What it requires (your own words)" value={draft.description} onChange={(v) => set('description', v ?? '')} multiline />
        <FieldMessages path="control.checks" />
        {draft.checks.map((c, i) => (
          <div key={i} style={row} data-testid={`control-check-${i}`}>
            <SelectInput path={['control', 'checks', i, 'kind']} label={`Evidence check ${i + 1}`} value={c.kind}
              options={evidenceCheckKinds.map((k) => ({ value: k, label: CHECK_LABELS[k] }))} onChange={(k) => k && setCheck(i, defaultCheck(k as EvidenceCheckKind))} />
            {c.kind === 'adherenceRule' && <>
              <SelectInput path={['control', 'checks', i, 'rule']} label="Rule" value={c.rule} options={adherenceRuleNames.map((r) => ({ value: r, label: RULE_LABELS[r] }))} onChange={(r) => r && setCheck(i, { ...c, rule: r })} />
              <NumberInput path={['control', 'checks', i, 'minPercent']} label="At least %" value={c.minPercent} onChange={(v) => setCheck(i, { ...c, minPercent: v as number })} />
            </>}
            {c.kind === 'accessLogReviewed' && <NumberInput path={['control', 'checks', i, 'maxAgeDays']} label="Within days" value={c.maxAgeDays} onChange={(v) => setCheck(i, { ...c, maxAgeDays: v as number })} />}
            {c.kind === 'accessReviewAttested' && <NumberInput path={['control', 'checks', i, 'maxAgeDays']} label="Within days" value={c.maxAgeDays} onChange={(v) => setCheck(i, { ...c, maxAgeDays: v as number })} />}
            {c.kind === 'drillsHeld' && <>
              <NumberInput path={['control', 'checks', i, 'minDrills']} label="At least drills" value={c.minDrills} onChange={(v) => setCheck(i, { ...c, minDrills: v as number })} />
              <NumberInput path={['control', 'checks', i, 'windowMonths']} label="In months" value={c.windowMonths} onChange={(v) => setCheck(i, { ...c, windowMonths: v as number })} />
            </>}
            <Button appearance="subtle" onClick={() => set('checks', draft.checks.filter((_, j) => j !== i))} testId={`control-check-remove-${i}`}>Remove</Button>
          </div>
        ))}
        <div><Button onClick={() => set('checks', [...draft.checks, defaultCheck('auditSignedOff')])} testId="control-check-add">Add evidence check</Button></div>
        <TextInput path={['reason']} label="Reason for this change" value={reason} onChange={(v) => setReason(v ?? '')} />
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="control-save">{busy ? 'Saving…' : 'Save control'}</Button>
          <Button appearance="subtle" onClick={onCancel} testId="control-cancel">Cancel</Button>
        </div>
      </form>
    </FieldErrorsContext.Provider>
  );
}
