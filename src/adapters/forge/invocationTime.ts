import { getAppContext } from '@forge/api';

/**
 * Milliseconds left before the platform stops this invocation, from @forge/api's documented
 * invocation context. Where the runtime cannot tell (an outdated tunnel), Forge's own error is
 * raised rather than a guess: a guessed budget longer than the function's limit would be cut
 * off mid-step instead of checkpointing.
 */
export function remainingInvocationMs(): number {
  return getAppContext().invocationRemainingTimeInMillis();
}
