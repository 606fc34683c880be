import type { IssueRecord } from '../siteTypes.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler, JqlCondition, JqlEnv, JqlTerm } from './jqlTypes.js';

/**
 * A field whose value is a set of canonical tokens (ids, keys, account ids, labels). Operand
 * values are resolved to tokens up front, so a value that does not exist fails the whole search
 * with a 400, as Jira does, instead of silently matching nothing.
 */
export interface SetFieldSpec {
  name: string;
  tokens(issue: IssueRecord, env: JqlEnv): readonly string[];
  /** Canonical tokens an operand value names; throw `unknownValue` when none. */
  resolve(value: string, env: JqlEnv): readonly string[];
  /** Functions usable as operands, e.g. currentUser(). */
  functions?: Readonly<Record<string, (args: string[], env: JqlEnv) => readonly string[]>>;
  /** Ordering of tokens for < <= > >= (priority); absent when the field has no order. */
  rank?: (token: string) => number;
}

type Resolved = { tokens: Set<string>; empty: boolean };

/** What `resolve` returns for a value that means "no value", like resolution = Unresolved. */
export const EMPTY_TOKEN = '\u0000empty';

function add(out: Resolved, tokens: readonly string[]): void {
  for (const t of tokens) {
    if (t === EMPTY_TOKEN) out.empty = true;
    else out.tokens.add(t);
  }
}

function resolveTerms(spec: SetFieldSpec, terms: JqlTerm[], env: JqlEnv): Resolved {
  const out: Resolved = { tokens: new Set(), empty: false };
  for (const term of terms) {
    if (term.kind === 'empty') out.empty = true;
    else if (term.kind === 'value') add(out, spec.resolve(term.value, env));
    else {
      const fn = spec.functions?.[term.name.toLowerCase()];
      if (!fn) throw jqlErrors.badFunctionUse(term.name, spec.name);
      add(out, fn(term.args, env));
    }
  }
  return out;
}

function compare(op: string, a: number, b: number): boolean {
  if (op === '<') return a < b;
  if (op === '<=') return a <= b;
  if (op === '>') return a > b;
  return a >= b;
}

export function setFieldCompiler(spec: SetFieldSpec): FieldCompiler {
  return (cond: JqlCondition, env: JqlEnv) => {
    const op = cond.operator;
    const want = resolveTerms(spec, cond.terms, env);
    const tokensOf = (issue: IssueRecord) => spec.tokens(issue, env);
    const any = (issue: IssueRecord) => tokensOf(issue).some((t) => want.tokens.has(t));
    switch (op) {
      case '=':
      case 'in':
      case 'is':
        if (op === 'is' && !want.empty) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
        return (issue) => (want.empty && tokensOf(issue).length === 0) || any(issue);
      case '!=':
      case 'not in':
      case 'is not':
        if (op === 'is not' && !want.empty) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
        // Jira's negations never match an empty field unless EMPTY itself is excluded.
        return (issue) => tokensOf(issue).length > 0 && !any(issue);
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const rank = spec.rank;
        const [target, extra] = [...want.tokens];
        if (!rank || target === undefined || extra !== undefined) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
        const goal = rank(target);
        return (issue) => tokensOf(issue).some((t) => compare(op, rank(t), goal));
      }
      default:
        throw jqlErrors.unsupportedOperator(op, cond.fieldText);
    }
  };
}
