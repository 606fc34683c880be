import type { CoverageView, DrillProgramme, DrillRecord, DrillScenarioInput, DrillsView, RunbookLink } from '../../../contracts/drills.js';
import { drillCoverage } from '../../../domain/drills/programmes/drillCoverage.js';
import { nextDrillDue } from '../../../domain/drills/programmes/nextDrillDue.js';
import { policyPeople } from '../../../domain/drills/programmes/policyPeople.js';
import { drillStats } from '../../../domain/drills/scoring/drillStats.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../../access/authorize.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { AppError } from '../../shared/appError.js';
import type { Actor } from '../../shared/actor.js';
import type { Deps } from '../../shared/deps.js';
import { peopleNames } from '../peopleNames.js';
import { endDrill } from '../drill/endDrill.js';
import { startDrill } from '../drill/startDrill.js';
import { programmeParticipants } from './programmeParticipants.js';

const YEAR_MS = 365 * 86_400_000;

function store(deps: Deps) {
  if (!deps.drills) throw new AppError('INVALID', 'drills are not available in this installation');
  return deps.drills;
}

/** Programmes, every drill with its figures, runbooks, and MTTA per participant and level with the trend. */
export async function drillsView(deps: Deps, actor: Actor): Promise<DrillsView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getDrills');
  const s = store(deps);
  const [programmes, drills, runbooks, settings] = await Promise.all([s.listProgrammes(), s.listDrills(), s.listRunbooks(), loadSettings(deps.store)]);
  const now = deps.clock.now();
  const events = new Map(await Promise.all(drills.map(async (d) => [d.issueKey, await deps.store.listEvents(d.issueKey)] as const)));
  const policies = new Map(await Promise.all(drills.map(async (d) => [`${d.policyId}@${d.policyVersion}`, (await deps.store.getPolicyVersion(d.policyId, d.policyVersion))?.policy ?? null] as const)));
  const stats = drillStats(drills, events, policies, settings.schedules, now);
  const name = await peopleNames(deps, stats.byParticipant.map((p) => p.accountId));
  return {
    programmes: programmes.map((p) => ({ ...p, nextDueAt: iso(nextDrillDue(p, now)) })),
    drills: stats.summaries,
    policies: settings.policies.map((p) => ({ id: p.policy.id, name: p.policy.name })),
    runbooks,
    byParticipant: stats.byParticipant.map((p) => ({ ...p, displayName: name(p.accountId).displayName })),
    byLevel: stats.byLevel,
    trend: stats.trend,
    now: new Date(now).toISOString(),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function saveProgramme(deps: Deps, actor: Actor, programme: DrillProgramme): Promise<DrillsView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveDrillProgramme');
  const settings = await loadSettings(deps.store);
  if (!settings.policies.some((p) => p.policy.id === programme.policyId)) throw new AppError('INVALID', `programme.policyId: no policy "${programme.policyId}"`);
  const existing = await store(deps).getProgramme(programme.id);
  // The run history is the app's, not the form's: saving never moves the next due date.
  await store(deps).saveProgramme({ ...programme, lastRunAt: existing?.lastRunAt ?? null });
  return drillsView(deps, actor);
}

export async function saveRunbook(deps: Deps, actor: Actor, runbook: RunbookLink): Promise<DrillsView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveRunbook');
  // A new revision clears the request a drill finding made.
  await store(deps).saveRunbook({ ...runbook, revisionRequested: null });
  return drillsView(deps, actor);
}

/** "Run now": a programme's drill (with its rotation's pick) or an ad-hoc drill of a policy. */
export async function runDrillNow(deps: Deps, actor: Actor, req: { programmeId?: string | undefined; policyId?: string | undefined; scenario?: DrillScenarioInput | undefined }): Promise<DrillRecord> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'runDrill');
  if (req.programmeId) {
    const p = await store(deps).getProgramme(req.programmeId);
    if (!p) throw new AppError('NOT_FOUND', `programmeId: no programme "${req.programmeId}"`);
    return runProgramme(deps, p, actor.accountId);
  }
  return startDrill(deps, { policyId: req.policyId!, scenario: req.scenario ?? {}, programmeId: null, participants: [], startedBy: actor.accountId });
}

/** Starts a programme's drill and records the run, so the next one falls due a cadence later. */
export async function runProgramme(deps: Deps, p: DrillProgramme, by: string): Promise<DrillRecord> {
  const participants = await programmeParticipants(deps, p);
  const drill = await startDrill(deps, { policyId: p.policyId, scenario: p.scenario, programmeId: p.id, participants, startedBy: by });
  await store(deps).saveProgramme({ ...p, lastRunAt: drill.startedAt });
  return drill;
}

/** An admin stops a running drill; it is scored and resolved like any other end. */
export async function stopDrill(deps: Deps, actor: Actor, issueKey: string): Promise<DrillRecord> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'stopDrill');
  const d = await store(deps).getDrill(issueKey);
  if (!d) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} is not a drill`);
  if (d.status !== 'running') throw new AppError('INVALID', `issueKey: drill ${issueKey} has already ended`);
  const record = await deps.host.getIncident(issueKey);
  return endDrill(deps, d, 'stopped', deps.clock.now(), actor.accountId, record?.state ?? null);
}

/** Who in the policy's rotations this programme has drilled over the last year, and who missed. */
export async function drillCoverageView(deps: Deps, actor: Actor, programmeId: string): Promise<CoverageView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getDrillCoverage');
  const p = await store(deps).getProgramme(programmeId);
  if (!p) throw new AppError('NOT_FOUND', `programmeId: no programme "${programmeId}"`);
  const settings = await loadSettings(deps.store);
  const policy = settings.policies.find((x) => x.policy.id === p.policyId)?.policy;
  const people = policy ? policyPeople(policy, settings.schedules) : [];
  const from = deps.clock.now() - YEAR_MS;
  const drills = (await store(deps).listDrills()).filter((d) => d.policyId === p.policyId);
  const name = await peopleNames(deps, people);
  return { programmeId, yearFrom: new Date(from).toISOString(), rows: drillCoverage(people, drills, from, new Map(people.map((a) => [a, name(a).displayName]))) };
}
