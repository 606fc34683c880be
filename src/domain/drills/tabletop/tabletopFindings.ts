import type { DrillFinding } from '../../../contracts/drills.js';
import type { TabletopScore } from '../../../contracts/tabletop.js';

type Auto = Omit<DrillFinding, 'by' | 'at' | 'taskKey'>;

/**
 * The gaps an ended tabletop exercise shows, as drill findings (each with a stable id, so
 * rescoring adds none twice): a team the scenario expected that the joint protocol did not
 * engage (never, or only by hand), and every engagement or handoff OLA missed.
 *
 * @example tabletopFindings('ITOPS-9', score).map((f) => f.kind) // => ['protocolGap', 'olaMissed']
 */
export function tabletopFindings(issueKey: string, score: TabletopScore): Auto[] {
  const out: Auto[] = [];
  const add = (kind: Auto['kind'], part: string, text: string) => out.push({ id: `${issueKey}:${kind}:${part}`, kind, path: null, level: null, accountId: null, runbook: false, text });
  for (const t of score.teams) {
    if (t.unexpected) continue;
    if (t.engagedThrough === null) add('protocolGap', t.teamId, `${t.teamName} was never engaged: no joint protocol covers it for this outage, and nobody engaged it`);
    else if (t.engagedThrough === 'hand') add('protocolGap', t.teamId, `${t.teamName} was engaged by hand after ${t.minutesToEngage} min: no joint protocol engaged it`);
    if (t.olaMet === false) {
      add('olaMissed', t.teamId, `${t.teamName} did not acknowledge within its ${t.olaMinutes ?? '?'}-minute OLA${t.minutesToAcknowledge === null ? '' : ` (acknowledged after ${t.minutesToAcknowledge} min)`}`);
    }
  }
  for (const h of score.handoffs) {
    if (h.olaMet === false) add('olaMissed', h.id, `Handoff ${h.id} from ${h.fromTeamId} to ${h.toTeamId} was not accepted within the receiving team's OLA (${h.state})`);
  }
  return out;
}
