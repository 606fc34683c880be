import type { DrillFinding, DrillRecord, DrillScore } from '../../../contracts/drills.js';
import type { Policy } from '../../../contracts/policy.js';

type Auto = Omit<DrillFinding, 'by' | 'at' | 'taskKey'>;

/**
 * The findings a scored drill produces by itself, each with a stable id so rescoring the same
 * drill adds nothing twice: late acknowledgement, unreachable person (never acknowledged and no
 * channel failed), nobody on call, a level with no backup that timed out, a wrong route, a
 * failed channel, and an acknowledgement from a level told not to acknowledge. The text names
 * people by `nameOf` (display names, looked up by the caller); the finding keeps the account id.
 */
export function autoFindings(drill: Pick<DrillRecord, 'issueKey' | 'scenario'>, score: DrillScore, policy: Policy, nameOf: (accountId: string) => string = (id) => id): Auto[] {
  const out: Auto[] = [];
  const named = (ids: readonly string[]) => ids.map((id) => (id.startsWith('group ') ? id : nameOf(id))).join(', ');
  const add = (f: Omit<Auto, 'runbook' | 'id'> & { runbook?: boolean }, idPart: string) => {
    const id = `${drill.issueKey}:${f.kind}:${idPart}`;
    if (!out.some((o) => o.id === id)) out.push({ runbook: false, ...f, id });
  };
  for (const h of score.hops) {
    const path = h.path as keyof Policy['paths'];
    const where = `${h.path} level ${h.level}`;
    const hop = `${h.path}.${h.level}.${h.loop}${h.backup ? 'b' : ''}`;
    if (h.outcome === 'failed') add({ kind: 'channelFailed', path, level: h.level, accountId: null, text: `The page to ${where} failed: ${h.note ?? 'no detail'}` }, hop);
    if (h.scheduledOnCall && h.scheduledOnCall.length === 0) {
      add({ kind: 'nobodyOnCall', path, level: h.level, accountId: null, text: `Nobody was on call for ${where} at ${h.pagedAt}: fix the rotation` }, `${h.path}.${h.level}`);
    } else if (h.routedCorrectly === false) {
      add({ kind: 'wrongRoute', path, level: h.level, accountId: h.paged[0] ?? null,
        text: `${where} paged ${named(h.paged) || 'nobody'} but the schedule had ${named(h.scheduledOnCall!)} on call` }, hop);
    }
    const mustNotAck = h.path === drill.scenario.path && drill.scenario.mustNotAckLevels.includes(h.level);
    if (h.ackedBy && mustNotAck) {
      add({ kind: 'ackedWhenTold', path, level: h.level, accountId: h.ackedBy, text: `${nameOf(h.ackedBy)} acknowledged ${where}, which the scenario told not to, so the climb beyond it was not tested` }, `${h.path}.${h.level}`);
    } else if (h.ackMinutes !== null && h.withinThreshold === false) {
      add({ kind: 'lateAck', path, level: h.level, accountId: h.ackedBy,
        text: `${h.ackedBy ? nameOf(h.ackedBy) : 'Someone'} acknowledged ${where} after ${h.ackMinutes} min; the policy allows ${h.thresholdMinutes} min` }, `${h.path}.${h.level}`);
    } else if (h.ackMinutes === null && h.withinThreshold === false && !mustNotAck && h.outcome === 'sent') {
      for (const who of h.paged) add({ kind: 'unreachable', path, level: h.level, accountId: who.startsWith('group ') ? null : who,
        text: `${named([who])} did not acknowledge ${where} within ${h.thresholdMinutes} min` }, `${h.path}.${h.level}.${who}`);
      const level = policy.paths[path].levels[h.level - 1];
      if (level && level.backups.length === 0 && !h.backup) {
        add({ kind: 'missingBackup', path, level: h.level, accountId: null, text: `${where} timed out and has no backup: add one to the policy` }, `${h.path}.${h.level}`);
      }
    }
  }
  return out;
}
