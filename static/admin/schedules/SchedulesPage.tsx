import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ScheduleDto, ScheduleSummary } from '../../../src/contracts/oncall.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { stack } from '../../shared/styles.js';
import { newSchedule } from './newSchedule.js';
import { ScheduleCard } from './ScheduleCard.js';
import { ScheduleEditor } from './ScheduleEditor.js';

type Mode = { kind: 'list' } | { kind: 'edit'; schedule: ScheduleDto; isNew: boolean };

/** On-call schedules: each with its next two weeks drawn, and create, edit and delete. */
export function SchedulesPage() {
  const [schedules, setSchedules] = useState<ScheduleSummary[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [deleting, setDeleting] = useState<ScheduleSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listSchedules', {});
    if (r.ok) setSchedules(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  async function remove(reason: string) {
    if (!deleting) return;
    setBusy(true);
    const r = await invokeResolver('deleteSchedule', { id: deleting.schedule.id, reason });
    setBusy(false);
    setDeleting(null);
    // A refusal (a level still pages it) is shown above the list, in the server's words.
    if (!r.ok) return setError(r.error);
    notify(`Deleted ${deleting.schedule.name}`);
    void load();
  }

  if (mode.kind === 'edit') {
    return <ScheduleEditor initial={mode.schedule} isNew={mode.isNew} onCancel={() => setMode({ kind: 'list' })}
      onSaved={(saved) => { notify(`Saved ${saved.schedule.name}`); setMode({ kind: 'list' }); void load(); }} />;
  }
  const sorted = [...(schedules ?? [])].sort((a, b) => a.schedule.name.localeCompare(b.schedule.name));
  return (
    <div style={stack} data-testid="schedules-page">
      <div>
        <Button appearance="primary" testId="schedule-new" isDisabled={!schedules}
          onClick={() => setMode({ kind: 'edit', schedule: newSchedule((schedules ?? []).map((s) => s.schedule.id)), isNew: true })}>
          New schedule
        </Button>
      </div>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!schedules && !error && <LoadingState label="Loading schedules…" />}
      {schedules && schedules.length === 0 && <EmptyState testId="schedules-empty">No on-call schedules yet. Create one so policy levels can page whoever is on call.</EmptyState>}
      {sorted.map((s) => (
        <ScheduleCard key={s.schedule.id} summary={s} onEdit={() => setMode({ kind: 'edit', schedule: s.schedule, isNew: false })} onDelete={() => setDeleting(s)} />
      ))}
      <ReasonDialog open={deleting !== null} title={`Delete ${deleting?.schedule.name ?? ''}?`} confirmLabel="Delete schedule" busy={busy}
        testId="schedule-delete-dialog" onClose={() => setDeleting(null)} onConfirm={(reason) => void remove(reason)}>
        <p>The server refuses while a policy level still pages this schedule.</p>
      </ReasonDialog>
    </div>
  );
}
