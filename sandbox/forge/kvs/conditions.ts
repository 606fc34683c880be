import { kvsErrors } from './kvsError.js';

/** A where/filter clause as @forge/kvs sends it (`{property?, condition, values}`). */
export interface Clause {
  property?: string;
  condition: string;
  values: unknown[];
}

const ARITY: Record<string, number> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

export const RANGE_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

export function validateClause(clause: Clause, allowed?: Set<string>): void {
  const arity = ARITY[clause.condition];
  if (arity === undefined || (allowed && !allowed.has(clause.condition))) throw kvsErrors.filterCondition(clause.condition);
  if (!Array.isArray(clause.values) || clause.values.length !== arity) throw kvsErrors.filterValues(clause.condition);
}

/** Orders numbers numerically and strings lexically; values of different types never compare. */
export function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

export function matches(clause: Clause, actual: unknown): boolean {
  const [first, second] = clause.values;
  const cmp = (v: unknown) => compare(actual, v);
  switch (clause.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return actual !== undefined && !contains(actual, first);
    case 'BETWEEN': {
      const lo = cmp(first);
      const hi = cmp(second);
      return lo !== undefined && hi !== undefined && lo >= 0 && hi <= 0;
    }
    case 'GREATER_THAN':
      return (cmp(first) ?? -1) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return (cmp(first) ?? -1) >= 0;
    case 'LESS_THAN':
      return (cmp(first) ?? 1) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return (cmp(first) ?? 1) <= 0;
    default:
      throw kvsErrors.filterCondition(clause.condition);
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

/** `{and: [...]}` or `{or: [...]}` as sent for entity filters and transaction conditions. */
export interface FilterGroup {
  and?: Clause[];
  or?: Clause[];
}

export function validateFilterGroup(group: FilterGroup): void {
  if (group.and && group.or) throw kvsErrors.filterCombination();
  const clauses = group.and ?? group.or;
  if (!clauses || clauses.length === 0) throw kvsErrors.emptyFilterOperator();
  for (const c of clauses) validateClause(c);
}

export function matchesGroup(group: FilterGroup, value: Record<string, unknown>): boolean {
  const test = (c: Clause) => matches(c, c.property === undefined ? undefined : value[c.property]);
  if (group.and) return group.and.every(test);
  return (group.or ?? []).some(test);
}
