import type { PolicyChoice } from '../../contracts/simulator.js';
import type { VersionedPolicy } from '../../domain/policies/versionedPolicy.js';
import { validatePolicy } from '../../domain/policies/validatePolicy.js';
import type { Settings } from '../policies/loadSettings.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';

export interface PolicyUnderTest {
  vp: VersionedPolicy;
  draft: boolean;
  assumptions: string[];
}

/**
 * The policy a simulation or backtest runs: a saved version, or a draft checked exactly as
 * saving would check it (so a draft the editor would refuse is refused here, field by field).
 * A disabled policy is simulated as if enabled: asking what it would do is the point.
 */
export async function policyUnderTest(deps: Pick<Deps, 'store'>, settings: Settings, choice: PolicyChoice): Promise<PolicyUnderTest> {
  const assumptions: string[] = [];
  let vp: VersionedPolicy;
  let draft = false;
  if (choice.kind === 'draft') {
    const r = validatePolicy(choice.policy, settings.config, new Set(settings.teams.keys()));
    if (!r.ok) {
      const fields = r.errors.map((e) => ({ field: `policy.${e.field}`, message: e.message }));
      throw new AppError('INVALID', `policy: ${fields.length} field(s) need attention`, fields);
    }
    const saved = await deps.store.getPolicy(r.value.id);
    vp = { policy: r.value, version: (saved?.version ?? 0) + 1 };
    draft = true;
  } else {
    const record = choice.version === undefined ? await deps.store.getPolicy(choice.id) : await deps.store.getPolicyVersion(choice.id, choice.version);
    if (!record) throw new AppError('NOT_FOUND', `policy.id: no policy "${choice.id}"${choice.version ? ` version ${choice.version}` : ''}`);
    vp = { policy: record.policy, version: record.version };
  }
  if (!vp.policy.enabled) {
    assumptions.push(`"${vp.policy.name}" is disabled; it is simulated as if it were enabled.`);
    vp = { ...vp, policy: { ...vp.policy, enabled: true } };
  }
  if (vp.policy.scope.jql !== undefined) assumptions.push('The policy\'s scope JQL is assumed to match: only Jira can evaluate it, and the incident does not exist.');
  return { vp, draft, assumptions };
}
