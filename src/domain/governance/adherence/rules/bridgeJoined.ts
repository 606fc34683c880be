import type { AdherenceCheck, IncidentAuditInput } from '../adherenceCheck.js';
import { clockText, minutesText } from '../clockText.js';

/**
 * Once a bridge opened, someone joined it within the join deadline; every `bridgeMissed`
 * (an owner who did not confirm in time) is a deviation of its own.
 */
export function bridgeJoined(input: IncidentAuditInput): AdherenceCheck[] {
  const checks: AdherenceCheck[] = [];
  const opened = input.events.find((e) => e.type === 'bridgeOpened');
  if (!opened) return checks;
  const due = Date.parse(opened.at) + input.bridgeJoinMinutes * 60_000;
  const joined = input.events.find((e) => e.type === 'bridgeJoined');
  const joinedAt = joined ? Date.parse(joined.at) : null;
  checks.push({ rule: 'bridgeJoined', met: joinedAt !== null && joinedAt <= due, dueAt: new Date(due).toISOString(),
    expected: `someone joins the bridge by ${clockText(due)} (${minutesText(input.bridgeJoinMinutes * 60_000)} after it opened)`,
    actual: joinedAt === null ? 'nobody joined' : `first join at ${clockText(joinedAt)}`,
    evidence: [opened.seq, ...(joined ? [joined.seq] : [])], responsible: 'on-call responder' });
  for (const missed of input.events.filter((e) => e.type === 'bridgeMissed')) {
    checks.push({ rule: 'bridgeJoined', met: false, dueAt: missed.at, expected: 'each bridge owner joins by their deadline',
      actual: missed.detail, evidence: [missed.seq], responsible: 'on-call responder' });
  }
  return checks;
}
