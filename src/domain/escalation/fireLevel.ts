import type { Level } from '../../contracts/policy.js';
import { formatMinutes } from '../triggers/formatMinutes.js';
import { iso, type DecisionBuilder } from './decisionBuilder.js';
import { chooseAssignee } from './chooseAssignee.js';
import { resolveTargets } from './resolveTargets.js';

/** The first page of a level, a follow-up to the same people, or the page to its backups. */
export type PageKind = 'first' | 'followUp' | 'backup';

/**
 * Pages at `at` and, on the level's first page, runs its actions. Follow-ups and the backup
 * page only page: re-assigning or re-labelling on every repeat would be noise. Schedules are
 * resolved to the person on call now; if nobody is, the level's backups are paged at once.
 */
export function fireLevel(b: DecisionBuilder, level: Level, at: number, kind: PageKind): void {
  const s = b.state;
  const ackDue = at + level.ackTimeoutMinutes * 60_000;
  b.patch({ lastPagedAt: iso(at), ackDueAt: iso(ackDue) });
  if (kind === 'first') b.patch({ levelFiredAt: iso(at) });
  const resolved = resolveTargets(kind === 'backup' ? level.backups : level.targets, b.ctx, at);
  if (kind !== 'backup' && resolved.gaps.length && level.backups.length) {
    const backups = resolveTargets(level.backups, b.ctx, at);
    resolved.targets.push(...backups.targets);
    resolved.notes.push(`so the backup is paged now: ${backups.notes.join('; ') || describe(backups.targets)}`);
  }
  const where = `${s.path} level ${s.level}${level.name ? ` (${level.name})` : ''}`;
  const late = at < b.now - 60_000 ? ` (due ${iso(at)}, evaluated late at ${iso(b.now)})` : '';
  const what = kind === 'first' ? `Paged ${where}` : kind === 'followUp' ? `Follow-up ${s.loop} of ${level.repeat} for ${where}` : `Paged the backup of ${where}`;
  const who = resolved.targets.length ? describe(resolved.targets) : 'not delivered (nobody to page)';
  const how = resolved.notes.length ? ` [${resolved.notes.join('; ')}]` : '';
  b.why(() => `${what}: ${who}${how}; acknowledgement due within ${formatMinutes(level.ackTimeoutMinutes)}${late}.`);
  b.step(kind === 'backup' ? 'backupPaged' : kind === 'followUp' ? 'repeated' : s.level === 1 ? 'paged' : 'levelChanged', at, `${what}: ${who}${how}`);

  if (resolved.targets.length) {
    b.intend(kind === 'backup' ? 'backup-page' : 'page', { kind: 'page', targets: resolved.targets, path: s.path!, level: s.level!, loop: s.loop, ackDueAt: iso(ackDue), reason: what });
  }
  if (kind === 'first') runActions(b, level, resolved.targets, at);
  b.intend(kind === 'backup' ? 'backup-comment' : 'step-comment', { kind: 'comment', body: `Escalation: ${what} — ${who}${how}. Acknowledge within ${formatMinutes(level.ackTimeoutMinutes)}.` });
}

function runActions(b: DecisionBuilder, level: Level, paged: Level['targets'], at: number): void {
  level.actions.forEach((a, i) => {
    const name = `${i}:${a.kind}`;
    switch (a.kind) {
      case 'assign': {
        if (a.accountId) return b.intend(name, { kind: 'assign', accountId: a.accountId });
        // Without a named assignee the responder is chosen by shift, skills and workload.
        const choice = chooseAssignee([...level.targets, ...paged.filter((t) => t.type === 'user')], b.ctx, b.tags, at);
        b.why(`Assignment: ${choice.explanation}`);
        if (choice.accountId) b.intend(name, { kind: 'assign', accountId: choice.accountId });
        else b.why(`Level ${b.state.level} asks to assign, but ${choice.explanation}; left unassigned.`);
        break;
      }
      case 'setPriority':
        return b.intend(name, { kind: 'setPriority', priority: a.priority });
      case 'addWatchers':
        return b.intend(name, { kind: 'addWatchers', accountIds: a.accountIds });
      case 'addLabel':
        return b.intend(name, { kind: 'addLabel', label: a.label });
      case 'comment':
        return b.intend(name, { kind: 'comment', body: a.body });
      case 'notify':
        return b.intend(name, { kind: 'notify', templateId: a.templateId, targets: paged });
      case 'transition':
        return b.intend(name, { kind: 'transition', transitionName: a.transitionName });
    }
  });
}

function describe(targets: Level['targets']): string {
  return targets
    .map((t) => (t.type === 'user' ? `user ${t.accountId}` : t.type === 'group' ? `group ${t.groupName}` : t.type === 'team' ? `team ${t.teamId}` : `on-call of schedule ${t.scheduleId}`))
    .join(', ');
}
