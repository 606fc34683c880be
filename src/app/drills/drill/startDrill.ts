import { addMinutes } from 'date-fns';
import { DRILL_LABEL, DrillScenarioSchema, type DrillRecord, type DrillScenarioInput } from '../../../contracts/drills.js';
import type { TabletopRun } from '../../../contracts/tabletop.js';
import { matrixCellFor } from '../../../domain/drills/matrixCellFor.js';
import { DRILL_MARK } from '../../../domain/drills/drill/markDrill.js';
import { escalateDrill } from '../../escalation/incidentCommands.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';

export interface StartDrill {
  policyId: string;
  scenario: DrillScenarioInput;
  programmeId: string | null;
  /** Who the rotation meant to exercise. */
  participants: string[];
  /** An accountId, or the trigger that started it. */
  startedBy: string;
  /** A tabletop exercise's run, recorded with the drill before anything pages. */
  tabletop?: TabletopRun | null;
}

/**
 * Opens a drill: a real incident in the policy's first project, labelled and recorded as a
 * drill before anything pages, then escalated on the scenario's path under the drill's own
 * policy, through the real engine, schedules, channels and timers. Callers authorise.
 */
export async function startDrill(deps: Deps, input: StartDrill): Promise<DrillRecord> {
  if (!deps.drills) throw new AppError('INVALID', 'drills are not available in this installation');
  const scenario = DrillScenarioSchema.parse(input.scenario);
  const settings = await loadSettings(deps.store);
  const vp = settings.policies.find((p) => p.policy.id === input.policyId);
  if (!vp) throw new AppError('NOT_FOUND', `policyId: no policy "${input.policyId}"`);
  const projectKey = vp.policy.scope.projects[0];
  if (!projectKey) throw new AppError('INVALID', `policyId: policy "${vp.policy.id}" names no project in its scope, so a drill has nowhere to open`);
  const cell = matrixCellFor(settings.config.matrix, scenario.priority);
  const now = deps.clock.now();
  const key = await deps.host.createIncident({
    projectKey, requestType: null,
    summary: `${DRILL_MARK} ${input.tabletop ? `Tabletop exercise: ${input.tabletop.name}` : `Escalation drill of ${vp.policy.name}`} (${scenario.priority}${scenario.service ? `, ${scenario.service}` : ''})`,
    description: `${DRILL_MARK} This is an escalation drill, not a real incident. Acknowledge pages as you would for real; do not change any system. `
      + `It ends when the acknowledgement chain completes, after ${scenario.timeLimitMinutes} minutes, or when an admin stops it.`,
    service: scenario.service, labels: [DRILL_LABEL], impact: cell?.impact ?? null, urgency: cell?.urgency ?? null, priority: scenario.priority,
  });
  const drill: DrillRecord = {
    schema: 1, issueKey: key, programmeId: input.programmeId, policyId: vp.policy.id, policyVersion: vp.version, scenario,
    participants: input.participants, status: 'running', startedAt: new Date(now).toISOString(), startedBy: input.startedBy,
    endsAt: addMinutes(now, scenario.timeLimitMinutes).toISOString(), endedAt: null, endReason: null, endedBy: null,
    pages: [], withheld: [], findings: [], tabletop: input.tabletop ?? null,
  };
  await deps.drills.saveDrill(drill);
  // The property mirrors the record for JQL and the issue view; isolation reads the record.
  await deps.host.setIssueProperty(key, 'drill', { drill: true, programmeId: drill.programmeId, endsAt: drill.endsAt });
  await escalateDrill(deps, key, vp.policy.id, scenario.path, input.startedBy, `drill of ${vp.policy.name}`);
  return (await deps.drills.getDrill(key)) ?? drill;
}
