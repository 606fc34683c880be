import { DEFAULT_RETENTION, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, purgedRecordTypes, type LegalHold, type LegalHoldScope, type RetentionDays, type RetentionView } from '../../../contracts/retention.js';
import type { RetentionStore } from '../../../ports/retentionStore.js';
import { authorizeSiteAction, type AuthDeps } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';

export type RetentionDeps = AuthDeps & { retention: RetentionStore };

async function view(deps: RetentionDeps): Promise<RetentionView> {
  const [versions, holds, purges, checkpoint] = await Promise.all([
    deps.retention.listSettingsVersions(), deps.retention.listHolds(), deps.retention.listPurgeRecords(100), deps.retention.getCheckpoint(),
  ]);
  const current = versions[0] ?? null;
  return { current, days: current?.days ?? DEFAULT_RETENTION, versions, holds, purges, checkpoint, purged: purgedRecordTypes, bounds: { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS } };
}

/** Retention, holds and what the purge deleted: admins and auditors may look (and looking is logged by the caller's role check). */
export async function getRetention(deps: RetentionDeps, actor: Actor): Promise<RetentionView> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'getRetention');
  return view(deps);
}

/** Saves a new version of the retention days (policy admins), from the version the admin saw; logged with what changed. */
export async function saveRetention(deps: RetentionDeps, actor: Actor, req: { days: RetentionDays; baseVersion: number; reason: string }): Promise<RetentionView> {
  await authorizeSiteAction(deps, actor, 'editRetention', 'saveRetention');
  const current = await deps.retention.getSettings();
  if ((current?.version ?? 0) !== req.baseVersion) throw new AppError('CONFLICT', 'someone else changed the retention settings; reload and try again');
  const before = current?.days ?? DEFAULT_RETENTION;
  const changes = (Object.keys(req.days) as Array<keyof RetentionDays>).filter((k) => req.days[k] !== before[k]).map((k) => `${k} ${before[k]}→${req.days[k]} days`);
  const saved = await deps.retention.saveSettings({ schema: 1, version: req.baseVersion + 1, days: req.days, savedBy: actor.accountId, savedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason });
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed the retention settings; reload and try again');
  await recordAdminChange(deps, actor, 'saveRetention', null, `v${req.baseVersion + 1}: ${changes.join(', ') || 'no change'} — ${req.reason}`);
  return view(deps);
}

const scopeText = (s: LegalHoldScope) => (s.kind === 'incident' ? `incident ${s.issueKey}` : `${s.from} to ${s.to}`);

/** Places a legal hold (policy admins); logged. From then on the purge passes over what it covers. */
export async function placeHold(deps: RetentionDeps, actor: Actor, req: { scope: LegalHoldScope; reason: string }): Promise<RetentionView> {
  await authorizeSiteAction(deps, actor, 'editRetention', 'placeLegalHold');
  const now = deps.clock.now();
  const hold: LegalHold = { schema: 1, id: `hold-${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`, scope: req.scope, reason: req.reason, placedBy: actor.accountId, placedAt: new Date(now).toISOString(), released: null };
  await deps.retention.saveHold(hold);
  await recordAdminChange(deps, actor, 'placeLegalHold', req.scope.kind === 'incident' ? req.scope.issueKey : null, `${hold.id} on ${scopeText(req.scope)}: ${req.reason}`);
  return view(deps);
}

/** Releases a hold (policy admins); the hold stays as history with who released it and why. */
export async function releaseHold(deps: RetentionDeps, actor: Actor, req: { id: string; reason: string }): Promise<RetentionView> {
  await authorizeSiteAction(deps, actor, 'editRetention', 'releaseLegalHold');
  const hold = (await deps.retention.listHolds()).find((h) => h.id === req.id);
  if (!hold || hold.released) throw new AppError('NOT_FOUND', `no active hold ${req.id}`, [{ field: 'id', message: 'no such active hold' }]);
  await deps.retention.saveHold({ ...hold, released: { by: actor.accountId, at: new Date(deps.clock.now()).toISOString(), reason: req.reason } });
  await recordAdminChange(deps, actor, 'releaseLegalHold', hold.scope.kind === 'incident' ? hold.scope.issueKey : null, `${hold.id} on ${scopeText(hold.scope)}: ${req.reason}`);
  return view(deps);
}
