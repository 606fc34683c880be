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
}

/**
 * What applying an import would do, compared with what is stored now. A changed policy keeps
 * the version it was compared against, so saving it fails with CONFLICT if someone else saved
 * in between instead of overwriting their change.
 */
export function planImport(current: { config: unknown; policies: readonly PolicySummary[] }, imported: { config: unknown; policies: readonly Policy[] }): ImportPlan {
  const byId = new Map(current.policies.map((s) => [s.policy.id, s]));
  const importedIds = new Set(imported.policies.map((p) => p.id));
  const plan: ImportPlan = { added: [], changed: [], unchanged: [], removed: [], configDiff: jsonPathDiff(current.config, imported.config) };
  for (const policy of imported.policies) {
    const existing = byId.get(policy.id);
    if (!existing) {
      plan.added.push(policy);
      continue;
    }
    const diff = jsonPathDiff(existing.policy, policy);
    if (diff.length === 0) plan.unchanged.push(policy.id);
    else plan.changed.push({ policy, expectedVersion: existing.version, diff });
  }
  plan.removed = current.policies.filter((s) => !importedIds.has(s.policy.id));
  return plan;
}
