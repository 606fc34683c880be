import type { ControlsReport } from '../../../contracts/controls.js';
import { assessControl } from '../../../domain/governance/controls/assessControl.js';
import { controlCatalogue } from '../../../domain/governance/controls/controlCatalogue.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { auditPeriodRange } from '../auditPeriod.js';
import { gatherPeriodEvidence, type ControlDeps } from './gatherPeriodEvidence.js';

/** Every control, built-in then custom, assessed against one month's records (no authorisation: callers did it). */
export async function controlsReport(deps: ControlDeps, period: string): Promise<ControlsReport> {
  const { from, to } = auditPeriodRange(period);
  const now = deps.clock.now();
  if (from > now) throw new AppError('INVALID', `${period} has not started yet`, [{ field: 'period', message: 'choose a month that has started' }]);
  const [evidence, custom] = await Promise.all([gatherPeriodEvidence(deps, period), deps.governance.listCustomControls()]);
  const controls = [
    ...controlCatalogue.map((c) => assessControl(c, evidence)),
    ...custom.controls.filter((r) => !r.deleted).map((r) => assessControl(r.control, evidence, true, r.revision)),
  ];
  const totals = { met: 0, gap: 0, notApplicable: 0 };
  for (const c of controls) totals[c.status] += 1;
  return { period, from: new Date(from).toISOString(), to: new Date(to).toISOString(), assessedAt: new Date(now).toISOString(), controls, totals, quarantined: custom.quarantined };
}

/** The Controls section of the Governance page: auditors and admins may look. */
export async function assessControls(deps: ControlDeps, actor: Actor, period: string): Promise<ControlsReport> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'assessControls');
  return controlsReport(deps, period);
}
