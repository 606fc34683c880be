import type { Level } from '../../contracts/policy.js';
import { formatMinutes } from '../triggers/formatMinutes.js';
import { iso, type DecisionBuilder } from './decisionBuilder.js';

/**
 * Pages the current level's targets at `at` and, on the level's first page, runs its actions.
 * Repeats only page again: re-assigning or re-labelling on every repeat would be noise.
 */
export function fireLevel(b: DecisionBuilder, level: Level, at: number, firstPage: boolean): void {
  const s = b.state;
  const ackDue = at + level.ackTimeoutMinutes * 60_000;
  b.patch({ lastPagedAt: iso(at), ackDueAt: iso(ackDue), ...(firstPage ? { levelFiredAt: iso(at) } : {}) });
  const where = `${s.path} level ${s.level}${level.name ? ` (${level.name})` : ''}`;
  const late = at < b.now - 60_000 ? ` (due ${iso(at)}, evaluated late at ${iso(b.now)})` : '';
  const what = firstPage ? `Paged ${where}` : `Repeated page ${s.loop} of ${level.repeat} for ${where}`;
  const who = level.targets.length ? describeTargets(level) : 'no targets';
  b.why(`${what}: ${who}; acknowledgement due within ${formatMinutes(level.ackTimeoutMinutes)}${late}.`);
  b.step(firstPage ? (s.level === 1 ? 'paged' : 'levelChanged') : 'repeated', at, `${what}: ${who}`);

  if (level.targets.length) {
    b.intend('page', { kind: 'page', targets: level.targets, path: s.path!, level: s.level!, loop: s.loop, ackDueAt: iso(ackDue), reason: what });
  }
  if (firstPage) {
    level.actions.forEach((a, i) => {
      const name = `${i}:${a.kind}`;
      switch (a.kind) {
        case 'assign': {
          const accountId = a.accountId ?? level.targets.find((t) => t.type === 'user')?.accountId;
          if (accountId) b.intend(name, { kind: 'assign', accountId });
          else b.why(`Level ${s.level} asks to assign, but it names nobody and has no user target; left unassigned.`);
          break;
        }
        case 'setPriority':
          b.intend(name, { kind: 'setPriority', priority: a.priority });
          break;
        case 'addWatchers':
          b.intend(name, { kind: 'addWatchers', accountIds: a.accountIds });
          break;
        case 'addLabel':
          b.intend(name, { kind: 'addLabel', label: a.label });
          break;
        case 'comment':
          b.intend(name, { kind: 'comment', body: a.body });
          break;
        case 'notify':
          b.intend(name, { kind: 'notify', templateId: a.templateId, targets: level.targets });
          break;
        case 'transition':
          b.intend(name, { kind: 'transition', transitionName: a.transitionName });
          break;
      }
    });
  }
  b.intend('step-comment', { kind: 'comment', body: `Escalation: ${what} — ${who}. Acknowledge within ${formatMinutes(level.ackTimeoutMinutes)}.` });
}

function describeTargets(level: Level): string {
  return level.targets
    .map((t) => (t.type === 'user' ? `user ${t.accountId}` : t.type === 'group' ? `group ${t.groupName}` : t.type === 'team' ? `team ${t.teamId}` : `on-call of schedule ${t.scheduleId}`))
    .join(', ');
}
