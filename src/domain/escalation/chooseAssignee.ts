import type { Target } from '../../contracts/policy.js';
import type { Schedule } from '../oncall/schedule.js';
import { whoIsOnCall } from '../oncall/whoIsOnCall.js';
import type { Candidate } from '../routing/candidate.js';
import { chooseResponder } from '../routing/chooseResponder.js';
import type { EngineContext } from './engineContext.js';

export interface AssigneeChoice {
  accountId: string | null;
  /** Every candidate's score and the reason for the choice, for the trace. */
  explanation: string;
}

/**
 * Chooses whom a level assigns when it names nobody: the pool is the level's users and every
 * participant of its schedules; whoever is on call now is on shift. Skills and workload come
 * from the app. Someone off shift is never chosen while someone is on shift.
 */
export function chooseAssignee(targets: readonly Target[], ctx: EngineContext, tags: { service: string | null; components: readonly string[]; labels: readonly string[] }, at: number): AssigneeChoice {
  const onShift = new Map<string, boolean>();
  const schedules = targets.flatMap((t) => (t.type === 'schedule' ? [ctx.schedules.get(t.scheduleId)].filter((s): s is Schedule => !!s) : []));
  for (const s of schedules) {
    const now = whoIsOnCall(s, new Date(at));
    for (const p of participants(s)) onShift.set(p, onShift.get(p) === true || (now.onCall && now.accountId === p));
  }
  for (const t of targets) if (t.type === 'user' && !onShift.has(t.accountId)) onShift.set(t.accountId, true);
  if (onShift.size === 0) return { accountId: null, explanation: 'no person to assign among the level\'s targets' };
  if (onShift.size === 1) {
    const [only] = onShift.keys();
    return { accountId: only!, explanation: `${only} is the only person this level can assign.` };
  }
  const candidates: Candidate[] = [...onShift].map(([accountId, shift]) => {
    const f = ctx.responders?.get(accountId);
    return { accountId, displayName: f?.displayName ?? accountId, onShift: shift, skills: f?.skills ?? [], openIncidents: f?.openIncidents ?? 0, pagesLast24h: f?.pagesLast24h ?? 0 };
  });
  const choice = chooseResponder(candidates, { service: tags.service ?? '', components: tags.components, labels: tags.labels }, ctx.routingWeights ?? {}, new Date(at));
  const scores = choice.ranking.map((r) => `${r.displayName} ${r.score.toFixed(2)}${r.onShift ? '' : ' (off shift)'}`).join(', ');
  return { accountId: choice.chosen?.accountId ?? null, explanation: `${choice.explanation} Scores: ${scores}.` };
}

function participants(s: Schedule): string[] {
  return [...new Set([...s.layers.flatMap((l) => l.rotation.participants), ...s.overrides.map((o) => o.accountId)])];
}
