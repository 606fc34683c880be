import type { DrillReportView, HopRow } from '../../src/contracts/drills.js';

/** Minutes as the hop table prints them: one decimal, or a dash when there is nothing to show. */
const mins = (m: number | null) => (m === null ? '—' : m.toFixed(1));

/** A level the scenario told not to acknowledge: its timeout is the point of the drill, not a miss. */
function toldNotToAck(report: DrillReportView, h: HopRow): boolean {
  const s = report.drill.scenario;
  return h.path === s.path && s.mustNotAckLevels.includes(h.level);
}

function verdict(report: DrillReportView, h: HopRow): string {
  if (h.outcome === 'skipped') return 'skipped';
  if (h.outcome === 'failed') return 'FAILED';
  if (toldNotToAck(report, h)) return h.ackedAt ? 'ACKED (told not to)' : 'climbed past (as told)';
  if (h.withinThreshold === null) return 'waiting';
  return h.withinThreshold ? 'ok' : 'MISSED';
}

/** Hops that count against the drill: a failed page, a missed threshold, or an ack from a level told not to. */
export function unexpectedHops(report: DrillReportView): HopRow[] {
  return report.score.hops.filter((h) => h.outcome === 'failed'
    || (toldNotToAck(report, h) ? h.ackedAt !== null : h.withinThreshold === false));
}

/**
 * The drill as a text table, one row per hop, as a person reads a drill report: who was paged,
 * whom the schedule had on call, who acknowledged and how fast against the policy's threshold.
 * `names` turns account ids into display names; an id without a name is printed as it is.
 */
export function hopTable(report: DrillReportView, names: ReadonlyMap<string, string>): string[] {
  const who = (ids: readonly string[] | null) => (ids === null ? '—' : ids.length === 0 ? 'nobody' : ids.map((id) => names.get(id) ?? id).join(', '));
  const rows = report.score.hops.map((h) => [
    `${h.path} L${h.level}${h.backup ? ' backup' : ''}${h.loop > 0 ? ` loop ${h.loop}` : ''}`,
    h.pagedAt.slice(11, 16),
    who(h.paged),
    h.routedCorrectly === null ? '—' : h.routedCorrectly ? 'yes' : `no (on call: ${who(h.scheduledOnCall)})`,
    h.ackedBy ? names.get(h.ackedBy) ?? h.ackedBy : '—',
    mins(h.ackMinutes),
    String(h.thresholdMinutes),
    mins(h.handoffMinutes),
    verdict(report, h),
  ]);
  const head = ['hop', 'paged (UTC)', 'paged', 'routed right', 'acknowledged by', 'ack min', 'threshold', 'handoff min', 'result'];
  const widths = head.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const s = report.score;
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${report.drill.issueKey}: ${report.drill.status}${report.drill.endReason ? ` (${report.drill.endReason})` : ''}; ` +
      `MTTA ${mins(s.mttaMinutes)} min, MTTR ${mins(s.mttrMinutes)} min, routing accuracy ${s.routingAccuracy === null ? '—' : `${Math.round(s.routingAccuracy * 100)}%`}, ` +
      `${unexpectedHops(report).length} hop(s) against the drill, ${report.findings.length} finding(s)`,
    ...report.findings.map((f) => `  finding [${f.kind}] ${f.text}${f.taskKey ? ` → ${f.taskKey}` : ''}`),
  ];
}

/**
 * The CLI's exit code for a finished report: 1 when a hop counts against the drill (above) or
 * nobody acknowledged at all, else 0.
 */
export function drillExitCode(report: DrillReportView): number {
  const nobodyAcked = report.score.hops.every((h) => h.ackedAt === null);
  return unexpectedHops(report).length > 0 || nobodyAcked ? 1 : 0;
}
