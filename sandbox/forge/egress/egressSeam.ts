// Installs the global fetch dispatcher when this module loads (see fetchDispatcher.cjs for why).
import './fetchDispatcher.cjs';
import { currentInvocation } from '../invoke/invocationScope.js';

type Handler = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
type Route = (input: string | URL | Request, init?: RequestInit) => Promise<Response> | undefined;

const ROUTE = Symbol.for('sandbox.forge.egressRoute');
let active: Handler | undefined;

/** Calls made while an app invocation runs are egress; every other call keeps the real fetch. */
const route: Route = (input, init) => (active && currentInvocation() ? active(input, init) : undefined);

/** Routes app-invocation fetches to `handler` until the returned undo runs. */
export function installEgress(handler: Handler): () => void {
  (globalThis as typeof globalThis & { [ROUTE]?: Route })[ROUTE] = route;
  const previous = active;
  active = handler;
  return () => {
    if (active === handler) active = previous;
  };
}
