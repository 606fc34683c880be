import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { priorities, type Priority } from '../../../src/contracts/common.js';
import {
  INJECT_KIND_LABELS, INJECT_ROLE_LABELS, injectKinds, injectRoles, type Inject, type InjectKind, type InjectRole,
  type StoredTabletopScenario, type TabletopScenario, type TabletopsView,
} from '../../../src/contracts/tabletop.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { indexFieldErrors, type PathSegment } from '../../shared/fieldPath.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { removeAt, setIn } from '../../shared/setIn.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';

export const NEW_SCENARIO: TabletopScenario = {
  id: '', name: '', policyId: '', priority: 'P1', services: [], teams: [], timeLimitMinutes: 90,
  injects: [{ id: 'first-alert', atMinute: 0, kind: 'alert', to: 'liaison', text: '' }],
};
const kindOptions = injectKinds.map((k) => ({ value: k, label: INJECT_KIND_LABELS[k] }));
const roleOptions = injectRoles.map((r) => ({ value: r, label: INJECT_ROLE_LABELS[r] }));

/**
 * Defines one tabletop scenario: the outage (services, priority, policy), the teams the joint
 * protocol should engage, and the injects with their minute and role. The server checks it
 * against the configuration and names each bad field.
 */
export function ScenarioEditor({ initial, version, options, onSaved, onCancel }: {
  initial: TabletopScenario;
  version: number;
  options: Pick<TabletopsView, 'policies' | 'teams' | 'services'>;
  onSaved: (saved: StoredTabletopScenario) => void;
  onCancel: () => void;
}) {
  const isNew = version === 0;
  const [draft, setDraft] = useState<TabletopScenario>(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const edit = (path: readonly PathSegment[], value: unknown) => setDraft((d) => setIn(d, path, value));
  const injectAt = (i: number, patch: Partial<Inject>) => edit(['injects', i], { ...draft.injects[i]!, ...patch });

  async function save(reason: string) {
    setBusy(true);
    const r = await invokeResolver('saveTabletopScenario', { scenario: draft, expectedVersion: version, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved(r.data);
    // The resolver names fields inside the request's `scenario`; the form names them from the scenario.
    setErrors(indexFieldErrors(r.error.fields.map((f) => ({ ...f, field: f.field.replace(/^scenario\./, '') }))));
    setSaveError(r.error.code === 'INVALID' && r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="scenario-editor" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h3 style={heading}>{isNew ? 'New tabletop scenario' : `Edit ${initial.name}`}</h3>
        {saveError && <ErrorState error={saveError} title="Not saved" />}
        <ErrorSummary errors={errors} />
        <section style={card} aria-label="Outage">
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => edit(['name'], v ?? '')} />
            <TextInput path={['id']} label="Id" value={draft.id} disabled={!isNew} placeholder="payments-outage" onChange={(v) => edit(['id'], v ?? '')} />
            <SelectInput path={['policyId']} label="Escalates under policy" value={draft.policyId || undefined}
              options={options.policies.map((p) => ({ value: p.id, label: p.name }))} onChange={(v) => edit(['policyId'], v ?? '')} />
            <SelectInput<Priority> path={['priority']} label="Priority" value={draft.priority} options={priorities} onChange={(v) => edit(['priority'], v ?? 'P1')} />
            <NumberInput path={['timeLimitMinutes']} label="Time limit (min)" min={5} max={480} value={draft.timeLimitMinutes} onChange={(v) => edit(['timeLimitMinutes'], v)} />
          </div>
          <ListInput path={['services']} label={`Services the outage hits, the failing one first${options.services.length ? ` (${options.services.join(', ')})` : ''}`}
            value={draft.services} onChange={(v) => edit(['services'], v)} width="100%" />
        </section>
        <section style={card} aria-label="Teams to engage">
          <h4 style={heading}>Teams the joint protocol should engage</h4>
          <FieldMessages path="teams" />
          <div style={row} data-testid="scenario-teams">
            {options.teams.map((t) => (
              <CheckboxInput key={t.id} path={['teams', t.id]} label={t.name} checked={draft.teams.includes(t.id)}
                onChange={(on) => edit(['teams'], on ? [...draft.teams, t.id] : draft.teams.filter((x) => x !== t.id))} />
            ))}
          </div>
          {draft.teams.map((id, i) => <FieldMessages key={id} path={`teams[${i}]`} />)}
        </section>
        <section style={card} aria-label="Injects">
          <h4 style={heading}>Injects</h4>
          <ListEditor path="injects" items={draft.injects} testId="injects" addLabel="Add inject" emptyText="No injects: the exercise only tests engagement."
            itemLabel={(inj, i) => `Minute ${inj.atMinute ?? '?'}: ${inj.id || `inject ${i + 1}`}`}
            onAdd={() => edit(['injects'], [...draft.injects, { id: `inject-${draft.injects.length + 1}`, atMinute: (draft.injects.at(-1)?.atMinute ?? 0) + 10, kind: 'note', to: 'commander', text: '' }])}
            onRemove={(i) => edit(['injects'], removeAt(draft.injects, i))}
            render={(inj, i) => (
              <div style={{ ...row, alignItems: 'flex-start' }}>
                <TextInput path={['injects', i, 'id']} label="Id" value={inj.id} onChange={(v) => injectAt(i, { id: v ?? '' })} width={140} />
                <NumberInput path={['injects', i, 'atMinute']} label="At minute" min={0} value={inj.atMinute} onChange={(v) => injectAt(i, { atMinute: v as number })} width={100} />
                <SelectInput<InjectKind> path={['injects', i, 'kind']} label="What" value={inj.kind} options={kindOptions} onChange={(v) => injectAt(i, { kind: v ?? 'note' })} />
                <SelectInput<InjectRole> path={['injects', i, 'to']} label="To" value={inj.to} options={roleOptions} onChange={(v) => injectAt(i, { to: v ?? 'commander' })} />
                <TextInput path={['injects', i, 'text']} label="What happens" value={inj.text} multiline onChange={(v) => injectAt(i, { text: v ?? '' })} width={360} />
              </div>
            )} />
        </section>
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="scenario-save">Save scenario…</Button>
          <Button appearance="subtle" onClick={onCancel} testId="scenario-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={isNew ? 'Why add this scenario?' : 'Why change this scenario?'} confirmLabel="Save scenario" busy={busy}
        testId="scenario-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
