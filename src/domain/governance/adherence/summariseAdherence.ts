import type { IncidentAudit } from './auditIncident.js';
import { adherenceRules, type AdherenceRule } from './adherenceCheck.js';

export interface AdherenceFigure {
  incidents: number;
  adherentIncidents: number;
  checks: number;
  metChecks: number;
  /** Share of checks met, 0–100 with one decimal; null when nothing was due. */
  adherencePercent: number | null;
}

export interface AdherenceSummary {
  total: AdherenceFigure;
  byPolicy: Record<string, AdherenceFigure>;
  byService: Record<string, AdherenceFigure>;
  byRule: Record<AdherenceRule, AdherenceFigure>;
}

/**
 * Adherence per policy, service and rule over a set of incident audits. The percentage is of
 * checks, not incidents, so one long incident with many late steps weighs more than one late
 * page, as it should for a control owner.
 */
export function summariseAdherence(audits: ReadonlyArray<{ audit: IncidentAudit; service: string | null }>): AdherenceSummary {
  const empty = (): AdherenceFigure => ({ incidents: 0, adherentIncidents: 0, checks: 0, metChecks: 0, adherencePercent: null });
  const total = empty();
  const byPolicy: Record<string, AdherenceFigure> = {};
  const byService: Record<string, AdherenceFigure> = {};
  const byRule = Object.fromEntries(adherenceRules.map((r) => [r, empty()])) as Record<AdherenceRule, AdherenceFigure>;
  for (const { audit, service } of audits) {
    const met = audit.checks.filter((c) => c.met).length;
    for (const f of [total, (byPolicy[audit.policyId ?? '(none)'] ??= empty()), (byService[service ?? '(no service)'] ??= empty())]) {
      f.incidents += 1;
      if (audit.adherent) f.adherentIncidents += 1;
      f.checks += audit.checks.length;
      f.metChecks += met;
    }
    for (const rule of new Set(audit.checks.map((c) => c.rule))) {
      const mine = audit.checks.filter((c) => c.rule === rule);
      const f = byRule[rule];
      f.incidents += 1;
      if (mine.every((c) => c.met)) f.adherentIncidents += 1;
      f.checks += mine.length;
      f.metChecks += mine.filter((c) => c.met).length;
    }
  }
  for (const f of [total, ...Object.values(byPolicy), ...Object.values(byService), ...Object.values(byRule)]) {
    f.adherencePercent = f.checks === 0 ? null : Math.round((f.metChecks / f.checks) * 1000) / 10;
  }
  return { total, byPolicy, byService, byRule };
}
