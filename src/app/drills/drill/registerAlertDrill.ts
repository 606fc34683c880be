import { addMinutes } from 'date-fns';
import { PrioritySchema } from '../../../contracts/common.js';
import { DrillScenarioSchema, type DrillRecord } from '../../../contracts/drills.js';
import { choosePolicy } from '../../../domain/policies/matchesScope.js';
import { withScopeJql } from '../../escalation/withScopeJql.js';
import { loadSettings } from '../../policies/loadSettings.js';
import type { Deps } from '../../shared/deps.js';

/**
 * Records an incident an alert just opened (a heartbeat marked as a drill) as a drill, before
 * its first evaluation pages anyone: from then on isolation applies to it like to any drill.
 * The drill runs whichever policy the incident's scope selects, on its technical path, and
 * ends like any drill (chain complete, time limit, an admin, or the heartbeat resuming).
 * Returns null, recording nothing, where no policy covers the incident: nothing will page.
 */
export async function registerAlertDrill(deps: Deps, issueKey: string, priority: string | null, startedBy: string): Promise<DrillRecord | null> {
  if (!deps.drills) return null;
  const record = await deps.host.getIncident(issueKey);
  if (!record) return null;
  const settings = await loadSettings(deps.store, deps.coordination);
  const incident = await withScopeJql(deps, record.incident, settings.policies);
  const chosen = choosePolicy(settings.policies.map((p) => p.policy), incident);
  const vp = chosen && settings.policies.find((p) => p.policy.id === chosen.id);
  if (!vp) return null;
  const p = PrioritySchema.safeParse(priority);
  const scenario = DrillScenarioSchema.parse({ priority: p.success ? p.data : undefined, service: record.incident.service });
  const now = deps.clock.now();
  const drill: DrillRecord = {
    schema: 1, issueKey, programmeId: null, policyId: vp.policy.id, policyVersion: vp.version, scenario,
    participants: [], status: 'running', startedAt: new Date(now).toISOString(), startedBy,
    endsAt: addMinutes(now, scenario.timeLimitMinutes).toISOString(), endedAt: null, endReason: null, endedBy: null,
    pages: [], withheld: [], findings: [], tabletop: null,
  };
  await deps.drills.saveDrill(drill);
  await deps.host.setIssueProperty(issueKey, 'drill', { drill: true, programmeId: null, endsAt: drill.endsAt });
  return drill;
}
