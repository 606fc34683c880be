import { useCallback, useEffect, useState } from 'react';
import type { CoordinationView } from '../../../src/contracts/coordinationView.js';
import type { Envelope } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';

export type CoordinationLoad = { kind: 'loading' } | { kind: 'error'; error: ResolverError } | { kind: 'ready'; view: CoordinationView };
export type ApplyCoordination = (action: Promise<Envelope<CoordinationView>>) => Promise<Envelope<CoordinationView>>;

/** Loads the incident's coordination and reloads it when the escalation moves (`refreshKey`). */
export function useCoordination(issueKey: string, refreshKey: string, onChanged?: () => void): { load: CoordinationLoad; apply: ApplyCoordination } {
  const [load, setLoad] = useState<CoordinationLoad>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void invokeResolver('getCoordination', { issueKey }).then((r) => {
      if (live) setLoad(r.ok ? { kind: 'ready', view: r.data } : { kind: 'error', error: r.error });
    });
    return () => { live = false; };
  }, [issueKey, refreshKey]);
  const apply = useCallback<ApplyCoordination>(async (action) => {
    const r = await action;
    if (r.ok) {
      setLoad({ kind: 'ready', view: r.data });
      // The action wrote timeline entries the incident view shows.
      onChanged?.();
    }
    return r;
  }, [onChanged]);
  return { load, apply };
}
