import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { SyntheticCheckInput, SyntheticRun, SyntheticView } from '../../../src/contracts/synthetic.js';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { card, cell, heading, row, stack, subtle, table } from '../../shared/styles.js';

const STATUS = { running: 'inprogress', passed: 'success', failed: 'removed' } as const;

/**
 * Synthetic checks: on a schedule (or now), an integration's sample alert goes through the real
 * pipeline as a drill; each run's hops are shown with their latency, and a run that pages
 * nobody in time raises a real incident about the escalation system.
 */
export function SyntheticChecksSection({ integrations }: { integrations: IntegrationView[] }) {
  const [views, setViews] = useState<SyntheticView[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [draft, setDraft] = useState<SyntheticCheckInput | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await invokeResolver('listSyntheticChecks', {});
    if (r.ok) setViews(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function runNow(id: string) {
    setBusy(id);
    const r = await invokeResolver('runSyntheticCheck', { id });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    void load();
  }

  return (
    <section style={{ ...card, ...stack }} data-testid="synthetic-checks" aria-labelledby="synthetic-title">
      <div style={row}>
        <h3 id="synthetic-title" style={{ ...heading, margin: 0 }}>Synthetic checks</h3>
        <Button testId="synthetic-new" isDisabled={draft !== null}
          onClick={() => setDraft({ id: '', name: '', integrationId: integrations[0]?.integration.id ?? '', intervalMinutes: 1440, boundMinutes: 5, enabled: true })}>New synthetic check…</Button>
      </div>
      <p style={subtle}>Each run is a drill: the policy's first level is paged, marked [DRILL], and the drill ends at the verdict.</p>
      {error && <ErrorState error={error} onRetry={() => { setError(null); void load(); }} />}
      {draft && <SyntheticForm initial={draft} integrations={integrations} onCancel={() => setDraft(null)} onSaved={() => { setDraft(null); void load(); }} />}
      {views && views.length === 0 && <EmptyState testId="synthetic-empty">No synthetic checks yet.</EmptyState>}
      {views?.map((v) => (
        <div key={v.check.id} data-testid="synthetic-check" data-id={v.check.id} style={stack}>
          <div style={row}>
            <strong>{v.check.name}</strong> <span style={subtle}>via {v.integrationName ?? v.check.integrationId}, every {v.check.intervalMinutes} min, page within {v.check.boundMinutes} min</span>
            <Button spacing="compact" testId={`synthetic-run-${v.check.id}`} isDisabled={busy !== null} onClick={() => void runNow(v.check.id)}>Run now</Button>
            <Button spacing="compact" appearance="subtle" testId={`synthetic-edit-${v.check.id}`} onClick={() => setDraft({ ...v.check })}>Edit…</Button>
          </div>
          {v.runs[0] ? <RunHops run={v.runs[0]} /> : <p style={subtle}>Not run yet{v.nextRunAt ? `; first run ${new Date(v.nextRunAt).toLocaleString()}` : ''}.</p>}
          {v.runs.length > 1 && (
            <p style={subtle} data-testid="synthetic-history">Earlier: {v.runs.slice(1).map((r) => `${new Date(r.startedAt).toLocaleString()} ${r.status}`).join(' · ')}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function RunHops({ run }: { run: SyntheticRun }) {
  return (
    <div data-testid="synthetic-run" data-status={run.status}>
      <div style={row}>
        <Lozenge appearance={STATUS[run.status]}>{run.status}</Lozenge>
        <span>{new Date(run.startedAt).toLocaleString()}{run.incidentKey ? ` · drill ${run.incidentKey}` : ''}</span>
        {run.failureIncidentKey && <strong data-testid="synthetic-failure-incident">Raised {run.failureIncidentKey}: {run.reason}</strong>}
      </div>
      <table style={table} data-testid="synthetic-hops">
        <thead><tr>{['Hop', 'After', 'Detail'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {run.hops.map((h) => (
            <tr key={h.hop} data-testid="synthetic-hop" data-hop={h.hop} data-reached={h.at !== null}>
              <td style={cell}>{h.hop}</td>
              <td style={cell}>{h.latencyMs === null ? 'did not happen' : `${h.latencyMs} ms`}</td>
              <td style={cell}>{h.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SyntheticForm({ initial, integrations, onSaved, onCancel }: {
  initial: SyntheticCheckInput;
  integrations: IntegrationView[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SyntheticCheckInput>(k: K, v: SyntheticCheckInput[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function save(reason: string) {
    setBusy(true);
    const r = await invokeResolver('saveSyntheticCheck', { check: draft, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved();
    setErrors(indexFieldErrors(r.error.fields.length ? r.error.fields : [{ field: '(root)', message: r.error.message }]));
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="synthetic-form" noValidate onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <ErrorSummary errors={errors} />
        <div style={row}>
          <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => set('name', v ?? '')} width={240} />
          <SelectInput path={['integrationId']} label="Send through" value={draft.integrationId}
            options={integrations.map((v) => ({ value: v.integration.id, label: v.integration.name }))} onChange={(v) => v && set('integrationId', v)} />
        </div>
        <div style={row}>
          <NumberInput path={['intervalMinutes']} label="Run every (min)" value={draft.intervalMinutes} min={15} width={160} onChange={(v) => set('intervalMinutes', v as number)} />
          <NumberInput path={['boundMinutes']} label="A page within (min)" value={draft.boundMinutes} min={1} max={60} width={160} onChange={(v) => set('boundMinutes', v as number)} />
        </div>
        <CheckboxInput path={['enabled']} label="Enabled (runs on schedule)" checked={draft.enabled ?? true} onChange={(v) => set('enabled', v)} />
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="synthetic-save">Save…</Button>
          <Button appearance="subtle" onClick={onCancel} testId="synthetic-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title="Why this synthetic check?" confirmLabel="Save synthetic check" busy={busy} testId="synthetic-save-dialog"
        onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
