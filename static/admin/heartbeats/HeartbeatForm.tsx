import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { HEARTBEAT_SEVERITIES, type HeartbeatInput, type HeartbeatView } from '../../../src/contracts/heartbeat.js';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';

export type HeartbeatDraft = HeartbeatInput;

export const newHeartbeat = (integrationId: string): HeartbeatDraft =>
  ({ id: '', name: '', integrationId, service: null, intervalMinutes: 60, graceMinutes: 10, severity: 'error', drill: false, enabled: true });

/**
 * Creates or edits one heartbeat. The server checks everything and names each field it
 * refuses; those messages show beside the inputs. The integration is picked by name.
 */
export function HeartbeatForm({ mode, initial, integrations, onSaved, onCancel }: {
  mode: 'create' | 'edit';
  initial: HeartbeatDraft;
  integrations: IntegrationView[];
  onSaved: (view: HeartbeatView, secret?: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<HeartbeatDraft>(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof HeartbeatDraft>(key: K, value: HeartbeatDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(reason: string) {
    setBusy(true);
    const r = mode === 'create'
      ? await invokeResolver('createHeartbeat', { heartbeat: draft, reason })
      : await invokeResolver('updateHeartbeat', { heartbeat: draft, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved('secret' in r.data ? r.data.view : r.data, 'secret' in r.data ? r.data.secret : undefined);
    setErrors(indexFieldErrors(r.error.fields));
    setFailure(r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={{ ...card, ...stack }} data-testid="heartbeat-form" noValidate onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h3 style={heading}>{mode === 'create' ? 'New heartbeat' : `Edit ${initial.name}`}</h3>
        {failure && <ErrorState error={failure} />}
        <ErrorSummary errors={errors} />
        <div style={row}>
          <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => set('name', v ?? '')} width={260} />
          <TextInput path={['id']} label="Id (in the URL)" value={draft.id} onChange={(v) => set('id', v ?? '')} width={200}
            disabled={mode === 'edit'} placeholder="derived from the name" />
        </div>
        <div style={row}>
          <SelectInput path={['integrationId']} label="Opens incidents through" value={draft.integrationId}
            options={integrations.map((v) => ({ value: v.integration.id, label: v.integration.name }))} onChange={(v) => v && set('integrationId', v)} />
          <TextInput path={['service']} label="Service" value={draft.service ?? undefined} optional
            onChange={(v) => set('service', v ?? null)} width={200} placeholder="the integration's" />
          <SelectInput path={['severity']} label="Severity of a miss" value={draft.severity ?? 'error'} options={HEARTBEAT_SEVERITIES}
            onChange={(v) => v && set('severity', v)} />
        </div>
        <div style={row}>
          <NumberInput path={['intervalMinutes']} label="Expect a ping every (min)" value={draft.intervalMinutes} min={1} width={200}
            onChange={(v) => set('intervalMinutes', v as number)} />
          <NumberInput path={['graceMinutes']} label="Grace before a miss (min)" value={draft.graceMinutes ?? 5} min={0} width={200}
            onChange={(v) => set('graceMinutes', v as number)} />
        </div>
        <CheckboxInput path={['drill']} label="Drill: a miss opens a drill (isolated, kept out of production figures), not a real incident"
          checked={draft.drill ?? false} onChange={(v) => set('drill', v)} />
        <CheckboxInput path={['enabled']} label="Enabled (a disabled heartbeat answers 404 and is never missed)" checked={draft.enabled ?? true}
          onChange={(v) => set('enabled', v)} />
        {mode === 'create' && <p style={subtle}>A secret is created with the heartbeat and shown once.</p>}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="heartbeat-save">{mode === 'create' ? 'Create…' : 'Save…'}</Button>
          <Button appearance="subtle" onClick={onCancel} testId="heartbeat-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={mode === 'create' ? 'Why add this heartbeat?' : 'Why change this heartbeat?'}
        confirmLabel={mode === 'create' ? 'Create heartbeat' : 'Save heartbeat'} busy={busy} testId="heartbeat-save-dialog"
        onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
