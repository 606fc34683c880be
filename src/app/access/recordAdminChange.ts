import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';

/**
 * Writes an allowed change of configuration to the access log with the reason the admin gave,
 * so audits see who changed what and why. Policy saves keep theirs in the version history.
 */
export async function recordAdminChange(deps: Pick<Deps, 'store' | 'clock'>, actor: Actor, action: string, issueKey: string | null, reason: string): Promise<void> {
  await deps.store.appendAccessLog({ at: new Date(deps.clock.now()).toISOString(), accountId: actor.accountId, action, issueKey, allowed: true, reason });
}
