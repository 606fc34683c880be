import { defaultRecurrenceSettings, type RecurrenceSettings } from '../../../contracts/recurrence.js';
import type { RecurrenceStore } from '../../../ports/recurrenceStore.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';

export type RecurrenceDeps = Deps & { reviews: NonNullable<Deps['reviews']> & { recurrence: RecurrenceStore } };

/** Whether recurrence is wired in (the composition root and the test harness wire it). */
export function hasRecurrence(deps: Deps): deps is RecurrenceDeps {
  return deps.reviews?.recurrence !== undefined;
}

/** The recurrence deps, or a clear refusal where recurrence is not wired in. */
export function recurrenceDeps(deps: Deps): RecurrenceDeps {
  if (!hasRecurrence(deps)) throw new AppError('NOT_FOUND', 'recurrence tracking is not available here');
  return deps;
}

export async function recurrenceSettingsOrDefault(store: RecurrenceStore): Promise<RecurrenceSettings> {
  return (await store.getSettings()) ?? defaultRecurrenceSettings;
}

/** A Jira issue key starts with its project's key. */
export const projectOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));
