import type { ConfigView } from '../../contracts/resolvers.js';
import { expiredExceptions } from '../../domain/policies/applicableException.js';
import { validateConfig } from '../../domain/policies/validateConfig.js';
import { validatePolicy } from '../../domain/policies/validatePolicy.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../access/authorize.js';
import type { Deps } from '../shared/deps.js';
import { loadSettings } from './loadSettings.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import { checkPeopleExist } from '../people/checkPeopleExist.js';
import { configPeople } from '../../domain/people/configPeople.js';
import { newReferences } from '../../domain/people/personReference.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'coordination'>;

export async function getConfig(deps: AdminDeps, actor: Actor): Promise<ConfigView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getConfig');
  const { config } = await loadSettings(deps.store);
  return { config, expiredExceptions: expiredExceptions(config.exceptions, deps.clock.now()).map((e) => e.id) };
}

/**
 * Saves the shared configuration. Existing policies must stay valid under it (for example an
 * SLA metric still in use cannot be removed), so each is re-checked first.
 */
export async function saveConfig(deps: AdminDeps, actor: Actor, input: unknown, reason: string): Promise<ConfigView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveConfig');
  const r = validateConfig(input);
  if (!r.ok) throw new AppError('INVALID', `config: ${r.errors.length} field(s) need attention`, r.errors);
  const { config: current, policies, teams } = await loadSettings(deps.store, deps.coordination);
  await checkPeopleExist(deps.host, newReferences(configPeople(r.value), configPeople(current)), 'config.');
  for (const p of policies) {
    const check = validatePolicy(p.policy, r.value, new Set(teams.keys()));
    if (!check.ok) {
      throw new AppError('INVALID', `policy "${p.policy.id}" would become invalid: ${check.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    }
  }
  await deps.store.saveConfig(r.value);
  await recordAdminChange(deps, actor, 'saveConfig', null, reason);
  return { config: r.value, expiredExceptions: expiredExceptions(r.value.exceptions, deps.clock.now()).map((e) => e.id) };
}
