import { invokeResolver } from '../../shared/api.js';
import type { ExportBundle } from './exportBundle.js';
import type { ImportPlan } from './planImport.js';

export interface ApplyStep {
  what: string;
  ok: boolean;
  message?: string;
}

/**
 * Applies a checked import: config first (policies may name its services and calendars), then
 * added and changed policies, then deletions if asked. Each step reports on its own; a failed
 * step does not stop the others, and the admin sees exactly which ones to redo.
 */
export async function applyImport(bundle: ExportBundle, plan: ImportPlan, deleteMissing: boolean, reason: string): Promise<ApplyStep[]> {
  const steps: ApplyStep[] = [];
  const record = (what: string, r: { ok: boolean; error?: { message: string } }) =>
    steps.push(r.ok ? { what, ok: true } : { what, ok: false, message: r.error?.message });
  if (plan.configDiff.length > 0) record('Configuration', await invokeResolver('saveConfig', { config: bundle.config, reason }));
  for (const p of plan.added) record(`Add ${p.id}`, await invokeResolver('savePolicy', { policy: p, expectedVersion: 0, reason }));
  for (const c of plan.changed) {
    record(`Update ${c.policy.id}`, await invokeResolver('savePolicy', { policy: c.policy, expectedVersion: c.expectedVersion, reason }));
  }
  if (deleteMissing) {
    for (const s of plan.removed) record(`Delete ${s.policy.id}`, await invokeResolver('deletePolicy', { id: s.policy.id, reason }));
  }
  return steps;
}
