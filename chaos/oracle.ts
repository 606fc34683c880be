import { chaosPolicy, LEVEL_CHANNELS, LEVEL_TARGETS } from './chaosPolicy.js';
import type { ScenarioObservation } from './runScenario.js';

export interface Verdict {
  seed: number;
  lostActions: number;
  duplicatedActions: number;
  duplicateNotifications: number;
  lostAcks: number;
  lostAlerts: number;
  unrecoveredRecords: number;
  /** Levels whose step a person's command overtook part-way (page sent, channel message not): reported, not failures. */
  overtakenSteps: number;
  problems: string[];
  /** What is worth knowing but is no failure. */
  notes: string[];
}

const levels = chaosPolicy.paths.technical.levels;
const requiredLabels = [...new Set(levels.flatMap((l) => (l.actions ?? []).flatMap((a) => (a.kind === 'addLabel' ? [a.label] : []))))];

/**
 * What the policy requires, computed from the policy alone (it is pure data: one path, no
 * repeats, three levels), compared with what the faulted run did:
 * - an incident nobody acknowledged, stood down or climbed by hand must end with every level
 *   paged (one page email per level to that level's person) and the policy's labels set;
 * - no step comment (an app action with an idempotency key) may be written twice in one
 *   episode (a climb by hand starts a new one, which pages its level and those after again);
 * - every level that paged got its channel message (Slack, Teams, SMS) through at least once;
 * - page emails go through Jira's notify endpoint, which has no idempotency key: a duplicate
 *   there is counted apart, as the issue allows for receivers without idempotency;
 * - an acknowledgement the app answered "ok" must be on the incident's timeline, and be the
 *   app's state at the end unless a climb or stand-down was answered "ok" at the same moment;
 * - an alert answered "accepted" must have its incident; a sender's retries must get through
 *   once the faults are gone;
 * - a tampered, malformed or deleted mirror must end matching the app's own state.
 */
/** How many of the incident's episodes can reach `level`: the first (from level 1) and each climb by hand to it or below. */
export function episodesReaching(manualLevels: readonly number[], level: number): number {
  return 1 + manualLevels.filter((l) => l <= level).length;
}

export function judge(o: ScenarioObservation): Verdict {
  const v: Verdict = { seed: o.seed, lostActions: 0, duplicatedActions: 0, duplicateNotifications: 0, lostAcks: 0, lostAlerts: 0, unrecoveredRecords: 0, overtakenSteps: 0, problems: [], notes: [] };
  for (const inc of o.incidents) {
    // Counted per episode: a climb by hand starts a new episode at its level, which pages that
    // level and the ones after it again on purpose, whether or not the first episode had.
    const allowedAt = (level: number) => episodesReaching(inc.manualLevels, level);
    const allowed = (text: string) => { const m = /level (\d+)/.exec(text); return m ? allowedAt(Number(m[1])) : 1 + inc.manualLevels.length; };
    for (const [id, n] of inc.pages) if (n > allowed(id)) { v.duplicateNotifications += n - allowed(id); v.problems.push(`${inc.key}: page "${id}" sent ${n} times`); }
    for (const [text, n] of inc.stepComments) if (n > allowed(text)) { v.duplicatedActions += n - allowed(text); v.problems.push(`${inc.key}: step comment written ${n} times: ${text.slice(0, 80)}`); }
    // A command whose answer was an error may still have taken effect (the reply, not the
    // command, failed: a time-out or a later step of the same invocation). When the app's own
    // timeline records it, the policy's climb legitimately stopped or changed there, so the
    // oracle must not demand the later levels. Without the timeline entry it counts as not done.
    const acked = inc.acked || (inc.attempted.ack && inc.ackEvents > 0);
    const stoodDown = inc.stoodDown || (inc.attempted.standDown && inc.standDownEvents > 0);
    const byHand = inc.escalatedByHand || (inc.attempted.escalate && inc.manualEscalationEvents > 0);
    const untouched = !acked && !stoodDown && !byHand;
    // Each level that paged also notified its channel: at least once (a failed delivery is
    // retried until the receiver takes it), and repeats beyond one per episode are duplicates.
    // On an incident someone acknowledged, stood down or climbed, a level's step may have been
    // overtaken part-way (its page out, its channel message not yet): counted apart, not lost.
    LEVEL_CHANNELS.forEach((channel, k) => {
      const paged = [...inc.pages.keys()].some((id) => id.includes(`level ${k + 1} `) && id.endsWith(`→ ${LEVEL_TARGETS[k]}`));
      const n = inc.channelMessages.get(channel) ?? 0;
      if (paged && n === 0 && untouched) { v.lostActions++; v.problems.push(`${inc.key}: level ${k + 1} paged, but its ${channel} message never got through`); }
      if (paged && n === 0 && !untouched) { v.overtakenSteps++; v.notes.push(`${inc.key}: level ${k + 1} paged, then overtaken by a person's command before its ${channel} message`); }
      if (n > allowedAt(k + 1)) { v.duplicateNotifications += n - allowedAt(k + 1); v.problems.push(`${inc.key}: ${channel} message delivered ${n} times`); }
    });
    if (untouched) {
      levels.forEach((_, k) => {
        const paged = [...inc.pages.keys()].some((id) => id.includes(`level ${k + 1} `) && id.endsWith(`→ ${LEVEL_TARGETS[k]}`));
        if (!paged) { v.lostActions++; v.problems.push(`${inc.key} (${inc.origin}${inc.tampered ? `, ${inc.tampered}` : ''}): level ${k + 1} never paged ${LEVEL_TARGETS[k]}`); }
      });
      for (const label of requiredLabels) if (!inc.labels.includes(label)) { v.lostActions++; v.problems.push(`${inc.key}: label "${label}" never set`); }
    }
    // An acknowledgement answered "ok" must be in the audit trail; and unless someone climbed or
    // stood down at the same moment (which may legitimately come after it), it must be the state.
    if (inc.acked && inc.ackEvents === 0) {
      v.lostAcks++;
      v.problems.push(`${inc.key}: acknowledged ok, but the timeline has no acknowledgement`);
    } else if (inc.acked && !inc.stoodDown && !inc.escalatedByHand && inc.appState?.status !== 'acknowledged') {
      v.lostAcks++;
      v.problems.push(`${inc.key}: acknowledged ok, but the app says ${inc.appState?.status ?? 'nothing'}`);
    }
    if (inc.tampered) {
      const mirror = inc.property as { status?: unknown; level?: unknown } | null;
      const matches = mirror !== null && inc.appState !== null && mirror.status === inc.appState.status && (mirror.level ?? null) === inc.appState.level;
      if (!matches) { v.unrecoveredRecords++; v.problems.push(`${inc.key}: ${inc.tampered} mirror left as ${JSON.stringify(mirror)?.slice(0, 80)} while the app says ${JSON.stringify(inc.appState)}`); }
    }
  }
  v.lostAlerts = o.alertsNeverAccepted + o.acceptedWithoutIncident;
  if (v.lostAlerts) v.problems.push(`${o.alertsNeverAccepted} alert(s) never accepted after the faults cleared; ${o.acceptedWithoutIncident} accepted without an incident`);
  return v;
}
