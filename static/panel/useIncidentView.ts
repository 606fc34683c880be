import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, IncidentView } from '../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
import { serverOffsetMs } from '../shared/serverClock.js';

const REFRESH_GRACE_MS = 5_000;
const MIN_REFRESH_MS = 5_000;
/** setTimeout's ceiling; anything later is refreshed on the next load. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export type IncidentLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: ResolverError }
  | { kind: 'ready'; view: IncidentView; offsetMs: number };

/**
 * The incident's view from ONE getIncidentView call, then replaced by whatever an action
 * resolver returns, so the panel refreshes after an action without reloading.
 */
export function useIncidentView(issueKey: string | null) {
  const [load, setLoad] = useState<IncidentLoad>({ kind: 'loading' });

  const accept = useCallback((result: Envelope<IncidentView>) => {
    if (result.ok) setLoad({ kind: 'ready', view: result.data, offsetMs: serverOffsetMs(result.data.now, Date.now()) });
    return result;
  }, []);

  const reload = useCallback(async () => {
    if (!issueKey) return;
    setLoad({ kind: 'loading' });
    const result = await invokeResolver('getIncidentView', { issueKey });
    if (!result.ok) setLoad({ kind: 'error', error: result.error });
    else accept(result);
  }, [issueKey, accept]);

  useEffect(() => { void reload(); }, [reload]);

  // When the next step falls due, the engine runs on the server (an exact timer); look again a
  // few seconds later, without a loading state, so the panel shows the new level by itself.
  const nextAt = load.kind === 'ready' ? load.view.state.nextEvaluationAt : null;
  const offsetMs = load.kind === 'ready' ? load.offsetMs : 0;
  // One look per due time: if the server has not moved on yet (say its clock is paused), the
  // panel waits for the next load or action rather than polling.
  const lookedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!issueKey || nextAt === null || lookedFor.current === nextAt) return;
    const wait = Date.parse(nextAt) - (Date.now() + offsetMs) + REFRESH_GRACE_MS;
    if (wait > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => {
      lookedFor.current = nextAt;
      void invokeResolver('getIncidentView', { issueKey }).then((r) => { if (r.ok) accept(r); });
    }, Math.max(wait, MIN_REFRESH_MS));
    return () => clearTimeout(timer);
  }, [issueKey, nextAt, offsetMs, accept]);

  /** Runs an action and, when it succeeds, shows the view it returned. Failures are the caller's to show. */
  const applyAction = useCallback(
    async (action: Promise<Envelope<IncidentView>>) => accept(await action),
    [accept],
  );

  return { load, reload, applyAction };
}
