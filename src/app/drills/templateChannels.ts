import type { Channel } from '../../contracts/comms.js';
import type { Deps } from '../shared/deps.js';
import { effectiveTemplates } from '../comms/templates/effectiveTemplates.js';

/** Template id → channel of every template in force, so a simulated `notify` names its channel. */
export async function templateChannels(deps: Pick<Deps, 'comms'>): Promise<Map<string, Channel>> {
  return new Map((await effectiveTemplates(deps.comms)).map((t) => [t.template.id, t.template.channel]));
}
