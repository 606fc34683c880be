import { useCallback, useEffect, useState } from 'react';
import type { PreviewScheduleRequest, SchedulePreview } from '../../../src/contracts/oncall.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { stack } from '../../shared/styles.js';
import { GapList } from './GapList.js';
import { HandoffList } from './HandoffList.js';
import { OnCallTimeline } from './OnCallTimeline.js';

/**
 * The next two weeks of a saved schedule (by id) or of a draft, computed by the server so the
 * picture is the same rotation arithmetic the engine pages with. `request` must be stable per
 * change (memoised by the caller) or this would ask again on every render.
 */
export function SchedulePreviewPanel({ request, timeZone }: { request: PreviewScheduleRequest; timeZone: string }) {
  const [preview, setPreview] = useState<SchedulePreview | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('previewSchedule', request);
    if (r.ok) setPreview(r.data);
    else setError(r.error);
  }, [request]);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} title="Could not preview this schedule" onRetry={() => void load()} />;
  if (!preview) return <LoadingState label="Working out who is on call…" />;
  return (
    <div style={stack} data-testid="schedule-preview">
      <OnCallTimeline preview={preview} timeZone={timeZone} />
      <HandoffList handoffs={preview.handoffs} timeZone={timeZone} />
      <GapList gaps={preview.gaps} timeZone={timeZone} />
    </div>
  );
}
