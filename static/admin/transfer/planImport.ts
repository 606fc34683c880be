import type { RoleMappingView } from '../../../src/contracts/access.js';
import type { ScheduleDto } from '../../../src/contracts/oncall.js';
import type { AlertSettings, Integration } from '../../../src/contracts/integration.js';
import type { Policy } from '../../../src/contracts/policy.js';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { jsonPathDiff, type DiffEntry } from '../../shared/jsonPathDiff.js';

export interface ImportPlan {
  added: Policy[];
  changed: { policy: Policy; expectedVersion: number; diff: DiffEntry[] }[];
  unchanged: string[];
  /** Policies the import does not mention: deleted only when the admin asks for it. */
  removed: PolicySummary[];
  configDiff: DiffEntry[];
  /** Schedules the import adds or changes, each with its changed values; absent from v1 files. */
  schedules: { id: string; name: string; isNew: boolean; diff: DiffEntry[] }[];
  roleMappingDiff: DiffEntry[];
  /** Integrations the import adds or changes (correlation, sustain, webhook, ...), each with its changed values. */
  integrations: { id: string; name: string; isNew: boolean; diff: DiffEntry[] }[];
  alertSettingsDiff: DiffEntry[];
  /** The stored version of each imported policy (0 for new ones), for the server's conflict check. */
  expectedVersions: Record<string, number>;
}

interface Current {
  config: unknown;
  policies: readonly PolicySummary[];
  schedules?: readonly ScheduleDto[];
  roleMapping?: RoleMappingView['mapping'];
  integrations?: readonly Integration[];
  alertSettings?: AlertSettings;
}

interface Imported {
  config: unknown;
  policies: readonly Policy[];
  schedules?: readonly ScheduleDto[];
  roleMapping?: RoleMappingView['mapping'];
  integrations?: readonly Integration[];
  alertSettings?: AlertSettings;
}

/**
 * What applying an import would do, compared with what is stored now, value by value. A
 * changed policy keeps the version it was compared against, so the import fails with CONFLICT
 * if someone else saved in between instead of overwriting their change.
 */
export function planImport(current: Current, imported: Imported): ImportPlan {
  const byId = new Map(current.policies.map((s) => [s.policy.id, s]));
  const importedIds = new Set(imported.policies.map((p) => p.id));
  const plan: ImportPlan = {
    added: [], changed: [], unchanged: [], removed: [], configDiff: jsonPathDiff(current.config, imported.config),
    schedules: [], roleMappingDiff: imported.roleMapping ? jsonPathDiff(current.roleMapping ?? {}, imported.roleMapping) : [], expectedVersions: {},
    integrations: [], alertSettingsDiff: imported.alertSettings ? jsonPathDiff(current.alertSettings ?? {}, imported.alertSettings) : [],
  };
  for (const policy of imported.policies) {
    const existing = byId.get(policy.id);
    plan.expectedVersions[policy.id] = existing?.version ?? 0;
    if (!existing) {
      plan.added.push(policy);
      continue;
    }
    const diff = jsonPathDiff(existing.policy, policy);
    if (diff.length === 0) plan.unchanged.push(policy.id);
    else plan.changed.push({ policy, expectedVersion: existing.version, diff });
  }
  plan.removed = current.policies.filter((s) => !importedIds.has(s.policy.id));
  const schedulesById = new Map((current.schedules ?? []).map((s) => [s.id, s]));
  for (const s of imported.schedules ?? []) {
    const before = schedulesById.get(s.id);
    const diff = jsonPathDiff(before ?? {}, s);
    if (diff.length > 0) plan.schedules.push({ id: s.id, name: s.name, isNew: !before, diff });
  }
  const integrationsById = new Map((current.integrations ?? []).map((i) => [i.id, i]));
  for (const i of imported.integrations ?? []) {
    const before = integrationsById.get(i.id);
    const diff = jsonPathDiff(before ?? {}, i);
    if (diff.length > 0) plan.integrations.push({ id: i.id, name: i.name, isNew: !before, diff });
  }
  return plan;
}

/** Whether applying the plan changes anything at all. */
export function planIsEmpty(plan: ImportPlan, deleteMissing: boolean): boolean {
  return plan.configDiff.length === 0 && plan.added.length === 0 && plan.changed.length === 0 && plan.schedules.length === 0
    && plan.roleMappingDiff.length === 0 && plan.integrations.length === 0 && plan.alertSettingsDiff.length === 0 && (!deleteMissing || plan.removed.length === 0);
}
