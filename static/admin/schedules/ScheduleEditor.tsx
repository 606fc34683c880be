import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { PreviewScheduleRequest, ScheduleDto, ScheduleSummary } from '../../../src/contracts/oncall.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { removeAt, setIn } from '../../shared/setIn.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';
import { LayerEditor } from './LayerEditor.js';
import { localDate, newRotation } from './newSchedule.js';
import { OverridesEditor } from './OverridesEditor.js';
import { SchedulePreviewPanel } from './SchedulePreviewPanel.js';

/** Creates or edits one schedule; the server validates on preview and save and names each bad field. */
export function ScheduleEditor({ initial, isNew, onSaved, onCancel }: {
  initial: ScheduleDto;
  isNew: boolean;
  onSaved: (saved: ScheduleSummary) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ScheduleDto>(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // A snapshot taken on request: previewing on every keystroke would flood the resolver with half-typed drafts.
  const [previewRequest, setPreviewRequest] = useState<PreviewScheduleRequest | null>(null);

  const edit: Edit = (path, value) => setDraft((d) => setIn(d, path, value));

  async function checkPreview() {
    const r = await invokeResolver('previewSchedule', { schedule: draft });
    if (r.ok) { setErrors(new Map()); setPreviewRequest({ schedule: draft }); return; }
    setErrors(indexFieldErrors(r.error.fields));
    setPreviewRequest(null);
  }

  async function save(reason: string) {
    setBusy(true);
    const r = await invokeResolver('saveSchedule', { schedule: draft, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved(r.data);
    setErrors(indexFieldErrors(r.error.fields));
    setSaveError(r.error.code === 'INVALID' && r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="schedule-editor" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h2 style={heading}>{isNew ? 'New schedule' : `Edit ${initial.name}`}</h2>
        {saveError && <ErrorState error={saveError} />}
        <ErrorSummary errors={errors} />
        <section style={card} aria-label="Schedule">
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => edit(['name'], v ?? '')} />
            <TextInput path={['id']} label="Id (policies page it by this)" value={draft.id} disabled={!isNew} onChange={(v) => edit(['id'], v ?? '')} />
            <TextInput path={['timeZone']} label="Time zone" value={draft.timeZone} placeholder="Europe/London" onChange={(v) => edit(['timeZone'], v ?? '')} />
          </div>
        </section>
        <section style={card} aria-label="Layers">
          <h3 style={heading}>Rotation layers</h3>
          <ListEditor path="layers" items={draft.layers} testId="layers" addLabel="Add layer" emptyText="No layers: nobody would ever be on call."
            itemLabel={(l, i) => l.name || `Layer ${i + 1}`}
            onAdd={() => edit(['layers'], [...draft.layers, { name: `Layer ${draft.layers.length + 1}`, rotation: newRotation(draft.timeZone, localDate(new Date(), draft.timeZone)) }])}
            onRemove={(i) => edit(['layers'], removeAt(draft.layers, i))}
            render={(l, i) => <LayerEditor layer={l} index={i} edit={edit} />} />
        </section>
        <section style={card} aria-label="Overrides">
          <h3 style={heading}>Overrides</h3>
          <OverridesEditor overrides={draft.overrides} edit={edit} />
        </section>
        <section style={card} aria-label="Preview">
          <div style={row}>
            <h3 style={{ ...heading, margin: 0 }}>Next two weeks</h3>
            <Button onClick={() => void checkPreview()} testId="schedule-preview-draft">Preview this draft</Button>
          </div>
          {previewRequest && <SchedulePreviewPanel request={previewRequest} timeZone={draft.timeZone} />}
        </section>
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="schedule-save">Save schedule…</Button>
          <Button appearance="subtle" onClick={onCancel} testId="schedule-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={isNew ? 'Why add this schedule?' : 'Why change this schedule?'} confirmLabel="Save schedule" busy={busy}
        testId="schedule-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
