import type { AccessLogEntry } from '../../../contracts/accessLog.js';
import type { AccessReview } from '../../../contracts/accessReview.js';
import type { ControlsReport } from '../../../contracts/controls.js';
import type { TrailExtract } from '../../../contracts/evidencePack.js';
import type { AdherenceAudit } from '../../../contracts/governance.js';
import type { PackFile } from './packManifest.js';
import { redactDeep, type RedactionCounts } from './redactDeep.js';
import { summaryLines } from './summaryLines.js';
import { textPdf } from './textPdf.js';
import { toCsv } from './toCsv.js';

export interface PackInput {
  period: string;
  generatedAt: string;
  redact: boolean;
  report: ControlsReport;
  audit: AdherenceAudit | null;
  extract: TrailExtract;
  trailVerdict: { ok: boolean; entries: number; problems: ReadonlyArray<{ seq: number; problem: string }> };
  accessLog: readonly AccessLogEntry[];
  /** Access reviews that evidence the month: its quarter's, and the last one completed by its end. */
  accessReviews?: readonly AccessReview[];
}

const json = (v: unknown) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);
const text = (s: string) => new TextEncoder().encode(s);

/**
 * The files of a month's evidence pack, manifest aside: a PDF summary, the controls and the
 * audit as JSON and CSV, the month's access log and its trail extract. When `redact` is set,
 * every string in every file has personal and payment data replaced; trail entries whose
 * payload changed are marked redacted, so the verifier checks their links instead of their hashes.
 */
export function packFiles(input: PackInput): { files: PackFile[]; redactions: RedactionCounts } {
  const counts: RedactionCounts = {};
  const r = <T>(v: T): T => (input.redact ? redactDeep(v, counts) : v);
  const report = r(input.report);
  const audit = r(input.audit);
  const accessLog = r([...input.accessLog]);
  const entries = input.extract.entries.map((e) => {
    if (!input.redact) return e;
    const payload = redactDeep(e.payload, counts);
    return JSON.stringify(payload) === JSON.stringify(e.payload) ? e : { ...e, payload, redacted: true };
  });
  const extract: TrailExtract = { ...input.extract, entries };
  const files: PackFile[] = [
    { name: 'summary.pdf', bytes: textPdf(summaryLines({ ...input, report, audit })) },
    { name: 'controls.json', bytes: json(report) },
    { name: 'controls.csv', bytes: text(toCsv(['control', 'framework', 'reference', 'title', 'status', 'check', 'check status', 'what the records show', 'evidence'],
      report.controls.flatMap((c) => c.checks.map((k) => [c.control.id, c.control.framework, c.control.reference, c.control.title, c.status, k.check.kind, k.status, k.summary, k.evidence.map((e) => `${e.kind}:${e.id}`).join(' ')])))) },
  ];
  if (audit) {
    files.push({ name: 'audit.json', bytes: json(audit) });
    files.push({ name: 'deviations.csv', bytes: text(toCsv(['deviation', 'incident', 'service', 'policy', 'version', 'rule', 'due', 'expected', 'actual', 'responsible', 'disposition', 'reason', 'issue', 'by', 'at'],
      audit.deviations.map((d) => [d.id, d.incidentKey, d.service, d.policyId, d.policyVersion, d.rule, d.dueAt, d.expected, d.actual, d.responsible,
        d.disposition?.kind ?? null, d.disposition?.reason ?? null, d.disposition?.kind === 'actionRaised' ? d.disposition.issueKey : null, d.disposition?.by ?? null, d.disposition?.at ?? null]))) });
  }
  const reviews = r([...(input.accessReviews ?? [])]);
  for (const rv of reviews) files.push({ name: `access-review-${rv.quarter}.json`, bytes: json(rv) });
  if (reviews.length > 0) {
    files.push({ name: 'access-review-findings.csv', bytes: text(toCsv(['quarter', 'finding', 'kind', 'severity', 'actor', 'count', 'first', 'last', 'outcome', 'note', 'by', 'at'],
      reviews.flatMap((rv) => rv.findings.map((f) => [rv.quarter, f.id, f.kind, f.severity, f.actor, f.count, f.firstAt, f.lastAt, f.signOff?.outcome ?? null, f.signOff?.note ?? null, f.signOff?.by ?? null, f.signOff?.at ?? null])))) });
  }
  files.push({ name: 'access-log.csv', bytes: text(toCsv(['at', 'account', 'action', 'issue', 'allowed', 'reason'], accessLog.map((e) => [e.at, e.accountId, e.action, e.issueKey, e.allowed ? 'yes' : 'no', e.reason]))) });
  files.push({ name: 'trail-extract.json', bytes: json(extract) });
  files.push({ name: 'trail-extract.csv', bytes: text(toCsv(['seq', 'at', 'kind', 'redacted', 'prevHash', 'hash'], entries.map((e) => [e.seq, e.at, e.kind, 'redacted' in e && e.redacted ? 'yes' : 'no', e.prevHash, e.hash]))) });
  return { files, redactions: counts };
}
