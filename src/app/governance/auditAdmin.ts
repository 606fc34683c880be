import type { AdherenceAudit, AuditListItem, AuditView, Disposition } from '../../contracts/governance.js';
import { peopleNames } from '../drills/peopleNames.js';
import { authorizeSiteAction } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { runAdherenceAudit, type AuditDeps } from './runAdherenceAudit.js';

/** The audit with display names for everyone it names (who ran, dispositioned, signed). */
export async function auditView(deps: Pick<AuditDeps, 'host'>, audit: AdherenceAudit): Promise<AuditView> {
  const ids = [audit.ranBy, audit.signedOff?.by, ...audit.deviations.map((d) => d.disposition?.by)].filter((x): x is string => !!x && !x.startsWith('app:'));
  const name = await peopleNames(deps, ids);
  return { ...audit, names: Object.fromEntries(ids.map((id) => [id, name(id).displayName])) };
}

export async function listAudits(deps: AuditDeps, actor: Actor): Promise<AuditListItem[]> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'listAudits');
  return (await deps.governance.listAudits()).map((a) => ({
    period: a.period, ranAt: a.ranAt, status: a.status, adherencePercent: a.summary.total.adherencePercent,
    deviations: a.deviations.length, undisposed: a.deviations.filter((d) => d.disposition === null).length,
  }));
}

export async function getAudit(deps: AuditDeps, actor: Actor, period: string): Promise<AdherenceAudit> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'getAudit');
  const a = await deps.governance.getAudit(period);
  if (!a) throw new AppError('NOT_FOUND', `no audit of ${period} yet`, [{ field: 'period', message: 'run the audit for this month first' }]);
  return a;
}

/** On demand for any started month; a second run of an open audit refreshes it and keeps dispositions. */
export async function runAuditNow(deps: AuditDeps, actor: Actor, period: string): Promise<AdherenceAudit> {
  await authorizeSiteAction(deps, actor, 'runAdherenceAudit', 'runAdherenceAudit');
  const audit = await runAdherenceAudit(deps, period, actor.accountId, true);
  await recordAdminChange(deps, actor, 'runAdherenceAudit', null, `audit of ${period}: ${audit.incidentsAudited} incidents, ${audit.deviations.length} deviations`);
  return audit;
}

export interface DispositionInput {
  period: string;
  deviationId: string;
  kind: 'accepted' | 'actionRaised';
  reason: string;
  issueKey?: string | undefined;
}

export async function dispositionDeviation(deps: AuditDeps, actor: Actor, req: DispositionInput): Promise<AdherenceAudit> {
  await authorizeSiteAction(deps, actor, 'dispositionAudit', 'dispositionDeviation');
  const audit = await getAudit(deps, actor, req.period);
  if (audit.status === 'signedOff') throw new AppError('CONFLICT', `the audit of ${req.period} is signed off`);
  const deviation = audit.deviations.find((d) => d.id === req.deviationId);
  if (!deviation) throw new AppError('NOT_FOUND', 'no such deviation in this audit', [{ field: 'deviationId', message: 'not a deviation of this audit' }]);
  const at = new Date(deps.clock.now()).toISOString();
  const disposition: Disposition = req.kind === 'accepted'
    ? { kind: 'accepted', reason: req.reason, by: actor.accountId, at }
    : { kind: 'actionRaised', reason: req.reason, issueKey: req.issueKey!, by: actor.accountId, at };
  if (disposition.kind === 'actionRaised' && (await deps.host.getIncident(disposition.issueKey)) === null) {
    throw new AppError('INVALID', `${disposition.issueKey} is not an issue the app can read`, [{ field: 'issueKey', message: 'no such issue' }]);
  }
  const next: AdherenceAudit = { ...audit, revision: audit.revision + 1, deviations: audit.deviations.map((d) => (d.id === deviation.id ? { ...d, disposition } : d)) };
  const saved = await deps.governance.saveAudit(next);
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed this audit; reload it and try again');
  await recordAdminChange(deps, actor, 'dispositionDeviation', null, `${req.period} ${deviation.incidentKey} ${deviation.rule}: ${req.kind} — ${req.reason}`);
  return next;
}

export async function signOffAudit(deps: AuditDeps, actor: Actor, req: { period: string; statement: string }): Promise<AdherenceAudit> {
  await authorizeSiteAction(deps, actor, 'signOffAudit', 'signOffAudit');
  const audit = await getAudit(deps, actor, req.period);
  if (audit.status === 'signedOff') throw new AppError('CONFLICT', `the audit of ${req.period} is already signed off`);
  const open = audit.deviations.filter((d) => d.disposition === null).length;
  if (open > 0) throw new AppError('INVALID', `${open} deviation${open === 1 ? ' has' : 's have'} no disposition yet`, [{ field: 'deviations', message: 'disposition every deviation before signing off' }]);
  const next: AdherenceAudit = { ...audit, revision: audit.revision + 1, status: 'signedOff', signedOff: { by: actor.accountId, at: new Date(deps.clock.now()).toISOString(), statement: req.statement } };
  const saved = await deps.governance.saveAudit(next);
  if (!saved.saved) throw new AppError('CONFLICT', 'someone else changed this audit; reload it and try again');
  await recordAdminChange(deps, actor, 'signOffAudit', null, `${req.period}: ${req.statement}`);
  return next;
}
