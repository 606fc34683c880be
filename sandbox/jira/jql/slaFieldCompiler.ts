import type { SlaState } from '../sla/computeSla.js';
import { parsePeriod } from './dateFieldCompiler.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler } from './jqlTypes.js';

/** JSM's SLA JQL functions, as `=` operands. */
const STATE_FUNCTIONS: Record<string, (s: SlaState) => boolean> = {
  breached: (s) => (s.ongoing ?? s.completed.at(-1))?.breached ?? false,
  running: (s) => s.ongoing !== null && !s.ongoing.paused,
  paused: (s) => s.ongoing?.paused ?? false,
  completed: (s) => s.ongoing === null && s.completed.length > 0,
  everbreached: (s) => [...s.completed, ...(s.ongoing ? [s.ongoing] : [])].some((c) => c.breached),
  withincalendarhours: (s) => s.ongoing?.withinCalendarHours ?? false,
  outsidecalendarhours: (s) => s.ongoing !== null && !s.ongoing.withinCalendarHours,
};

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * "Time to resolution" = breached() and friends, and `< remaining("30m")` / `elapsed("1h")`
 * comparisons against the ongoing cycle (issues with no ongoing cycle never match those).
 */
export function slaFieldCompiler(fieldId: string): FieldCompiler {
  return (cond, env) => {
    const [term, extra] = cond.terms;
    if (term?.kind !== 'function' || extra) throw jqlErrors.unsupportedOperator(cond.operator, cond.fieldText);
    const name = term.name.toLowerCase();
    const op = cond.operator;
    const stateFn = STATE_FUNCTIONS[name];
    if (stateFn) {
      if (op !== '=' && op !== '!=') throw jqlErrors.unsupportedOperator(op, cond.fieldText);
      return (i) => {
        const s = env.sla(i, fieldId);
        // An SLA that never started a cycle matches neither = nor != (as JSM documents).
        if (!s || (s.ongoing === null && s.completed.length === 0)) return false;
        return stateFn(s) === (op === '=');
      };
    }
    if (name !== 'remaining' && name !== 'elapsed') throw jqlErrors.unknownFunction(term.name);
    const compare = COMPARE[op];
    if (!compare) throw jqlErrors.unsupportedOperator(op, cond.fieldText);
    const period = parsePeriod(term.args[0] ?? '');
    if (period === null) throw jqlErrors.badFunctionUse(`${term.name}("${term.args[0] ?? ''}")`, cond.fieldText);
    return (i) => {
      const ongoing = env.sla(i, fieldId)?.ongoing;
      if (!ongoing) return false;
      return compare(name === 'remaining' ? ongoing.remainingMs : ongoing.elapsedMs, period);
    };
  };
}
