'use strict';
/**
 * Puts one dispatcher in `globalThis.fetch`, once per global. @forge/api reads the global `fetch`
 * a single time, when it loads (`getFetchAPI`), and keeps that function; so the sandbox cannot
 * swap fetch later and must be in place before any copy of @forge/api loads. The dispatcher asks
 * the route the sandbox registers (egressSeam.ts) whether a call is app egress; anything else goes
 * to the fetch that was there before, unchanged.
 *
 * Plain CommonJS so it can also run as a jest `setupFiles` entry: jest loads CommonJS packages
 * imported by a test (such as @forge/api) before any of the test's own modules run.
 */
const MARK = Symbol.for('sandbox.forge.egressDispatcher');
const ROUTE = Symbol.for('sandbox.forge.egressRoute');

if (!(typeof globalThis.fetch === 'function' && globalThis.fetch[MARK])) {
  const original = globalThis.fetch;
  const dispatcher = function fetch(input, init) {
    const route = globalThis[ROUTE];
    const routed = typeof route === 'function' ? route(input, init) : undefined;
    if (routed) return routed;
    if (typeof original !== 'function') return Promise.reject(new Error('The fetch function is not available'));
    return original(input, init);
  };
  dispatcher[MARK] = true;
  globalThis.fetch = dispatcher;
}
