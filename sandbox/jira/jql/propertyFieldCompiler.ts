import type { IssueRecord } from '../siteTypes.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler } from './jqlTypes.js';

type Scalar = string | number | boolean;

/** Values at a path inside an issue property; arrays contribute each of their scalar elements. */
function valuesAt(issue: IssueRecord, key: string, path: readonly string[]): Scalar[] {
  let node: unknown = issue.properties[key];
  for (const step of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
    node = (node as Record<string, unknown>)[step];
  }
  const list = Array.isArray(node) ? (node as unknown[]) : [node];
  return list.filter((v): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

/** Numbers compare as numbers when both sides are numeric, everything else as strings. */
function comparator(target: string): (v: Scalar) => number {
  const n = Number(target);
  const numeric = target.trim() !== '' && Number.isFinite(n);
  return (v) => {
    if (numeric && typeof v === 'number') return v - n;
    const s = String(v);
    return s < target ? -1 : s > target ? 1 : 0;
  };
}

const TESTS: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  in: (c) => c === 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/** `issue.property[key].path` compared with = != < <= > >= IN, NOT IN, IS [NOT] EMPTY. */
export const propertyFieldCompiler: FieldCompiler = (cond) => {
  const prop = cond.property;
  if (!prop) throw jqlErrors.unknownField(cond.fieldText);
  const get = (i: IssueRecord) => valuesAt(i, prop.key, prop.path);
  const op = cond.operator;
  if (cond.terms.some((t) => t.kind === 'function')) throw jqlErrors.unsupported('functions on issue properties');
  const hasEmpty = cond.terms.some((t) => t.kind === 'empty');
  const compares = cond.terms.flatMap((t) => (t.kind === 'value' ? [comparator(t.value)] : []));
  const negated = op === '!=' || op === 'not in' || op === 'is not';
  const base = negated ? ({ '!=': '=', 'not in': 'in', 'is not': 'is' } as Record<string, string>)[op] ?? op : op;
  if (base === 'is' && (!hasEmpty || compares.length > 0)) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
  const test = base === 'is' ? undefined : TESTS[base];
  if (base !== 'is' && !test) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
  const matchesValue = (i: IssueRecord) => {
    const values = get(i);
    return test !== undefined && values.some((v) => compares.some((c) => test(c(v))));
  };
  if (!negated) return (i) => (hasEmpty && get(i).length === 0) || matchesValue(i);
  return (i) => get(i).length > 0 && !matchesValue(i);
};
