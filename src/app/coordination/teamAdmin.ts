import type { DeleteTeamRequest, SaveTeamRequest, StoredTeam, TeamSummary } from '../../contracts/team.js';
import { validateTeam } from '../../domain/coordination/validateTeam.js';
import { newReferences } from '../../domain/people/personReference.js';
import { teamPeople } from '../../domain/people/teamPeople.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import { checkPeopleExist } from '../people/checkPeopleExist.js';
import { policyLevels } from '../policies/policyLevels.js';
import { loadSettings } from '../policies/loadSettings.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { coordinationOf } from './coordinationDeps.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'coordination'>;

/** Every team with where policies and protocols use it. */
export async function listTeams(deps: AdminDeps, actor: Actor): Promise<TeamSummary[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'listTeams');
  const c = coordinationOf(deps);
  const [{ teams }, { protocols }, policies] = await Promise.all([c.listTeams(), c.listProtocols(), deps.store.listPolicies()]);
  const levels = policyLevels(policies.map((p) => p.policy));
  return teams.sort((a, b) => a.team.name.localeCompare(b.team.name)).map((t) => ({
    ...t,
    usedBy: [
      ...levels.filter((l) => [...l.targets, ...l.backups].some((x) => x.type === 'team' && x.teamId === t.team.id)).map((l) => `policy ${l.policy.id} ${l.path} level ${l.level}`),
      ...protocols.filter((p) => p.protocol.teams.some((x) => x.teamId === t.team.id)).map((p) => `protocol ${p.protocol.id}`),
    ],
  }));
}

/**
 * Saves a new version of a team. `expectedVersion` is the version the admin edited (0 for a
 * new team); a save in between is refused as a conflict rather than overwritten. Every person
 * it adds must be an active Jira account (field errors such as `team.members[2]`). Teams decide
 * who is paged in every project, so only site-wide policy admins may change them.
 */
export async function saveTeam(deps: AdminDeps, actor: Actor, req: SaveTeamRequest): Promise<TeamSummary> {
  await authorizeSiteWideChange(deps, actor, 'editTeams', 'saveTeam');
  const c = coordinationOf(deps);
  const [{ config, schedules }] = await Promise.all([loadSettings(deps.store, deps.coordination)]);
  const r = validateTeam(req.team, config, new Set(schedules.keys()));
  if (!r.ok) {
    const fields = r.errors.map((e) => ({ field: `team.${e.field}`, message: e.message }));
    throw new AppError('INVALID', `team: ${fields.length} field(s) need attention`, fields);
  }
  const current = await c.getTeam(r.value.id);
  // Only people this save adds are looked up: one deactivated since the last save must not
  // block an unrelated change (the role audit reports such accounts).
  await checkPeopleExist(deps.host, newReferences(teamPeople(r.value), current ? teamPeople(current.team) : []), 'team.');
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== req.expectedVersion) throw conflict(r.value.id, req.expectedVersion, currentVersion);
  const record: StoredTeam = { version: currentVersion + 1, team: r.value, savedBy: actor.accountId, savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  const saved = await c.saveTeamVersion(record);
  if (!saved.saved) throw conflict(r.value.id, req.expectedVersion, saved.currentVersion);
  await recordAdminChange(deps, actor, 'saveTeam', null, `${r.value.id} v${record.version}: ${req.reason}`);
  return (await listTeams(deps, actor)).find((t) => t.team.id === r.value.id)!;
}

export async function teamHistory(deps: AdminDeps, actor: Actor, id: string): Promise<StoredTeam[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getTeamHistory');
  return coordinationOf(deps).listTeamVersions(id);
}

/** Refused while a policy level or a protocol names the team: they would page nobody. */
export async function deleteTeam(deps: AdminDeps, actor: Actor, req: DeleteTeamRequest): Promise<{ deleted: string }> {
  await authorizeSiteWideChange(deps, actor, 'editTeams', 'deleteTeam');
  const c = coordinationOf(deps);
  if (!(await c.getTeam(req.id))) throw new AppError('NOT_FOUND', `id: no team "${req.id}"`);
  const summary = (await listTeams(deps, actor)).find((t) => t.team.id === req.id);
  if (summary?.usedBy.length) throw new AppError('CONFLICT', `team "${req.id}" is used by ${summary.usedBy.join(', ')}; change those first`);
  await c.deleteTeam(req.id);
  await recordAdminChange(deps, actor, 'deleteTeam', null, `${req.id}: ${req.reason}`);
  return { deleted: req.id };
}

function conflict(id: string, expected: number, current: number): AppError {
  return new AppError('CONFLICT', `team "${id}" is at version ${current}, not ${expected}: someone saved it meanwhile; reload and apply your change again`);
}
