import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { RecordRunbookRevisionRequest, RecurrenceSettings, RecurrenceView } from '../../../src/contracts/recurrence.js';
import { invokeResolver } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { TextInput } from '../../shared/TextInput.js';
import { useReasonedDraft } from '../../shared/useReasonedDraft.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { ClusterTable } from './ClusterTable.js';
import { RunbookRevisions } from './RunbookRevisions.js';

interface Draft { settings: RecurrenceSettings }
const load = () => invokeResolver('getRecurrence', {});
const saveSettings = (d: Draft, reason: string) => invokeResolver('saveRecurrenceSettings', { settings: d.settings, reason });
const draftOf = (v: RecurrenceView): Draft => ({ settings: v.settings });

/**
 * Recurring escalated incidents: clusters on a service with their systemic problems, the rule
 * that raises one, and when each runbook is due for revision.
 */
export function RecurrencePage() {
  const d = useReasonedDraft({ load, save: saveSettings, draftOf, savedMessage: 'Recurrence settings saved' });
  const [revised, setRevised] = useState<RecurrenceView | null>(null);
  const [busy, setBusy] = useState(false);
  if (d.loadError) return <ErrorState error={d.loadError} onRetry={() => void d.load()} />;
  if (!d.view || !d.draft) return <LoadingState label="Loading recurrence…" />;
  const view = revised && revised.now > d.view.now ? revised : d.view;
  const s = d.draft.settings;
  const num = (key: keyof RecurrenceSettings) => (v: number | undefined) => d.edit(['settings', key], v);

  const recordRevision = async (req: RecordRunbookRevisionRequest) => {
    setBusy(true);
    const r = await invokeResolver('recordRunbookRevision', req);
    setBusy(false);
    if (r.ok) { setRevised(r.data); notify(`${req.service} runbook revision recorded`); } else notify(r.error.message, 'error');
  };

  return (
    <section style={stack} data-testid="recurrence-page">
      <h3 style={heading}>Recurring incidents</h3>
      <p style={subtle}>
        Resolved escalated incidents on the same service (or component) are related when they share an alert, a root-cause
        category or most summary words. {view.settings.threshold} related within {view.settings.windowDays} days open a
        systemic problem ({view.settings.issueType}) linked to all of them.
        {view.quarantined > 0 && ` ${view.quarantined} stored record(s) could not be read; see Records needing attention.`}
      </p>
      <ClusterTable clusters={view.clusters} threshold={view.settings.threshold} windowDays={view.settings.windowDays} />

      <h3 style={heading}>Runbook revisions</h3>
      <p style={subtle}>Due {view.settings.runbookRevisionMonths} months after the last revision, or at once when a drill finding or a systemic problem asks for one.</p>
      <RunbookRevisions runbooks={view.runbooks} busy={busy} onRevised={(req) => void recordRevision(req)} />

      <FieldErrorsContext.Provider value={d.errors}>
        <form style={{ ...card, ...stack }} data-testid="recurrence-settings" onSubmit={(e) => { e.preventDefault(); d.setAsking(true); }}>
          <h3 style={heading}>Recurrence rule</h3>
          {d.saveError && <ErrorState error={d.saveError} />}
          <ErrorSummary errors={d.errors} />
          <label style={row}>
            <input type="checkbox" checked={s.enabled} onChange={(e) => d.edit(['settings', 'enabled'], e.target.checked)} data-testid="recurrence-enabled" />
            Open systemic problems for recurring incidents
          </label>
          <div style={row}>
            <NumberInput path={['settings', 'threshold']} label="Related incidents that open a problem" value={s.threshold} onChange={num('threshold')} min={2} max={20} />
            <NumberInput path={['settings', 'windowDays']} label="Within (days)" value={s.windowDays} onChange={num('windowDays')} min={7} max={365} />
            <NumberInput path={['settings', 'summarySimilarity']} label="Summary words in common (0.2–1)" value={s.summarySimilarity} onChange={num('summarySimilarity')} min={0.2} max={1} step={0.05} />
            <NumberInput path={['settings', 'runbookRevisionMonths']} label="Runbook revision every (months)" value={s.runbookRevisionMonths} onChange={num('runbookRevisionMonths')} min={1} max={24} />
          </div>
          <div style={row}>
            <TextInput path={['settings', 'issueType']} label="Problem issue type" value={s.issueType} onChange={(v) => d.edit(['settings', 'issueType'], v ?? '')} width={180} />
            <TextInput path={['settings', 'projectKey']} label="Problem project (empty: the incident's)" value={s.projectKey ?? ''} optional
              onChange={(v) => d.edit(['settings', 'projectKey'], v ? v : null)} width={180} />
            <TextInput path={['settings', 'linkType']} label="Link type" value={s.linkType} onChange={(v) => d.edit(['settings', 'linkType'], v ?? '')} width={180} />
          </div>
          <div style={row}>
            <Button appearance="primary" type="submit" isDisabled={d.busy || !d.dirty} testId="recurrence-settings-save">Save rule…</Button>
            <Button appearance="subtle" onClick={() => void d.load()} isDisabled={d.busy || !d.dirty} testId="recurrence-settings-discard">Discard changes</Button>
          </div>
        </form>
        <ReasonDialog open={d.asking} title="Why change the recurrence rule?" confirmLabel="Save" busy={d.busy}
          testId="recurrence-settings-dialog" onClose={() => d.setAsking(false)} onConfirm={(reason) => void d.save(reason)} />
      </FieldErrorsContext.Provider>
    </section>
  );
}
