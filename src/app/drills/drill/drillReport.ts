import type { DrillFinding, DrillReportView } from '../../../contracts/drills.js';
import { scoreDrill } from '../../../domain/drills/scoring/scoreDrill.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../../access/authorize.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { AppError } from '../../shared/appError.js';
import type { Actor } from '../../shared/actor.js';
import type { Deps } from '../../shared/deps.js';

const LINK_TYPE = 'Relates';

async function drillOrFail(deps: Deps, issueKey: string) {
  const d = await deps.drills?.getDrill(issueKey);
  if (!d) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} is not a drill`);
  return d;
}

/** The drill report: the hop table as it stands now (it fills in while the drill runs), and the findings with their tasks' state. */
export async function drillReport(deps: Deps, actor: Actor, issueKey: string): Promise<DrillReportView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getDrillReport');
  const drill = await drillOrFail(deps, issueKey);
  const [vp, events, settings] = await Promise.all([
    deps.store.getPolicyVersion(drill.policyId, drill.policyVersion), deps.store.listEvents(issueKey), loadSettings(deps.store),
  ]);
  if (!vp) throw new AppError('NOT_FOUND', `policy ${drill.policyId} version ${drill.policyVersion} no longer exists`);
  const now = deps.clock.now();
  const findings = await Promise.all(drill.findings.map(async (f) => {
    const task = f.taskKey ? await deps.host.getIncident(f.taskKey).catch(() => null) : null;
    return { ...f, taskStatus: f.taskKey ? (task?.incident.statusCategory === 'done' ? 'done' : task ? 'open' : 'unknown') : null };
  }));
  return { drill, score: scoreDrill({ drill, events, policy: vp.policy, schedules: settings.schedules }, now), findings, now: new Date(now).toISOString() };
}

/** The facilitator's own finding; "runbook" ones mark the service's runbook for revision. */
export async function addDrillFinding(deps: Deps, actor: Actor, req: { issueKey: string; text: string; runbook: boolean; path: DrillFinding['path']; level: number | null }): Promise<DrillReportView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'addDrillFinding');
  const drill = await drillOrFail(deps, req.issueKey);
  const at = new Date(deps.clock.now()).toISOString();
  const finding: DrillFinding = {
    id: `${drill.issueKey}:facilitator:${drill.findings.length + 1}`, kind: 'facilitator', path: req.path, level: req.level, accountId: null,
    text: req.text, runbook: req.runbook, taskKey: null, by: actor.accountId, at,
  };
  if (drill.findings.length >= 100) throw new AppError('INVALID', 'text: a drill keeps at most 100 findings');
  await deps.drills!.saveDrill({ ...drill, findings: [...drill.findings, finding] });
  if (req.runbook) await markRunbook(deps, drill.scenario.service, req.path, req.level, actor.accountId, drill.issueKey, at);
  return drillReport(deps, actor, req.issueKey);
}

async function markRunbook(deps: Deps, service: string | null, path: DrillFinding['path'], level: number | null, by: string, issueKey: string, at: string): Promise<void> {
  if (!service) return;
  const books = (await deps.drills!.listRunbooks()).filter((r) => r.service === service);
  // The level's own runbook when it has one, else the service's.
  const book = books.find((r) => r.path === path && r.level === level) ?? books.find((r) => r.path === null && r.level === null);
  if (book) await deps.drills!.saveRunbook({ ...book, revisionRequested: { by, at, issueKey } });
}

/**
 * Opens a Jira task for a finding ("update runbook", "fix rotation"), linked to the drill.
 * Once per finding: a second click returns the task already opened.
 */
export async function openFindingTask(deps: Deps, actor: Actor, req: { issueKey: string; findingId: string }): Promise<DrillReportView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'openFindingTask');
  const issues = deps.reviews?.issues;
  if (!issues) throw new AppError('INVALID', 'this installation cannot create Jira issues for findings');
  const drill = await drillOrFail(deps, req.issueKey);
  const f = drill.findings.find((x) => x.id === req.findingId);
  if (!f) throw new AppError('NOT_FOUND', `findingId: ${req.findingId} is not a finding of ${req.issueKey}`);
  if (f.taskKey) return drillReport(deps, actor, req.issueKey);
  const what = f.runbook ? 'Update runbook' : f.kind === 'nobodyOnCall' || f.kind === 'wrongRoute' ? 'Fix rotation' : f.kind === 'missingBackup' ? 'Add a backup' : 'Follow up';
  const claim = `drill-finding-task/${f.id}`;
  if (!(await deps.store.claimIntent(claim, 900))) throw new AppError('CONFLICT', `findingId: a task for ${f.id} is being opened`);
  let taskKey: string;
  try {
    taskKey = await issues.createIssue({
      projectKey: req.issueKey.split('-')[0]!, issueType: 'Task', summary: `${what}: ${f.text}`.slice(0, 250),
      description: `Found in escalation drill ${req.issueKey} (${f.kind}${f.path ? `, ${f.path} level ${f.level}` : ''}).\n\n${f.text}`,
      assigneeAccountId: null, labels: ['drill-finding'],
    });
    await issues.linkIssues(LINK_TYPE, taskKey, req.issueKey);
  } catch (e) {
    await deps.store.releaseIntent(claim);
    throw e;
  }
  const latest = (await deps.drills!.getDrill(req.issueKey))!;
  await deps.drills!.saveDrill({ ...latest, findings: latest.findings.map((x) => (x.id === f.id ? { ...x, taskKey } : x)) });
  await deps.store.completeIntent(claim);
  return drillReport(deps, actor, req.issueKey);
}
