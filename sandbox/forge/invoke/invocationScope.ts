import { AsyncLocalStorage } from 'node:async_hooks';

export type InvocationKind = 'resolver' | 'webtrigger' | 'trigger' | 'scheduledTrigger' | 'consumer' | 'function';

/** Everything the platform knows about one running invocation. */
export interface InvocationScope {
  invocationId: string;
  functionKey: string;
  moduleKey: string;
  kind: InvocationKind;
  /** The user the invocation runs for; absent for triggers, webtriggers and consumers. */
  accountId?: string;
  /** Real-clock deadline: handler code burns real CPU time, not virtual time. */
  deadline: number;
}

/**
 * Invocations share one Node process and its globals; AsyncLocalStorage keeps each one's
 * `__forge_runtime__` and user identity attached to its own async call chain.
 */
export const invocationStore = new AsyncLocalStorage<InvocationScope>();

export const currentInvocation = (): InvocationScope | undefined => invocationStore.getStore();
