import type { DeleteProtocolRequest, SaveProtocolRequest, StoredProtocol } from '../../contracts/protocol.js';
import { validateProtocol } from '../../domain/coordination/validateProtocol.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import { loadSettings } from '../policies/loadSettings.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { coordinationOf } from './coordinationDeps.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'coordination'>;

export async function listProtocols(deps: AdminDeps, actor: Actor): Promise<StoredProtocol[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'listProtocols');
  return (await coordinationOf(deps).listProtocols()).protocols.sort((a, b) => a.protocol.name.localeCompare(b.protocol.name));
}

/** Saves a new version of a joint protocol, refusing a save from a stale version. */
export async function saveProtocol(deps: AdminDeps, actor: Actor, req: SaveProtocolRequest): Promise<StoredProtocol> {
  await authorizeSiteWideChange(deps, actor, 'editTeams', 'saveProtocol');
  const c = coordinationOf(deps);
  const { config, teams } = await loadSettings(deps.store, deps.coordination);
  const r = validateProtocol(req.protocol, config, new Set(teams.keys()));
  if (!r.ok) {
    const fields = r.errors.map((e) => ({ field: `protocol.${e.field}`, message: e.message }));
    throw new AppError('INVALID', `protocol: ${fields.length} field(s) need attention`, fields);
  }
  const current = await c.getProtocol(r.value.id);
  const currentVersion = current?.version ?? 0;
  const stale = () => new AppError('CONFLICT', `protocol "${r.value.id}" was saved meanwhile (version ${currentVersion}, you edited ${req.expectedVersion}); reload and apply your change again`);
  if (currentVersion !== req.expectedVersion) throw stale();
  const record: StoredProtocol = { version: currentVersion + 1, protocol: r.value, savedBy: actor.accountId, savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  if (!(await c.saveProtocolVersion(record)).saved) throw stale();
  await recordAdminChange(deps, actor, 'saveProtocol', null, `${r.value.id} v${record.version}: ${req.reason}`);
  return record;
}

export async function deleteProtocol(deps: AdminDeps, actor: Actor, req: DeleteProtocolRequest): Promise<{ deleted: string }> {
  await authorizeSiteWideChange(deps, actor, 'editTeams', 'deleteProtocol');
  const c = coordinationOf(deps);
  if (!(await c.getProtocol(req.id))) throw new AppError('NOT_FOUND', `id: no protocol "${req.id}"`);
  await c.deleteProtocol(req.id);
  await recordAdminChange(deps, actor, 'deleteProtocol', null, `${req.id}: ${req.reason}`);
  return { deleted: req.id };
}
