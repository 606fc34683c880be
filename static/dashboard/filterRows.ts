import type { ActiveEscalationRow, DashboardFilters } from '../../src/contracts/dashboard.js';

/**
 * The same filters the resolver applies, applied again here so a changed filter shows at once
 * instead of after the next poll.
 */
export function filterRows(rows: readonly ActiveEscalationRow[], f: DashboardFilters): ActiveEscalationRow[] {
  return rows.filter((r) =>
    matches(f.paths, r.path) && matches(f.levels, r.level) && matches(f.services, r.service) && matches(f.priorities, r.priority));
}

function matches<T>(wanted: readonly T[] | undefined, value: T | null): boolean {
  return !wanted || wanted.length === 0 || (value !== null && wanted.includes(value));
}
