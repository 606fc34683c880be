import type { DrillProgramme } from '../../../contracts/drills.js';
import { drillCoverage, nextParticipants } from '../../../domain/drills/programmes/drillCoverage.js';
import { policyPeople } from '../../../domain/drills/programmes/policyPeople.js';
import { loadSettings } from '../../policies/loadSettings.js';
import type { Deps } from '../../shared/deps.js';

const YEAR_MS = 365 * 86_400_000;

/** The people this run should exercise: those the programme has not drilled (or who missed) this year first. */
export async function programmeParticipants(deps: Deps, p: DrillProgramme): Promise<string[]> {
  const settings = await loadSettings(deps.store);
  const policy = settings.policies.find((x) => x.policy.id === p.policyId)?.policy;
  if (!policy) return [];
  const people = policyPeople(policy, settings.schedules);
  const drills = ((await deps.drills?.listDrills()) ?? []).filter((d) => d.policyId === p.policyId);
  return nextParticipants(drillCoverage(people, drills, deps.clock.now() - YEAR_MS, new Map())).slice(0, 3);
}
