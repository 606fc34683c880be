import Button from '@atlaskit/button/new';
import type { AlertSettings } from '../../../src/contracts/integration.js';
import { invokeResolver } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { useReasonedDraft } from '../../shared/useReasonedDraft.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { MaintenanceWindowFields } from './MaintenanceWindowFields.js';
import { newPeakHours, newWindow } from './newAlertRules.js';
import { WeeklyFields } from './WeeklyFields.js';
import { ListInput } from '../../shared/ListInput.js';
import { TextInput } from '../../shared/TextInput.js';

const load = () => invokeResolver('getAlertSettings', {});
const saveSettings = (settings: AlertSettings, reason: string) => invokeResolver('saveAlertSettings', { settings, reason });
const draftOf = (s: AlertSettings) => s;

/**
 * Maintenance windows (per service, one-off or weekly in a time zone) and peak hours (only
 * critical alerts page). Alerts they suppress are still recorded, with the rule's id.
 */
export function AlertSettingsEditor() {
  const { draft, loadError, saveError, errors, dirty, asking, setAsking, busy, load: reload, edit, save } = useReasonedDraft({
    load, save: saveSettings, draftOf, savedMessage: 'Maintenance windows and peak hours saved',
  });
  if (loadError) return <ErrorState error={loadError} onRetry={() => void reload()} />;
  if (!draft) return <LoadingState label="Loading maintenance windows…" />;
  const windows = draft.maintenanceWindows;
  const peaks = draft.peakHours;

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={{ ...card, ...stack }} data-testid="alert-settings" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h3 style={heading}>Maintenance windows and peak hours</h3>
        <p style={subtle}>Days are 1 (Monday) to 7 (Sunday); times are HH:mm in the rule's time zone.</p>
        {saveError && <ErrorState error={saveError} />}
        <ErrorSummary errors={errors} />
        <h4 style={heading}>Maintenance windows</h4>
        <ListEditor path="maintenanceWindows" items={windows} testId="maintenance-windows" addLabel="Add maintenance window"
          emptyText="No maintenance windows." itemLabel={(w) => `Window ${w.id}`}
          onAdd={() => edit(['maintenanceWindows'], [...windows, newWindow(windows.length + 1)])}
          onRemove={(i) => edit(['maintenanceWindows'], windows.filter((_, j) => j !== i))}
          render={(w, i) => <MaintenanceWindowFields window={w} path={['maintenanceWindows', i]} edit={edit} />} />
        <h4 style={heading}>Peak hours: only critical alerts page</h4>
        <ListEditor path="peakHours" items={peaks} testId="peak-hours" addLabel="Add peak hours"
          emptyText="No peak-hours rules." itemLabel={(p) => `Peak hours ${p.id}`}
          onAdd={() => edit(['peakHours'], [...peaks, newPeakHours(peaks.length + 1)])}
          onRemove={(i) => edit(['peakHours'], peaks.filter((_, j) => j !== i))}
          render={(p, i) => (
            <div style={stack}>
              <div style={row}>
                <TextInput path={['peakHours', i, 'id']} label="Id" value={p.id} onChange={(v) => edit(['peakHours', i, 'id'], v ?? '')} width={180} />
                <ListInput path={['peakHours', i, 'services']} label="Services (empty = all)" value={p.services ?? []}
                  onChange={(v) => edit(['peakHours', i, 'services'], v.length === 0 ? null : v)} width={300} placeholder="all services" />
              </div>
              <WeeklyFields rule={p} path={['peakHours', i]} edit={edit} />
            </div>
          )} />
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy || !dirty} testId="alert-settings-save">Save windows and peak hours…</Button>
          <Button appearance="subtle" onClick={() => void reload()} isDisabled={busy || !dirty} testId="alert-settings-discard">Discard changes</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title="Why change maintenance windows or peak hours?" confirmLabel="Save" busy={busy}
        testId="alert-settings-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
