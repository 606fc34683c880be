import type { DrillRecord } from '../../../contracts/drills.js';
import type {
  SaveTabletopScenarioRequest, StoredTabletopScenario, TabletopExerciseSummary, TabletopResultView, TabletopsView,
} from '../../../contracts/tabletop.js';
import { validateTabletopScenario } from '../../../domain/drills/tabletop/validateTabletopScenario.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { loadSettings, type Settings } from '../../policies/loadSettings.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { startDrill } from '../drill/startDrill.js';
import { advanceTabletop } from './advanceTabletop.js';
import { scoreExercise } from './scoreExercise.js';

function drillsOf(deps: Deps) {
  if (!deps.drills) throw new AppError('INVALID', 'drills are not available in this installation');
  return deps.drills;
}

/** The scenario library, every exercise with its score, and what a scenario may name. */
export async function tabletopsView(deps: Deps, actor: Actor): Promise<TabletopsView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getTabletops');
  const d = drillsOf(deps);
  const [scenarios, drills, settings] = await Promise.all([d.listTabletopScenarios(), d.listDrills(), loadSettings(deps.store, deps.coordination)]);
  const exercises = await Promise.all(drills.filter((x) => x.tabletop).sort((a, b) => b.startedAt.localeCompare(a.startedAt)).map((x) => summary(deps, x, settings)));
  return {
    scenarios: scenarios.sort((a, b) => a.scenario.name.localeCompare(b.scenario.name)),
    exercises,
    policies: settings.policies.map((p) => ({ id: p.policy.id, name: p.policy.name })),
    teams: [...settings.teams.values()].map((t) => ({ id: t.id, name: t.name })).sort((a, b) => a.name.localeCompare(b.name)),
    services: settings.config.services.map((s) => s.name),
  };
}

/**
 * Saves a new version of a scenario. `expectedVersion` is the version edited (0 for a new one);
 * a save in between is refused as a conflict. Exercises page real people (as drills), so only
 * site-wide policy admins may define them.
 */
export async function saveTabletopScenario(deps: Deps, actor: Actor, req: SaveTabletopScenarioRequest): Promise<StoredTabletopScenario> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveTabletopScenario');
  const d = drillsOf(deps);
  const settings = await loadSettings(deps.store, deps.coordination);
  const r = validateTabletopScenario(req.scenario, {
    policyIds: new Set(settings.policies.map((p) => p.policy.id)), teamIds: new Set(settings.teams.keys()), services: new Set(settings.config.services.map((s) => s.name)),
  });
  if (!r.ok) {
    const fields = r.errors.map((e) => ({ field: `scenario.${e.field}`, message: e.message }));
    throw new AppError('INVALID', `scenario: ${fields.length} field(s) need attention`, fields);
  }
  const current = (await d.getTabletopScenario(r.value.id))?.version ?? 0;
  if (current !== req.expectedVersion) throw conflict(r.value.id, req.expectedVersion, current);
  const record: StoredTabletopScenario = { version: current + 1, scenario: r.value, savedBy: actor.accountId, savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  const saved = await d.saveTabletopScenarioVersion(record);
  if (!saved.saved) throw conflict(r.value.id, req.expectedVersion, saved.currentVersion);
  await recordAdminChange(deps, actor, 'saveTabletopScenario', null, `${r.value.id} v${record.version}: ${req.reason}`);
  return record;
}

/**
 * Starts an exercise of a scenario as a drill: the drill's incident (its first service, its
 * priority, under its policy) is recorded as a tabletop before anything pages, then the joint
 * protocols engage their teams and the minute-0 injects play. One exercise of a scenario runs
 * at a time, so a double click does not open two.
 */
export async function startTabletop(deps: Deps, actor: Actor, req: { scenarioId: string }): Promise<TabletopResultView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'startTabletop');
  const d = drillsOf(deps);
  const stored = await d.getTabletopScenario(req.scenarioId);
  if (!stored) throw new AppError('NOT_FOUND', `scenarioId: no tabletop scenario "${req.scenarioId}"`);
  const running = (await d.listDrills()).find((x) => x.status === 'running' && x.tabletop?.scenarioId === stored.scenario.id);
  if (running) throw new AppError('CONFLICT', `scenarioId: the exercise ${running.issueKey} of this scenario is still running; stop it first`);
  const s = stored.scenario;
  const settings = await loadSettings(deps.store, deps.coordination);
  const missing = s.teams.filter((id) => !settings.teams.has(id));
  if (missing.length) throw new AppError('INVALID', `scenarioId: the scenario names teams that no longer exist (${missing.join(', ')}); edit it first`);
  const drill = await startDrill(deps, {
    policyId: s.policyId, programmeId: null, startedBy: actor.accountId,
    scenario: { priority: s.priority, service: s.services[0] ?? null, path: 'technical', includePaths: ['technical'], timeLimitMinutes: s.timeLimitMinutes },
    participants: [...new Set(s.teams.flatMap((id) => settings.teams.get(id)?.liaisons ?? []))],
    tabletop: { scenarioId: s.id, scenarioVersion: stored.version, name: s.name, teams: s.teams, injects: s.injects, delivered: [], timerAt: null },
  });
  const record = await deps.host.getIncident(drill.issueKey);
  if (record) await advanceTabletop(deps, record.incident, record.state, settings);
  return tabletopResult(deps, actor, drill.issueKey);
}

/** One exercise: its score so far (or at its end), the injects scripted and those played. */
export async function tabletopResult(deps: Deps, actor: Actor, issueKey: string): Promise<TabletopResultView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getTabletopResult');
  const drill = await drillsOf(deps).getDrill(issueKey);
  if (!drill?.tabletop) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} is not a tabletop exercise`);
  const settings = await loadSettings(deps.store, deps.coordination);
  return { ...(await summary(deps, drill, settings)), delivered: drill.tabletop.delivered, injects: drill.tabletop.injects, now: new Date(deps.clock.now()).toISOString() };
}

async function summary(deps: Deps, drill: DrillRecord, settings: Settings): Promise<TabletopExerciseSummary> {
  const run = drill.tabletop!;
  return {
    issueKey: drill.issueKey, scenarioId: run.scenarioId, name: run.name, status: drill.status, startedAt: drill.startedAt, endedAt: drill.endedAt,
    score: (await scoreExercise(deps, drill, settings.teams))!,
  };
}

function conflict(id: string, expected: number, current: number): AppError {
  return new AppError('CONFLICT', `scenario "${id}" is at version ${current}, not ${expected}: someone saved it meanwhile; reload and apply your change again`);
}
