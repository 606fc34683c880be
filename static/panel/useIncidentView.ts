import { useCallback, useEffect, useState } from 'react';
import type { Envelope, IncidentView } from '../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
import { serverOffsetMs } from '../shared/serverClock.js';

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

  /** Runs an action and, when it succeeds, shows the view it returned. Failures are the caller's to show. */
  const applyAction = useCallback(
    async (action: Promise<Envelope<IncidentView>>) => accept(await action),
    [accept],
  );

  return { load, reload, applyAction };
}
