import type { EscalationPath } from '../../contracts/policy.js';
import { formatMinutes } from '../triggers/formatMinutes.js';
import type { FieldError } from '../shared/fieldError.js';

/** GoAlert allows delays up to 9000 minutes; we keep the same ceiling. */
export const MAX_DELAY_MINUTES = 9000;
export const MAX_REPEAT = 10;

/** Checks one path's levels: delays, timeouts, repeats, empty levels and unreachable repeats. */
export function validateLevels(path: EscalationPath, field: string, teamIds: ReadonlySet<string> = new Set()): FieldError[] {
  const errors: FieldError[] = [];
  path.levels.forEach((level, i) => {
    const f = `${field}.levels[${i}]`;
    const minDelay = i === 0 ? 0 : 1;
    if (level.delayMinutes < minDelay || level.delayMinutes > MAX_DELAY_MINUTES) {
      errors.push({ field: `${f}.delayMinutes`, message: i === 0
        ? `must be between 0 and ${MAX_DELAY_MINUTES} minutes`
        : `must be between 1 and ${MAX_DELAY_MINUTES} minutes; a zero or negative delay would page two levels at once` });
    }
    if (level.ackTimeoutMinutes < 1 || level.ackTimeoutMinutes > 1440) {
      errors.push({ field: `${f}.ackTimeoutMinutes`, message: 'must be between 1 and 1440 minutes' });
    }
    if (level.repeat < 0 || level.repeat > MAX_REPEAT) {
      errors.push({ field: `${f}.repeat`, message: `must be between 0 and ${MAX_REPEAT}` });
    }
    // A team resolves to its on-call and liaisons at decision time, so it only has to exist now.
    for (const [list, items] of [['targets', level.targets], ['backups', level.backups]] as const) {
      items.forEach((t, j) => {
        if (t.type === 'team' && !teamIds.has(t.teamId)) errors.push({ field: `${f}.${list}[${j}].teamId`, message: `no team "${t.teamId}"; create it under Teams first` });
      });
    }
    if (level.targets.some((t) => t.type === 'schedule') && level.backups.length === 0) {
      errors.push({ field: `${f}.backups`, message: 'a level that pages an on-call schedule needs a named backup for when the schedule has a gap or nobody answers' });
    }
    if (level.backups.some((b) => level.targets.some((t) => JSON.stringify(t) === JSON.stringify(b)))) {
      errors.push({ field: `${f}.backups`, message: 'the backup must not be one of the level\'s own targets' });
    }
    if (level.targets.length === 0 && level.actions.length === 0) {
      errors.push({ field: `${f}.targets`, message: 'an empty level pages nobody and does nothing; add a target or an action' });
    }
    const next = path.levels[i + 1];
    const chain = level.repeat + (level.backups.length ? 1 : 0);
    if (next && chain > 0 && next.delayMinutes >= 1) {
      const needed = chain * level.ackTimeoutMinutes;
      if (needed >= next.delayMinutes) {
        const what = `${level.repeat} follow-up(s)${level.backups.length ? ' and a backup page' : ''}`;
        errors.push({ field: `${f}.repeat`, message:
          `${what} every ${formatMinutes(level.ackTimeoutMinutes)} need ${formatMinutes(needed)}, but level ${i + 2} fires after ${formatMinutes(next.delayMinutes)}: the later pages are unreachable` });
      }
    }
  });
  return errors;
}
