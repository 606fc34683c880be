import { iso, ms, type DecisionBuilder } from './decisionBuilder.js';
import { fireLevel } from './fireLevel.js';

/** A late sweep may owe several steps; this bounds the catch-up loop against bad data. */
const MAX_STEPS = 200;

/**
 * Moves an active escalation forward through every step due by `b.now`: the first page of the
 * current level, repeats every ack timeout, and the next level after its delay. Sets when the
 * next step falls due. Steps that fell due while nobody looked fire with their own due times.
 */
export function advance(b: DecisionBuilder): void {
  const path = b.policy.paths[b.state.path!];
  for (let i = 0; i < MAX_STEPS; i++) {
    const s = b.state;
    const level = path.levels[s.level! - 1];
    if (!level) {
      b.why(`The ${s.path} path has no level ${s.level}; nothing to page.`);
      b.patch({ exhausted: true });
      return b.nextAt(null);
    }
    if (s.levelFiredAt === null) {
      const due = ms(s.levelDueAt!);
      if (due > b.now) return b.nextAt(due);
      fireLevel(b, level, due, 'first');
      continue;
    }
    const lastPaged = ms(s.lastPagedAt!);
    // Unacknowledged: follow-ups to the same people, then the backups, each an ack timeout apart.
    const chainLength = level.repeat + (level.backups.length ? 1 : 0);
    const repeatAt = s.loop < chainLength ? lastPaged + level.ackTimeoutMinutes * 60_000 : null;
    const next = path.levels[s.level!];
    const nextLevelAt = next ? ms(s.levelFiredAt) + next.delayMinutes * 60_000 : null;
    if (repeatAt === null && nextLevelAt === null) {
      // The final page still gets its full acknowledgement window before we call it exhausted.
      const lastDeadline = ms(s.ackDueAt ?? s.lastPagedAt!);
      if (lastDeadline > b.now) return b.nextAt(lastDeadline);
      if (!s.exhausted) {
        b.why(`Nobody acknowledged the last level of the ${s.path} path; no further escalation.`);
        b.patch({ exhausted: true });
        b.step('exhausted', lastDeadline, 'Final level reached without acknowledgement');
      }
      return b.nextAt(null);
    }
    const due = Math.min(repeatAt ?? Infinity, nextLevelAt ?? Infinity);
    if (due > b.now) return b.nextAt(due);
    if (repeatAt !== null && repeatAt <= (nextLevelAt ?? Infinity)) {
      b.patch({ loop: s.loop + 1 });
      fireLevel(b, level, repeatAt, b.state.loop > level.repeat ? 'backup' : 'followUp');
    } else {
      b.why(`Nobody acknowledged ${s.path} level ${s.level} within ${next!.delayMinutes} minutes; moving to level ${s.level! + 1}.`);
      b.patch({ level: s.level! + 1, loop: 0, levelDueAt: iso(nextLevelAt!), levelFiredAt: null });
    }
  }
  b.why('Stopped after too many steps in one evaluation; the rest continues next time.');
  b.nextAt(b.now);
}
