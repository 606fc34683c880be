import { useCallback, useEffect, useState } from 'react';
import type { Envelope } from '../../../src/contracts/resolvers.js';
import type { ReviewView } from '../../../src/contracts/reviewView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';

export type ReviewLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: ResolverError }
  | { kind: 'ready'; view: ReviewView | null };

/**
 * The incident's post-incident review, loaded again whenever `refreshKey` changes (the incident
 * panel passes its own state, so resolving the incident shows the new review). Actions return
 * the new view, which replaces the old one.
 */
export function useReview(issueKey: string, refreshKey: string) {
  const [load, setLoad] = useState<ReviewLoad>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void invokeResolver('getReview', { issueKey }).then((r) => {
      if (live) setLoad(r.ok ? { kind: 'ready', view: r.data } : { kind: 'error', error: r.error });
    });
    return () => { live = false; };
  }, [issueKey, refreshKey]);
  const apply = useCallback(async (action: Promise<Envelope<ReviewView>>) => {
    const r = await action;
    if (r.ok) setLoad({ kind: 'ready', view: r.data });
    return r;
  }, []);
  return { load, apply };
}

export type ApplyReview = (action: Promise<Envelope<ReviewView>>) => Promise<Envelope<ReviewView>>;
