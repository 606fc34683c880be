import { useEffect, useRef, useState } from 'react';
import type { Envelope } from '../../src/contracts/resolvers.js';
import type { ResolverError } from '../shared/api.js';

export interface PollState<T> {
  data: T | null;
  error: ResolverError | null;
  receivedAtMs: number | null;
}

/**
 * Calls `fetch` now and then `intervalMs` after each answer (never overlapping calls), again at
 * once when `key` changes. A failed poll keeps the last good data on screen beside the error.
 */
export function usePolling<T>(fetch: () => Promise<Envelope<T>>, key: string, intervalMs = 10_000): PollState<T> {
  const [state, setState] = useState<PollState<T>>({ data: null, error: null, receivedAtMs: null });
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    async function tick() {
      const result = await fetchRef.current();
      if (!live) return;
      setState((prev) => result.ok
        ? { data: result.data, error: null, receivedAtMs: Date.now() }
        : { ...prev, error: result.error });
      timer = window.setTimeout(() => void tick(), intervalMs);
    }
    void tick();
    return () => { live = false; window.clearTimeout(timer); };
  }, [key, intervalMs]);

  return state;
}
