import type { CoordinationRecord } from '../../../contracts/coordination.js';
import type { DrillRecord } from '../../../contracts/drills.js';
import type { InjectRole } from '../../../contracts/tabletop.js';
import type { Team } from '../../../contracts/team.js';
import { readIncidentComms } from '../../comms/state/incidentCommsRecord.js';
import type { Deps } from '../../shared/deps.js';

/**
 * Who plays a role in the exercise right now: the designated incident commander (else the
 * facilitator who started it), the liaisons of the teams engaged so far (else of the teams the
 * scenario expects, so an inject before any engagement still reaches someone), and the
 * designated comms lead (else the commander).
 */
export async function injectRecipients(deps: Pick<Deps, 'host'>, drill: DrillRecord, coordination: CoordinationRecord | null, teams: ReadonlyMap<string, Team>, role: InjectRole): Promise<string[]> {
  const commander = coordination?.commander?.accountId ?? drill.startedBy;
  if (role === 'commander') return [commander];
  if (role === 'commsLead') {
    const comms = await readIncidentComms(deps.host, drill.issueKey).catch(() => null);
    return [comms?.lead?.accountId ?? commander];
  }
  const engaged = (coordination?.engagements ?? []).filter((e) => e.state !== 'released').flatMap((e) => e.liaisons);
  const expected = (drill.tabletop?.teams ?? []).flatMap((id) => teams.get(id)?.liaisons ?? []);
  return [...new Set(engaged.length ? engaged : expected)];
}
