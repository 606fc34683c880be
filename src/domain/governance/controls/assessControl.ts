import type { Control, ControlAssessment, ControlStatus } from '../../../contracts/controls.js';
import { evaluateCheck } from './evaluateCheck.js';
import type { PeriodEvidence } from './periodEvidence.js';

/**
 * A control's status for a month: a gap when any of its checks shows one, not applicable when
 * none of them had anything to judge, met otherwise. A control is only as good as its weakest
 * evidence, so one gap is enough.
 *
 * @example assessControl(catalogue[0], evidence).status // 'met' | 'gap' | 'notApplicable'
 */
export function assessControl(control: Control, ev: PeriodEvidence, custom = false, revision: number | null = null): ControlAssessment {
  const checks = control.checks.map((c) => evaluateCheck(c, ev));
  const status: ControlStatus = checks.some((c) => c.status === 'gap') ? 'gap'
    : checks.every((c) => c.status === 'notApplicable') ? 'notApplicable' : 'met';
  return { control, custom, revision, status, checks };
}
