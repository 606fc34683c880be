import type { PolicySummary, SavePolicyRequest, ValidationResult } from '../../contracts/resolvers.js';
import { isReviewOverdue, nextPolicyVersion } from '../../domain/policies/policyVersion.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import { validatePolicy } from '../../domain/policies/validatePolicy.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { authorizePolicyChange, authorizeSiteAction } from '../access/authorize.js';
import type { Deps } from '../shared/deps.js';
import { loadSettings } from './loadSettings.js';
import { recordAdminChange } from '../access/recordAdminChange.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'coordination'>;

/** Checks a policy against the current configuration without saving anything. */
export async function checkPolicy(deps: AdminDeps, actor: Actor, input: unknown): Promise<ValidationResult> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'validatePolicy');
  const { config, teams } = await loadSettings(deps.store, deps.coordination);
  const r = validatePolicy(input, config, new Set(teams.keys()));
  return r.ok ? { valid: true, errors: [] } : { valid: false, errors: r.errors };
}

/**
 * Saves a new version of a policy. `expectedVersion` is the version the admin edited (0 for a
 * new policy); if someone saved in between, the save is refused with a conflict instead of
 * silently overwriting their change.
 */
export async function savePolicy(deps: AdminDeps, actor: Actor, req: SavePolicyRequest): Promise<PolicySummary> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'savePolicy');
  const { config, teams } = await loadSettings(deps.store, deps.coordination);
  const r = validatePolicy(req.policy, config, new Set(teams.keys()));
  if (!r.ok) throw new AppError('INVALID', `policy: ${r.errors.length} field(s) need attention`, r.errors);
  const current = await deps.store.getPolicy(r.value.id);
  await authorizePolicyChange(deps, actor, 'savePolicy', [...r.value.scope.projects, ...(current?.policy.scope.projects ?? [])]);
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== req.expectedVersion) throw conflict(r.value.id, req.expectedVersion, currentVersion);
  const record = nextPolicyVersion(r.value, currentVersion, actor.accountId, req.reason, deps.clock.now());
  const saved = await deps.store.savePolicyVersion(record);
  if (!saved.saved) throw conflict(r.value.id, req.expectedVersion, saved.currentVersion);
  return summarise(record, deps.clock.now());
}

export async function deletePolicy(deps: AdminDeps, actor: Actor, id: string, reason: string): Promise<void> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'deletePolicy');
  const existing = await deps.store.getPolicy(id);
  if (!existing) throw new AppError('NOT_FOUND', `id: no policy "${id}"`);
  await authorizePolicyChange(deps, actor, 'deletePolicy', existing.policy.scope.projects);
  await deps.store.deletePolicy(id);
  await recordAdminChange(deps, actor, 'deletePolicy', null, `${id}: ${reason}`);
}

export async function listPolicies(deps: AdminDeps, actor: Actor): Promise<PolicySummary[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'listPolicies');
  const now = deps.clock.now();
  return (await deps.store.listPolicies()).map((p) => summarise(p, now));
}

export async function policyHistory(deps: AdminDeps, actor: Actor, id: string): Promise<PolicySummary[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getPolicyHistory');
  const now = deps.clock.now();
  return (await deps.store.listPolicyVersions(id)).map((p) => summarise(p, now));
}

export function summarise(r: PolicyVersionRecord, now: number): PolicySummary {
  return { policy: r.policy, version: r.version, author: r.author, savedAt: r.savedAt, reason: r.reason,
    reviewDueAt: r.reviewDueAt, reviewOverdue: isReviewOverdue(r, now) };
}

function conflict(id: string, expected: number, current: number): AppError {
  return new AppError('CONFLICT', `policy "${id}" was saved by someone else: you edited version ${expected}, the current version is ${current}. Reload, reapply your change and save again.`);
}
