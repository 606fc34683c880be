import type { PersonView } from '../../contracts/simulator.js';
import type { Deps } from '../shared/deps.js';

/** Display names for account ids, one directory read each; unknown people keep their id. */
export async function peopleNames(deps: Pick<Deps, 'host'>, ids: Iterable<string>): Promise<(id: string) => PersonView> {
  const names = new Map<string, string>();
  await Promise.all([...new Set(ids)].map(async (id) => {
    const user = await deps.host.getUser(id).catch(() => null);
    names.set(id, user?.displayName || id);
  }));
  return (id) => ({ accountId: id, displayName: names.get(id) ?? id });
}
