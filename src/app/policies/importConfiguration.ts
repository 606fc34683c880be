import type { ImportConfigurationRequest, ImportConfigurationResult } from '../../contracts/configTransfer.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { Policy } from '../../contracts/policy.js';
import { DEFAULT_ROLE_MAPPING, roleMappingSchema, type RoleMapping } from '../../domain/access/roleMapping.js';
import type { Schedule } from '../../domain/oncall/schedule.js';
import { validateSchedule } from '../../domain/oncall/validateSchedule.js';
import { configPeople } from '../../domain/people/configPeople.js';
import { newReferences, type PersonReference } from '../../domain/people/personReference.js';
import { policyPeople } from '../../domain/people/policyPeople.js';
import { roleMappingPeople } from '../../domain/people/roleMappingPeople.js';
import { schedulePeople } from '../../domain/people/schedulePeople.js';
import { nextPolicyVersion } from '../../domain/policies/policyVersion.js';
import { validateConfig } from '../../domain/policies/validateConfig.js';
import { validatePolicy } from '../../domain/policies/validatePolicy.js';
import { fromZodIssues, type FieldError } from '../../domain/shared/fieldError.js';
import { authorizeSiteWideChange } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import { checkPeopleExist } from '../people/checkPeopleExist.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { jsonEqual } from './jsonEqual.js';
import { loadSettings } from './loadSettings.js';
import { checkAlertingImport, writeAlertingImport, type AlertingImport } from './importAlerting.js';

type ImportDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'alerts'>;
type Request = Required<Pick<ImportConfigurationRequest, 'expectedVersions' | 'deleteMissing' | 'reason'>> & Pick<ImportConfigurationRequest, 'bundle'>;

const prefixed = (prefix: string, errors: readonly FieldError[]) => errors.map((e) => ({ field: e.field ? `${prefix}.${e.field}` : prefix, message: e.message }));

/**
 * Applies an export all or nothing: every section is checked first (the configuration, each
 * policy against the imported configuration, each schedule, the role mapping, every person and
 * group newly named, and each policy's stored version against the one the preview showed), and
 * only an import with no problem at all is written. A refusal names every field at once.
 */
export async function importConfiguration(deps: ImportDeps, actor: Actor, req: Request): Promise<ImportConfigurationResult> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'importConfiguration');
  const { bundle } = req;
  if (bundle.integrations !== undefined || bundle.alertSettings !== undefined) await authorizeSiteWideChange(deps, actor, 'manageIntegrations', 'importConfiguration');
  const errors: FieldError[] = [];
  const config = validateConfig(bundle.config);
  if (!config.ok) errors.push(...prefixed('config', config.errors));
  const current = await loadSettings(deps.store);
  const checkAgainst: EscalationConfig = config.ok ? config.value : current.config;

  const policies: Policy[] = [];
  bundle.policies.forEach((input, i) => {
    const r = validatePolicy(input, checkAgainst);
    if (r.ok) policies.push(r.value);
    else errors.push(...prefixed(`policies[${i}]`, r.errors));
  });
  const stored = new Map(current.policies.map((p) => [p.policy.id, p]));
  for (const [i, p] of policies.entries()) {
    const have = stored.get(p.id)?.version ?? 0;
    const expected = req.expectedVersions[p.id] ?? 0;
    if (have !== expected) throw new AppError('CONFLICT', `policies[${i}]: "${p.id}" is at version ${have} now, not ${expected} as previewed; check the import again`);
  }

  const schedules: Schedule[] = [];
  (bundle.schedules ?? []).forEach((input, i) => {
    const r = validateSchedule(input);
    if (r.ok) schedules.push(r.value);
    else errors.push(...prefixed(`schedules[${i}]`, r.errors));
  });

  let roleMapping: RoleMapping | null = null;
  if (bundle.roleMapping !== undefined) {
    const r = roleMappingSchema.safeParse(bundle.roleMapping);
    if (r.success) roleMapping = r.data;
    else errors.push(...fromZodIssues(r.error.issues, ['roleMapping']));
  }
  const alerting = checkAlertingImport(bundle, checkAgainst);
  errors.push(...alerting.errors);
  if (errors.length > 0) throw new AppError('INVALID', `import: ${errors.length} field(s) need attention; nothing was applied`, errors);

  const storedMapping = await deps.store.getRoleMapping();
  const refs: PersonReference[] = [
    ...(config.ok ? newReferences(configPeople(config.value), configPeople(current.config)).map((r) => ({ ...r, field: `config.${r.field}` })) : []),
    ...policies.flatMap((p, i) => {
      const before = stored.get(p.id);
      return newReferences(policyPeople(p), before ? policyPeople(before.policy) : []).map((r) => ({ ...r, field: `policies[${i}].${r.field}` }));
    }),
  ];
  const storedSchedules = new Map((await deps.store.listSchedules()).map((s) => [s.schedule.id, s]));
  schedules.forEach((s, i) => {
    const before = storedSchedules.get(s.id);
    refs.push(...newReferences(schedulePeople(s), before ? schedulePeople(before.schedule) : []).map((r) => ({ ...r, field: `schedules[${i}].${r.field}` })));
  });
  if (roleMapping) {
    const had = [...roleMappingPeople(DEFAULT_ROLE_MAPPING), ...roleMappingPeople(storedMapping?.mapping ?? DEFAULT_ROLE_MAPPING)];
    refs.push(...newReferences(roleMappingPeople(roleMapping), had).map((r) => ({ ...r, field: `roleMapping.${r.field}` })));
  }
  await checkPeopleExist(deps.host, refs, '');

  return write(deps, actor, req, { config: config.ok ? config.value : null, current: current.config, policies, stored, schedules, storedSchedules, roleMapping, storedMapping, alerting: alerting.plan });
}

async function write(deps: ImportDeps, actor: Actor, req: Request, plan: {
  config: EscalationConfig | null; current: EscalationConfig; policies: Policy[];
  stored: Map<string, { policy: Policy; version: number }>;
  schedules: Schedule[]; storedSchedules: Map<string, { schedule: Schedule; memberSince: Record<string, string> }>;
  roleMapping: RoleMapping | null; storedMapping: { version: number; mapping: RoleMapping } | null;
  alerting: AlertingImport;
}): Promise<ImportConfigurationResult> {
  const now = deps.clock.now();
  const iso = new Date(now).toISOString();
  const result: ImportConfigurationResult = {
    configChanged: false, policiesSaved: [], policiesDeleted: [], schedulesSaved: [], roleMappingSaved: false,
    integrationsSaved: [], integrationsCreated: [], alertSettingsSaved: false,
  };
  if (plan.config && !jsonEqual(plan.config, plan.current)) {
    await deps.store.saveConfig(plan.config);
    result.configChanged = true;
  }
  for (const p of plan.policies) {
    const before = plan.stored.get(p.id);
    if (before && jsonEqual(before.policy, p)) continue;
    const version = before?.version ?? 0;
    const saved = await deps.store.savePolicyVersion(nextPolicyVersion(p, version, actor.accountId, req.reason, now));
    if (!saved.saved) throw new AppError('CONFLICT', `policy "${p.id}" was saved by someone else while the import ran; check the import again`);
    result.policiesSaved.push(p.id);
  }
  if (req.deleteMissing) {
    const keep = new Set(plan.policies.map((p) => p.id));
    for (const id of plan.stored.keys()) {
      if (keep.has(id)) continue;
      await deps.store.deletePolicy(id);
      result.policiesDeleted.push(id);
    }
  }
  for (const s of plan.schedules) {
    const before = plan.storedSchedules.get(s.id);
    if (before && jsonEqual(before.schedule, s)) continue;
    const memberSince = Object.fromEntries([...new Set(s.layers.flatMap((l) => l.rotation.participants))].map((id) => [id, before?.memberSince[id] ?? iso]));
    await deps.store.saveSchedule({ schedule: s, savedBy: actor.accountId, savedAt: iso, memberSince });
    result.schedulesSaved.push(s.id);
  }
  if (plan.roleMapping && !jsonEqual(plan.roleMapping, plan.storedMapping?.mapping ?? DEFAULT_ROLE_MAPPING)) {
    const version = (plan.storedMapping?.version ?? 0) + 1;
    const saved = await deps.store.saveRoleMapping({ version, mapping: plan.roleMapping, updatedBy: actor.accountId, updatedAt: iso, reason: req.reason });
    if (!saved.saved) throw new AppError('CONFLICT', 'the role mapping was saved by someone else while the import ran; check the import again');
    result.roleMappingSaved = true;
  }
  Object.assign(result, await writeAlertingImport(deps, plan.alerting));
  const what = [result.configChanged && 'config', ...result.policiesSaved, ...result.policiesDeleted.map((id) => `deleted ${id}`),
    ...result.schedulesSaved.map((id) => `schedule ${id}`), result.roleMappingSaved && 'role mapping',
    ...[...result.integrationsCreated, ...result.integrationsSaved].map((id) => `integration ${id}`), result.alertSettingsSaved && 'alert settings'].filter(Boolean).join(', ');
  await recordAdminChange(deps, actor, 'importConfiguration', null, `${what || 'nothing changed'}: ${req.reason}`);
  return result;
}
