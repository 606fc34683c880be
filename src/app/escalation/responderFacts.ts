import type { Decision } from '../../domain/escalation/decision.js';
import type { EngineContext, ResponderFacts } from '../../domain/escalation/engineContext.js';
import type { Policy } from '../../contracts/policy.js';
import type { Deps } from '../shared/deps.js';
import { engineContext, type Settings } from '../policies/loadSettings.js';

const DAY_MS = 86_400_000;

/**
 * Decides once without workload data; only if a level that fired assigns by score among two
 * or more people does it fetch their open incidents (one Jira search) and pages in the last
 * 24 hours, then decides again with them. Deciding is pure and cheap; Jira requests are not.
 */
export async function decideWithResponders<R>(
  deps: Pick<Deps, 'host' | 'store' | 'clock'>,
  settings: Settings,
  policy: Policy,
  run: (ctx: EngineContext) => R,
  decisionOf: (r: R) => Decision | null,
): Promise<R> {
  const base = engineContext(settings);
  const first = run(base);
  const decision = decisionOf(first);
  if (!decision) return first;
  const pool = assignmentPool(policy, decision, settings);
  if (pool.length < 2) return first;
  // Workload only weighs the choice; if it cannot be read (Jira refuses JQL naming a
  // deactivated user, say), the choice goes on by shift and skills rather than failing the page.
  const [open, pages] = await Promise.all([
    deps.host.openIncidentCounts(pool).catch(warnEmpty('open incidents')),
    deps.store.pageCounts(pool, deps.clock.now() - DAY_MS).catch(warnEmpty('recent pages')),
  ]);
  const skills = new Map(settings.config.routing.skills.map((s) => [s.accountId, s.skills]));
  const responders = new Map<string, ResponderFacts>(pool.map((a) => [a, {
    displayName: a, skills: skills.get(a) ?? [], openIncidents: open.get(a) ?? 0, pagesLast24h: pages.get(a) ?? 0,
  }]));
  return run({ ...base, responders, routingWeights: settings.config.routing.weights });
}

/** Everyone a fired level could assign by score: its users, backups and schedule participants. */
function assignmentPool(policy: Policy, d: Decision, settings: Settings): string[] {
  const people = new Set<string>();
  for (const step of d.steps) {
    if ((step.type !== 'paged' && step.type !== 'levelChanged') || step.path === null || step.level === null) continue;
    const level = policy.paths[step.path].levels[step.level - 1];
    if (!level || !level.actions.some((a) => a.kind === 'assign' && a.accountId === undefined)) continue;
    for (const t of [...level.targets, ...level.backups]) {
      if (t.type === 'user') people.add(t.accountId);
      if (t.type === 'schedule') {
        const s = settings.schedules.get(t.scheduleId);
        for (const l of s?.layers ?? []) for (const p of l.rotation.participants) people.add(p);
        for (const o of s?.overrides ?? []) people.add(o.accountId);
      }
    }
  }
  return [...people].sort();
}

function warnEmpty(what: string): (e: unknown) => Map<string, number> {
  return (e) => {
    console.warn(`assignment: could not read ${what}; choosing without it`, e);
    return new Map();
  };
}
