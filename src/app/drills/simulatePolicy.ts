import type { SimulatePolicyRequest, SimulationView } from '../../contracts/simulator.js';
import type { HypotheticalIncident } from '../../domain/drills/hypotheticalIncident.js';
import { matrixCellFor } from '../../domain/drills/matrixCellFor.js';
import { simulate } from '../../domain/drills/simulate.js';
import { effectivePriority } from '../../domain/priority/effectivePriority.js';
import { authorizeSiteAction } from '../access/authorize.js';
import { engineContext, loadSettings } from '../policies/loadSettings.js';
import { AppError } from '../shared/appError.js';
import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';
import { defaultTimeZone } from './defaultTimeZone.js';
import { peopleNames } from './peopleNames.js';
import { policyUnderTest } from './policyUnderTest.js';
import { peopleIn, simulationParts } from './simulationView.js';
import { templateChannels } from './templateChannels.js';

const MIN = 60_000;

/**
 * "Who would be paged, on which channel, when?" for an incident that does not exist, under a
 * saved version or a draft. Reads settings and schedules; writes nothing and pages nobody.
 */
export async function simulatePolicy(deps: Pick<Deps, 'host' | 'store' | 'clock' | 'comms' | 'coordination'>, actor: Actor, req: SimulatePolicyRequest): Promise<SimulationView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'simulatePolicy');
  const settings = await loadSettings(deps.store, deps.coordination);
  const { config } = settings;
  const { vp, draft, assumptions } = await policyUnderTest(deps, settings, req.policy);
  const i = req.incident;
  let impact = i.impact ?? null;
  let urgency = i.urgency ?? null;
  if (i.priority && (impact === null || urgency === null)) {
    const cell = matrixCellFor(config.matrix, i.priority);
    if (!cell) throw new AppError('INVALID', `incident.priority: no impact × urgency cell of the matrix gives ${i.priority}`, [{ field: 'incident.priority', message: `no cell of the matrix gives ${i.priority}` }]);
    ({ impact, urgency } = cell);
    assumptions.push(`${i.priority} is simulated as impact "${impact}" × urgency "${urgency}", the matrix's most severe cell giving it.`);
  }
  const createdAt = Date.parse(i.createdAt);
  const h: HypotheticalIncident = {
    key: 'SIMULATED-1', projectKey: i.projectKey, requestType: i.requestType, service: i.service, components: i.service ? [i.service] : [],
    labels: i.labels, impact, urgency, createdAt, slaGoals: i.slaGoals.map((g) => ({ metric: g.metric, goalMs: g.goalMinutes * MIN })),
    scopeJqlMatches: { [vp.policy.id]: true },
  };
  if (h.slaGoals.length) assumptions.push('SLA clocks run in wall-clock time from creation; a goal on a JSM business-hours calendar would run slower.');
  assumptions.push('Schedules, overrides and calendars are the ones saved now; pages go by email through Jira.');
  const sim = simulate({
    incident: h, policy: vp, config, ctx: engineContext(settings), ackAfterFirstPageMs: req.acknowledgeAfterMinutes === null ? null : req.acknowledgeAfterMinutes * MIN,
    acknowledgedBy: req.acknowledgedBy ?? null, resolvedAt: req.resolveAfterMinutes === null ? null : createdAt + req.resolveAfterMinutes * MIN,
    horizonMs: req.horizonHours * 60 * MIN, templateChannels: await templateChannels(deps), defaultTimeZone: defaultTimeZone(config, i.service), explain: true,
  });
  const name = await peopleNames(deps, peopleIn(sim));
  return {
    policy: { id: vp.policy.id, name: vp.policy.name, version: draft ? null : vp.version, draft },
    incident: { priority: effectivePriority(config, { impact, urgency, service: i.service }).priority, impact, urgency, service: i.service, createdAt: i.createdAt },
    ...simulationParts(sim, createdAt, name),
    assumptions,
  };
}
