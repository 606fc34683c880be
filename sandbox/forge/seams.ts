import type { ForgeFetch } from './forgeFetch.js';
import { currentInvocation } from './invoke/invocationScope.js';
import { buildRuntimeGlobal, type InstallationInfo } from './invoke/runtimeGlobal.js';

type ForgeGlobals = typeof globalThis & { __forge_fetch__?: ForgeFetch; __forge_runtime__?: unknown };

/**
 * Installs the two globals the real @forge/* packages read:
 * - `__forge_fetch__(target, path, init)`: every platform request (KVS, Jira, queue, GraphQL);
 * - `__forge_runtime__`: a getter answering with the current invocation's runtime (per
 *   AsyncLocalStorage), or an app-level one outside invocations so a shell or test can still
 *   call the SDKs directly.
 * Returns a function that restores what was there before.
 */
export function installForgeSeams(fetch: ForgeFetch, info: InstallationInfo): () => void {
  const g = globalThis as ForgeGlobals;
  const previousFetch = Object.getOwnPropertyDescriptor(g, '__forge_fetch__');
  const previousRuntime = Object.getOwnPropertyDescriptor(g, '__forge_runtime__');
  g.__forge_fetch__ = fetch;
  Object.defineProperty(g, '__forge_runtime__', {
    configurable: true,
    enumerable: false,
    get: () => buildRuntimeGlobal(info, currentInvocation()),
  });
  return () => {
    for (const [name, previous] of [
      ['__forge_fetch__', previousFetch],
      ['__forge_runtime__', previousRuntime],
    ] as const) {
      if (previous) Object.defineProperty(g, name, previous);
      else delete (g as Record<string, unknown>)[name];
    }
  };
}
