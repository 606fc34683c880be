import type { Deps } from './deps.js';

/** As for intents: a claim lasts one invocation (at most 900 s); if it dies, a retry may redo the action. */
const LEASE_SECONDS = 900;

/**
 * Runs `action` once per key, across retries and concurrent runs: the same claim/complete
 * records that make intents exactly-once. Returns false when the key was already done (or is
 * being done right now). A failure releases the claim so a retry can try again.
 */
export async function onceOnly(store: Deps['store'], key: string, action: () => Promise<void>, leaseSeconds = LEASE_SECONDS): Promise<boolean> {
  if (!(await store.claimIntent(key, leaseSeconds))) return false;
  try {
    await action();
  } catch (e) {
    await store.releaseIntent(key);
    throw e;
  }
  await store.completeIntent(key);
  return true;
}
