import type { ControlsReport, CustomControlRecord, SaveControlRequest } from '../../../contracts/controls.js';
import { controlCatalogue } from '../../../domain/governance/controls/controlCatalogue.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { controlsReport } from './assessControls.js';
import type { ControlDeps } from './gatherPeriodEvidence.js';

/**
 * Adds or changes a custom control (policy admins). A new control must not take an id in use;
 * an edit must come from the revision the admin saw, so two admins never overwrite each other.
 * Every save is a new revision, access-logged with its reason. Returns the month's report again.
 */
export async function saveCustomControl(deps: ControlDeps, actor: Actor, req: SaveControlRequest & { period: string }): Promise<ControlsReport> {
  await authorizeSiteAction(deps, actor, 'editControls', 'saveCustomControl');
  const id = req.control.id;
  if (controlCatalogue.some((c) => c.id === id)) throw new AppError('CONFLICT', `${id} is a built-in control`, [{ field: 'control.id', message: 'choose another id' }]);
  const current = await deps.governance.getCustomControl(id);
  if (req.baseRevision === undefined && current && !current.deleted) {
    throw new AppError('CONFLICT', `a control ${id} already exists`, [{ field: 'control.id', message: 'this id is taken; choose another or edit that control' }]);
  }
  if (req.baseRevision !== undefined && current?.revision !== req.baseRevision) {
    throw new AppError('CONFLICT', 'someone else changed this control; reload and try again');
  }
  const record: CustomControlRecord = {
    schema: 1, control: req.control, revision: (current?.revision ?? 0) + 1, savedBy: actor.accountId,
    savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason, deleted: false,
  };
  const saved = await deps.governance.saveCustomControl(record);
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed this control; reload and try again');
  await recordAdminChange(deps, actor, 'saveCustomControl', null, `${id} r${record.revision} (${req.control.checks.map((c) => c.kind).join(', ')}): ${req.reason}`);
  return controlsReport(deps, req.period);
}

/** Retires a custom control: a deleted revision, so its history stays for the auditor. */
export async function deleteCustomControl(deps: ControlDeps, actor: Actor, req: { id: string; reason: string; period: string }): Promise<ControlsReport> {
  await authorizeSiteAction(deps, actor, 'editControls', 'deleteCustomControl');
  const current = await deps.governance.getCustomControl(req.id);
  if (!current || current.deleted) throw new AppError('NOT_FOUND', `no custom control ${req.id}`, [{ field: 'id', message: 'no such control' }]);
  const saved = await deps.governance.saveCustomControl({ ...current, revision: current.revision + 1, savedBy: actor.accountId, savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason, deleted: true });
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed this control; reload and try again');
  await recordAdminChange(deps, actor, 'deleteCustomControl', null, `${req.id}: ${req.reason}`);
  return controlsReport(deps, req.period);
}
