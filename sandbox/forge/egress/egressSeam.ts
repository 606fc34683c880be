import { currentInvocation } from '../invoke/invocationScope.js';

type Fetch = typeof globalThis.fetch;
type Handler = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const MARK = Symbol.for('sandbox.forge.egressDispatcher');
let active: Handler | undefined;

/**
 * Puts one dispatcher in `globalThis.fetch`: calls made while an app invocation runs go to the
 * egress emulator, every other call goes to the fetch that was there before, unchanged.
 *
 * It is installed when this module loads and never removed, because @forge/api reads the global
 * `fetch` once, when it is first loaded (`getFetchAPI`), and keeps that function: the dispatcher
 * must already be in place by then, and must still work for whichever runtime is installed later.
 */
export function ensureEgressDispatcher(): void {
  const g = globalThis as typeof globalThis & { fetch?: Fetch & { [MARK]?: true } };
  if (g.fetch?.[MARK]) return;
  const original = g.fetch;
  const dispatcher = ((input: string | URL | Request, init?: RequestInit) => {
    if (active && currentInvocation()) return active(input, init);
    if (!original) return Promise.reject(new Error('The fetch function is not available'));
    return original(input, init);
  }) as Fetch & { [MARK]?: true };
  dispatcher[MARK] = true;
  g.fetch = dispatcher;
}

ensureEgressDispatcher();

/** Routes app-invocation fetches to `handler` until the returned undo runs. */
export function installEgress(handler: Handler): () => void {
  ensureEgressDispatcher();
  const previous = active;
  active = handler;
  return () => {
    if (active === handler) active = previous;
  };
}
