import type { IssueRecord } from '../siteTypes.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler, JqlTerm } from './jqlTypes.js';

const UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** "-5d", "4w 2d", "1h 30m" as signed milliseconds; null when it is not a period. */
export function parsePeriod(text: string): number | null {
  const m = /^([-+]?)((?:\s*\d+\s*[wdhm])+)$/.exec(text.trim());
  if (!m) return null;
  let total = 0;
  for (const part of (m[2] ?? '').matchAll(/(\d+)\s*([wdhm])/g)) total += Number(part[1]) * (UNIT_MS[part[2] ?? ''] ?? 0);
  return m[1] === '-' ? -total : total;
}

/** Absolute dates are read in UTC, the sandbox site's default time zone. */
function parseAbsolute(text: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

function termInstant(term: JqlTerm, field: string, now: number): number {
  if (term.kind === 'value') {
    const period = parsePeriod(term.value);
    const at = period !== null ? now + period : parseAbsolute(term.value);
    if (at === null) throw jqlErrors.badDate(term.value, field);
    return at;
  }
  if (term.kind === 'function') {
    // Offsets such as startOfDay(-1) are not emulated: refusing beats answering for the wrong day.
    if (term.args.length > 0) throw jqlErrors.unsupported(`arguments to ${term.name}()`);
    const startOfDay = now - (now % 86_400_000);
    switch (term.name.toLowerCase()) {
      case 'now':
        return now;
      case 'startofday':
        return startOfDay;
      case 'endofday':
        return startOfDay + 86_400_000 - 1;
      default:
        throw jqlErrors.badFunctionUse(term.name, field);
    }
  }
  throw jqlErrors.unsupportedOperator('EMPTY', field);
}

/** created, updated, resolved: = != < <= > >= against dates, periods and now()/startOfDay()/endOfDay(). */
export function dateFieldCompiler(name: string, get: (i: IssueRecord) => number | null): FieldCompiler {
  return (cond, env) => {
    const op = cond.operator;
    const [term, extra] = cond.terms;
    if (!term || extra) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
    if (term.kind === 'empty') {
      if (op === '=' || op === 'is') return (i) => get(i) === null;
      if (op === '!=' || op === 'is not') return (i) => get(i) !== null;
      throw jqlErrors.unsupportedOperator(op, cond.fieldText);
    }
    const at = termInstant(term, name, env.now);
    const test: Record<string, (v: number) => boolean> = {
      '=': (v) => v === at,
      '!=': (v) => v !== at,
      '<': (v) => v < at,
      '<=': (v) => v <= at,
      '>': (v) => v > at,
      '>=': (v) => v >= at,
    };
    const check = test[op];
    if (!check) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
    return (i) => {
      const v = get(i);
      return v !== null && check(v);
    };
  };
}
