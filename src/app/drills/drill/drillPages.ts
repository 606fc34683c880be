import type { DrillPage, DrillRecord } from '../../../contracts/drills.js';
import type { Intent } from '../../../domain/escalation/intent.js';
import type { Deps } from '../../shared/deps.js';

type PageIntent = Extract<Intent, { kind: 'page' }>;

/** The running drill an incident is, or null (no drill store, not a drill, or already over). */
export async function runningDrill(deps: Pick<Deps, 'drills'>, issueKey: string): Promise<DrillRecord | null> {
  const d = await deps.drills?.getDrill(issueKey);
  return d?.status === 'running' ? d : null;
}

/**
 * Adds a page to the drill's hop log. Keyed by path, level, loop and backup, so a retried
 * intent records its hop once (the last outcome wins: a failure then a success reads as sent).
 */
export async function recordDrillPage(deps: Pick<Deps, 'drills' | 'clock'>, i: PageIntent, outcome: DrillPage['outcome'], note: string | null): Promise<void> {
  const d = await runningDrill(deps, i.incidentKey);
  if (!d) return;
  const backup = i.key.includes('backup-page');
  const page: DrillPage = {
    at: new Date(deps.clock.now()).toISOString(), path: i.path, level: i.level, loop: i.loop, backup,
    accountIds: i.targets.flatMap((t) => (t.type === 'user' ? [t.accountId] : [])),
    groups: i.targets.flatMap((t) => (t.type === 'group' ? [t.groupName] : [])),
    ackDueAt: i.ackDueAt, outcome, note,
  };
  const same = (p: DrillPage) => p.path === page.path && p.level === page.level && p.loop === page.loop && p.backup === page.backup;
  const existing = d.pages.find(same);
  const pages = existing ? d.pages.map((p) => (same(p) ? { ...page, at: p.at } : p)) : [...d.pages, page];
  await deps.drills!.saveDrill({ ...d, pages });
}
