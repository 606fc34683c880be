import { addMonths } from 'date-fns';
import type { AttestRoleAuditRequest, RoleAuditRecord, RoleAuditView } from '../../contracts/duties.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { authorizeSiteAction, type AuthDeps } from '../access/authorize.js';
import { roleAuditFindings } from './roleAuditFindings.js';

/** The audit falls due this many months after the last attestation. */
export const AUDIT_INTERVAL_MONTHS = 3;

/** The latest audit and when the next one is due. */
export async function getRoleAudit(deps: AuthDeps, actor: Actor): Promise<RoleAuditView> {
  await authorizeSiteAction(deps, actor, 'runRoleAudit', 'getRoleAudit');
  return view(deps);
}

/** Runs the role validation now and stores the result, open until someone attests it. */
export async function runRoleAudit(deps: AuthDeps, actor: Actor): Promise<RoleAuditView> {
  await authorizeSiteAction(deps, actor, 'runRoleAudit');
  const now = deps.clock.now();
  const [policies, schedules] = await Promise.all([deps.store.listPolicies(), deps.store.listSchedules()]);
  const findings = await roleAuditFindings(deps, policies.map((p) => p.policy), schedules.map((s) => s.schedule), now);
  const ranAt = new Date(now).toISOString();
  await deps.store.saveRoleAudit({ id: `audit-${now}`, ranAt, ranBy: actor.accountId, findings, attestation: null });
  return view(deps);
}

/**
 * Closes the latest audit with a statement of what was reviewed. Only the latest can be
 * attested, once: attesting an older one would vouch for findings that are out of date.
 */
export async function attestRoleAudit(deps: AuthDeps, actor: Actor, req: AttestRoleAuditRequest): Promise<RoleAuditView> {
  await authorizeSiteAction(deps, actor, 'runRoleAudit', 'attestRoleAudit');
  const audit = await deps.store.getRoleAudit(req.auditId);
  if (!audit) throw new AppError('NOT_FOUND', `auditId: no role audit "${req.auditId}"`);
  const latest = (await deps.store.listRoleAudits(1))[0];
  if (latest && latest.id !== audit.id) throw new AppError('CONFLICT', `auditId: a newer audit (${latest.id}, ${latest.ranAt}) has run; attest that one`);
  if (audit.attestation) throw new AppError('CONFLICT', `auditId: ${audit.id} was attested by ${audit.attestation.by} at ${audit.attestation.at}`);
  await deps.store.saveRoleAudit({ ...audit, attestation: { by: actor.accountId, at: new Date(deps.clock.now()).toISOString(), statement: req.statement } });
  return view(deps);
}

async function view(deps: AuthDeps): Promise<RoleAuditView> {
  const audits = await deps.store.listRoleAudits(100);
  const now = deps.clock.now();
  const lastAttestedAt = lastAttestation(audits);
  // Never attested: due since the first audit ran (or now, before any has run).
  const dueAt = lastAttestedAt ? addMonths(new Date(lastAttestedAt), AUDIT_INTERVAL_MONTHS) : new Date(audits.at(-1)?.ranAt ?? now);
  return { audit: audits[0] ?? null, dueAt: dueAt.toISOString(), overdue: dueAt.getTime() < now, lastAttestedAt };
}

function lastAttestation(audits: readonly RoleAuditRecord[]): string | null {
  const times = audits.flatMap((a) => (a.attestation ? [a.attestation.at] : [])).sort();
  return times.at(-1) ?? null;
}
