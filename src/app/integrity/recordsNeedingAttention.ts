import type { RecordsNeedingAttention } from '../../contracts/incidentIntegrity.js';
import { authorizeSiteAction } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';

const LIMIT = 200;

/**
 * Admins' "Records needing attention": incidents whose app state no longer parses (quarantined:
 * sweeps and lists skip them) and issue properties changed outside the app (put back).
 */
export async function recordsNeedingAttention(deps: Deps, actor: Actor): Promise<RecordsNeedingAttention> {
  await authorizeSiteAction(deps, actor, 'viewRecordsNeedingAttention', 'listRecordsNeedingAttention');
  return { records: (await deps.incidentState?.listAttention(null, LIMIT)) ?? [] };
}
