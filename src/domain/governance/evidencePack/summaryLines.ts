import type { ControlsReport } from '../../../contracts/controls.js';
import type { TrailExtract } from '../../../contracts/evidencePack.js';
import type { AdherenceAudit } from '../../../contracts/governance.js';

const STATUS = { met: 'MET', gap: 'GAP', notApplicable: 'n/a' } as const;

/** The PDF summary's lines: what an auditor reads first, with the detail left to the JSON and CSV files. */
export function summaryLines(p: { period: string; generatedAt: string; redact: boolean; report: ControlsReport; audit: AdherenceAudit | null; extract: TrailExtract;
  trailVerdict: { ok: boolean; entries: number; problems: ReadonlyArray<unknown> } }): string[] {
  const { report, audit, extract } = p;
  const lines = [
    `# Escalation evidence pack: ${p.period}`,
    `Generated ${p.generatedAt}${p.redact ? '; personal and payment data redacted' : ''}.`,
    '',
    '# Controls',
    `${report.totals.met} met, ${report.totals.gap} with a gap, ${report.totals.notApplicable} not applicable.`,
    ...report.controls.map((c) => `[${STATUS[c.status]}] ${c.control.framework} ${c.control.reference}: ${c.control.title}`),
    '',
    '# Monthly adherence audit',
  ];
  if (!audit) lines.push(`No adherence audit of ${p.period} has run.`);
  else {
    const t = audit.summary.total;
    lines.push(
      `${audit.incidentsAudited} incidents audited; adherence ${t.adherencePercent === null ? 'n/a (nothing fell due)' : `${t.adherencePercent}% of ${t.checks} checks`}.`,
      `${audit.deviations.length} deviations, ${audit.deviations.filter((d) => d.disposition === null).length} without a disposition.`,
      audit.signedOff ? `Signed off ${audit.signedOff.at} by ${audit.signedOff.by}: ${audit.signedOff.statement}` : 'Not signed off.',
    );
  }
  lines.push('', '# Audit trail',
    `The whole trail (${p.trailVerdict.entries} entries) ${p.trailVerdict.ok ? 'verified intact' : `FAILED verification at ${p.trailVerdict.problems.length} places`} when this pack was made.`,
    `This pack carries entries ${extract.anchor.seq + 1}-${extract.anchor.seq + extract.entries.length}${extract.truncated ? ' (truncated; the rest are in the trail export)' : ''}; head ${extract.head.seq}.`,
    'Check it offline: npm run verify-audit -- <this-pack>.zip');
  return lines;
}
