import type { CoordinationRecord, Engagement, Handoff, HandoffStage, OlaOutcome } from '../../contracts/coordination.js';
import type { Team } from '../../contracts/team.js';
import { iso, type CoordinationEffect, type CoordinationStep } from './coordinationEffect.js';
import { teamCalendar, type CoordinationContext } from './coordinationContext.js';
import { olaDueAt } from './olaDueAt.js';
import { resolveTeam } from './resolveTeam.js';

export interface HandoffRequest {
  fromTeamId: string;
  toTeamId: string;
  known: string;
  tried: string;
  needed: string;
  receiver: string | null;
}

/** Thrown for a handoff that cannot be made; the use case turns it into a field error. */
export class HandoffRefused extends Error {
  constructor(readonly field: string, message: string) { super(message); }
}

/**
 * Hands the incident from one engaged team to another: a structured request the receiving
 * team must accept within its OLA. The receiver (or, unnamed, the receiving team's on-call)
 * is asked first.
 */
export function requestHandoff(record: CoordinationRecord, req: HandoffRequest, actor: string, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  const from = record.engagements.find((e) => e.teamId === req.fromTeamId);
  if (!from || from.state === 'released' || from.state === 'handedOff') throw new HandoffRefused('fromTeamId', `team "${req.fromTeamId}" is not working this incident`);
  if (req.fromTeamId === req.toTeamId) throw new HandoffRefused('toTeamId', 'a team cannot hand off to itself');
  const to = ctx.teams.get(req.toTeamId);
  if (!to) throw new HandoffRefused('toTeamId', `no team "${req.toTeamId}"`);
  if (req.receiver !== null && !to.members.includes(req.receiver)) throw new HandoffRefused('receiver', `${req.receiver} is not a member of ${to.name}`);
  if (record.handoffs.some((h) => h.toTeamId === to.id && h.fromTeamId === from.teamId && (h.state === 'requested' || h.state === 'escalated'))) {
    throw new HandoffRefused('toTeamId', `a handoff from ${from.teamName} to ${to.name} is already waiting for acceptance`);
  }
  const id = `h${record.handoffs.length + 1}`;
  const asked = req.receiver !== null ? [req.receiver] : resolveTeam(to, ctx.schedules, ctx.now, false).accountIds;
  const due = olaDueAt(ctx.now, to.ola.handoffAcceptMinutes, teamCalendar(ctx, to));
  const handoff: Handoff = {
    id, fromTeamId: from.teamId, toTeamId: to.id, known: req.known, tried: req.tried, needed: req.needed, receiver: req.receiver,
    requestedBy: actor, requestedAt: iso(ctx.now), state: 'requested', stage: 'receiver', askedNow: asked,
    dueAt: due === null ? null : iso(due), history: [{ at: iso(ctx.now), what: `requested; asked ${asked.join(', ')}`, by: actor }],
    decidedAt: null, decidedBy: null, declineReason: null, olaBreachedAt: null,
  };
  return {
    record: { ...record, handoffs: [...record.handoffs, handoff] },
    effects: [{
      key: `${ctx.incidentKey}/coord/handoff/${id}/requested`,
      type: 'handoffRequested',
      actor,
      detail: `Handoff ${id} from ${from.teamName} to ${to.name} requested by ${actor}; ${asked.join(', ')} to accept by ${handoff.dueAt ?? 'no working time left'}. Needed: ${req.needed}`,
      page: { accountIds: asked, subject: `[${ctx.incidentKey}] Handoff from ${from.teamName} to ${to.name} — please accept`, body: handoffBody(handoff, from.teamName, to, ctx) },
    }],
  };
}

/** A member of the receiving team accepts: the sending team is handed off, the receiver's team acknowledged. */
export function acceptHandoff(record: CoordinationRecord, id: string, actor: string, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  const h = pending(record, id);
  const to = ctx.teams.get(h.toTeamId);
  const now = iso(ctx.now);
  const accepted: Handoff = { ...h, state: 'accepted', dueAt: null, decidedAt: now, decidedBy: actor, history: [...h.history, { at: now, what: 'accepted', by: actor }] };
  const effects: CoordinationEffect[] = [{
    key: `${ctx.incidentKey}/coord/handoff/${id}/accepted`, type: 'handoffAccepted', actor,
    detail: `Handoff ${id} to ${to?.name ?? h.toTeamId} accepted by ${actor}${h.olaBreachedAt ? ` (after its OLA was missed at ${h.olaBreachedAt})` : ' within its OLA'}.`,
    ...(h.olaBreachedAt ? {} : { outcome: outcomeOf(h, ctx, true) }),
  }];
  let engagements = record.engagements.map((e): Engagement => (e.teamId === h.fromTeamId ? { ...e, state: 'handedOff' } : e));
  const existing = engagements.find((e) => e.teamId === h.toTeamId);
  if (existing) {
    engagements = engagements.map((e) => (e.teamId === h.toTeamId ? { ...e, state: 'acknowledged', acknowledgedAt: e.acknowledgedAt ?? now, acknowledgedBy: e.acknowledgedBy ?? actor } : e));
  } else {
    engagements.push({
      teamId: h.toTeamId, teamName: to?.name ?? h.toTeamId, protocolId: null, step: 1, state: 'acknowledged', engagedAt: now, engagedBy: `handoff ${id}`,
      paged: [], liaisons: to?.liaisons ?? [], why: `took over by accepting handoff ${id}`, olaDueAt: null, acknowledgedAt: now, acknowledgedBy: actor, breachedAt: null, releasedAt: null,
    });
  }
  return { record: { ...record, engagements, handoffs: replace(record.handoffs, accepted) }, effects };
}

/** Declining passes the request up the receiving team (liaison, then managers); the manager path's decline ends it. */
export function declineHandoff(record: CoordinationRecord, id: string, actor: string, reason: string, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  const h = pending(record, id);
  const now = iso(ctx.now);
  const noted: Handoff = { ...h, declineReason: reason, history: [...h.history, { at: now, what: `declined at the ${h.stage} stage: ${reason}`, by: actor }] };
  const declined: CoordinationEffect = {
    key: `${ctx.incidentKey}/coord/handoff/${id}/declined/${h.stage}`, type: 'handoffDeclined', actor,
    detail: `Handoff ${id} declined by ${actor} (${h.stage}): ${reason}.`,
  };
  const next = escalateHandoff({ ...record, handoffs: replace(record.handoffs, noted) }, id, 'declined', ctx, actor);
  return { record: next.record, effects: [declined, ...next.effects] };
}

/**
 * Moves a handoff to the next stage of the receiving team: receiver → liaison → manager path.
 * A timeout past the last stage leaves it unaccepted; a decline there ends it declined.
 */
export function escalateHandoff(record: CoordinationRecord, id: string, cause: 'timeout' | 'declined', ctx: CoordinationContext, actor?: string): CoordinationStep<CoordinationRecord> {
  const h = record.handoffs.find((x) => x.id === id)!;
  const to = ctx.teams.get(h.toTeamId);
  const now = iso(ctx.now);
  const effects: CoordinationEffect[] = [];
  let base = h;
  if (cause === 'timeout' && h.olaBreachedAt === null) {
    base = { ...h, olaBreachedAt: now };
    effects.push({ key: `${ctx.incidentKey}/coord/handoff/${id}/breach`, type: 'olaBreached', detail: `Handoff ${id} to ${to?.name ?? h.toTeamId} was not accepted within its OLA (due ${h.dueAt}).`, outcome: outcomeOf(h, ctx, false) });
  }
  const next = nextStage(base.stage, to);
  if (!next || !to) {
    const final: Handoff = { ...base, state: cause === 'declined' ? 'declined' : 'unaccepted', dueAt: null, askedNow: [], decidedAt: now, decidedBy: actor ?? null,
      history: [...base.history, { at: now, what: cause === 'declined' ? 'declined by the manager path; stays with the sending team' : 'not accepted by the manager path either', by: actor ?? 'app' }] };
    effects.push({ key: `${ctx.incidentKey}/coord/handoff/${id}/final`, type: 'handoffEscalated', detail: `Handoff ${id} ${final.state}: nobody left in ${to?.name ?? h.toTeamId} to escalate to; it stays with the sending team.` });
    return { record: { ...record, handoffs: replace(record.handoffs, final) }, effects };
  }
  const asked = next.stage === 'liaison' ? to.liaisons : to.managers;
  const due = olaDueAt(ctx.now, to.ola.handoffAcceptMinutes, teamCalendar(ctx, to));
  const moved: Handoff = { ...base, state: 'escalated', stage: next.stage, askedNow: asked, dueAt: due === null ? null : iso(due),
    history: [...base.history, { at: now, what: `${cause === 'timeout' ? 'not accepted in time' : 'declined'}; escalated to the ${next.stage} (${asked.join(', ')})`, by: actor ?? 'app' }] };
  effects.push({
    key: `${ctx.incidentKey}/coord/handoff/${id}/escalated/${next.stage}`, type: 'handoffEscalated',
    detail: `Handoff ${id} to ${to.name} escalated to its ${next.stage} ${asked.join(', ')} (${cause === 'timeout' ? `not accepted by ${h.dueAt}` : 'declined'}); accept by ${moved.dueAt ?? 'no working time left'}.`,
    page: { accountIds: asked, subject: `[${ctx.incidentKey}] Handoff to ${to.name} escalated to you — please accept`, body: handoffBody(moved, ctx.teams.get(h.fromTeamId)?.name ?? h.fromTeamId, to, ctx) },
  });
  return { record: { ...record, handoffs: replace(record.handoffs, moved) }, effects };
}

function nextStage(stage: HandoffStage, to: Team | undefined): { stage: HandoffStage } | null {
  if (!to) return null;
  if (stage === 'receiver' && to.liaisons.length) return { stage: 'liaison' };
  if (stage !== 'manager' && to.managers.length) return { stage: 'manager' };
  return null;
}

function pending(record: CoordinationRecord, id: string): Handoff {
  const h = record.handoffs.find((x) => x.id === id);
  if (!h) throw new HandoffRefused('handoffId', `no handoff "${id}" on this incident`);
  if (h.state !== 'requested' && h.state !== 'escalated') throw new HandoffRefused('handoffId', `handoff ${id} is already ${h.state}`);
  return h;
}

function replace(list: readonly Handoff[], h: Handoff): Handoff[] {
  return list.map((x) => (x.id === h.id ? h : x));
}

function outcomeOf(h: Handoff, ctx: CoordinationContext, met: boolean): OlaOutcome {
  return { teamId: h.toTeamId, incidentKey: ctx.incidentKey, kind: 'handoff', startedAt: h.requestedAt, dueAt: h.dueAt ?? h.requestedAt, stoppedAt: iso(ctx.now), met, customerSlaBreached: ctx.customerSlaBreached };
}

function handoffBody(h: Handoff, fromName: string, to: Team, ctx: CoordinationContext): string {
  return [
    `${fromName} hands ${ctx.incidentKey} to ${to.name}. Accept or decline in the issue's Escalation panel by ${h.dueAt ?? '(no working time left)'}.`,
    `What is known: ${h.known}`, `What was tried: ${h.tried}`, `What is needed: ${h.needed}`,
    ctx.bridge ? `Shared bridge: ${ctx.bridge}` : '',
  ].filter(Boolean).join('\n');
}
