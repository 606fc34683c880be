import { currentInvocation } from '../forge/invoke/invocationScope.js';
import type { FaultInjector } from './faultInjector.js';

type Fetch = (target: { type: string }, path: string, init?: unknown) => Promise<Response>;
type Globals = typeof globalThis & { __forge_fetch__?: Fetch };

/**
 * Puts KVS fault injection (and killed invocations, for every platform call) in front of the runtime's `__forge_fetch__`, where @forge/kvs sends
 * every storage call, so injected errors reach the app exactly as platform errors would
 * (`{code, message}` bodies that the SDK raises as ForgeKvsAPIError). Returns the undo.
 */
export function installKvsFaults(faults: FaultInjector): () => void {
  const g = globalThis as Globals;
  const inner = g.__forge_fetch__;
  if (!inner) throw new Error('install the Forge runtime before KVS faults');
  g.__forge_fetch__ = async (target, path, init) => {
    const scope = currentInvocation();
    // A killed invocation reaches nothing any more: the platform call fails before it is made.
    if (faults.killed(scope?.invocationId, scope?.functionKey)) throw new TypeError(`fetch failed: invocation ${scope?.invocationId} was killed by the sandbox`);
    const fault = target.type === 'kvs' ? faults.kvsFault() : undefined;
    if (!fault) return inner(target, path, init);
    return new Response(JSON.stringify(fault.body), { status: fault.status, headers: { 'content-type': 'application/json' } });
  };
  return () => {
    g.__forge_fetch__ = inner;
  };
}
