import type { CoordinationRecord, Engagement, OlaOutcome } from '../../contracts/coordination.js';
import type { Protocol } from '../../contracts/protocol.js';
import type { Incident } from '../incident/incident.js';
import { iso, type CoordinationEffect, type CoordinationStep } from './coordinationEffect.js';
import type { CoordinationContext } from './coordinationContext.js';
import { engageTeam } from './engageTeam.js';
import { escalateHandoff } from './handoffs.js';
import type { ProtocolMatch } from './matchProtocols.js';
import { protocolTeams } from './protocolTeams.js';

export interface CoordinationFacts {
  incident: Incident;
  /** Null while the incident is open and its escalation neither stood down nor resolved. */
  closed: 'resolved' | 'stood down' | null;
  /** Protocols the incident matches now (the caller matches only while an escalation runs). */
  matches: readonly ProtocolMatch[];
  protocols: ReadonlyMap<string, Protocol>;
}

export interface AdvancedCoordination extends CoordinationStep<CoordinationRecord> {
  /** When something next falls due (an OLA clock, a handoff stage); null when nothing runs. */
  nextAtMs: number | null;
}

/**
 * One pass over an incident's coordination at `ctx.now`: newly matching protocols engage their
 * teams (in order when the protocol says so); unacknowledged engagements past their OLA are
 * escalated within the team once; unaccepted handoffs move to the next stage; and a resolved
 * or stood-down incident releases every team and stops all clocks.
 */
export function advanceCoordination(record: CoordinationRecord, facts: CoordinationFacts, ctx: CoordinationContext): AdvancedCoordination {
  const effects: CoordinationEffect[] = [];
  let r = record;
  if (facts.closed !== null) {
    if (r.closedAt !== null) return { record: r, effects, nextAtMs: null };
    for (const e of r.engagements) {
      if (e.state === 'released' || e.state === 'handedOff') continue;
      effects.push({ key: `${ctx.incidentKey}/coord/release/${e.teamId}`, type: 'teamReleased', detail: `Released team ${e.teamName}: the incident was ${facts.closed}.` });
    }
    r = {
      ...r,
      closedAt: iso(ctx.now),
      engagements: r.engagements.map((e) => (e.state === 'released' || e.state === 'handedOff' ? e : { ...e, state: 'released', releasedAt: iso(ctx.now) })),
      handoffs: r.handoffs.map((h) => (h.state === 'requested' || h.state === 'escalated' ? { ...h, dueAt: null, history: [...h.history, { at: iso(ctx.now), what: `clock stopped: incident ${facts.closed}`, by: 'app' }] } : h)),
    };
    return { record: r, effects, nextAtMs: null };
  }

  for (const m of facts.matches) {
    if (!r.protocolIds.includes(m.protocol.id)) r = { ...r, protocolIds: [...r.protocolIds, m.protocol.id] };
  }
  const why = new Map(facts.matches.map((m) => [m.protocol.id, m.why]));
  for (const id of r.protocolIds) {
    const p = facts.protocols.get(id);
    if (!p) continue;
    const wanted = protocolTeams(p, facts.incident.service, ctx.teams);
    const open = p.ordered ? openStep(wanted.map((w) => ({ step: w.step, e: r.engagements.find((e) => e.teamId === w.team.id) }))) : Infinity;
    for (const w of wanted) {
      if (w.step > open) continue;
      const step = engageTeam(r, w.team, { protocolId: p.id, step: w.step, withLiaison: w.withLiaison, by: `protocol ${p.name} (${why.get(p.id) ?? 'matched earlier'})` }, ctx);
      r = step.record;
      effects.push(...step.effects);
    }
  }

  r = { ...r, engagements: r.engagements.map((e) => breachIfDue(e, ctx, effects)) };
  for (const h of r.handoffs) {
    if ((h.state === 'requested' || h.state === 'escalated') && h.dueAt !== null && Date.parse(h.dueAt) <= ctx.now) {
      const step = escalateHandoff(r, h.id, 'timeout', ctx);
      r = step.record;
      effects.push(...step.effects);
    }
  }
  return { record: r, effects, nextAtMs: nextDue(r) };
}

/**
 * The highest step that may be engaged: step N+1 opens once every team of steps up to N is
 * engaged and has acknowledged, missed its OLA, handed off or been released.
 */
function openStep(items: ReadonlyArray<{ step: number; e: Engagement | undefined }>): number {
  const steps = [...new Set(items.map((i) => i.step))].sort((a, b) => a - b);
  for (const s of steps) {
    const settled = items.filter((i) => i.step === s).every((i) => i.e && (i.e.state !== 'engaged' || i.e.breachedAt !== null));
    if (!settled) return s;
  }
  return Infinity;
}

function breachIfDue(e: Engagement, ctx: CoordinationContext, effects: CoordinationEffect[]): Engagement {
  if (e.state !== 'engaged' || e.breachedAt !== null || e.olaDueAt === null || Date.parse(e.olaDueAt) > ctx.now) return e;
  const team = ctx.teams.get(e.teamId);
  const managers = team?.managers ?? [];
  const escalateTo = [...new Set([...(team?.liaisons ?? e.liaisons), ...managers])].filter((a) => !e.paged.includes(a) || managers.includes(a));
  const outcome: OlaOutcome = { teamId: e.teamId, incidentKey: ctx.incidentKey, kind: 'engagement', startedAt: e.engagedAt, dueAt: e.olaDueAt, stoppedAt: iso(ctx.now), met: false, customerSlaBreached: ctx.customerSlaBreached };
  effects.push({
    key: `${ctx.incidentKey}/coord/breach/${e.teamId}`,
    type: 'olaBreached',
    detail: `Team ${e.teamName} did not acknowledge within its OLA (due ${e.olaDueAt}): escalated within the team to ${escalateTo.join(', ') || 'nobody (no liaison or manager path)'}.`,
    outcome,
    ...(escalateTo.length ? { page: { accountIds: escalateTo, subject: `[${ctx.incidentKey}] OLA missed: team ${e.teamName} has not acknowledged`, body: `Team ${e.teamName} was engaged on ${ctx.incidentKey} at ${e.engagedAt} and has not acknowledged by ${e.olaDueAt}. As its liaison or manager, please make sure someone acknowledges in the issue's Escalation panel.${ctx.bridge ? `\nShared bridge: ${ctx.bridge}` : ''}` } } : {}),
  });
  return { ...e, breachedAt: iso(ctx.now) };
}

function nextDue(r: CoordinationRecord): number | null {
  const times = [
    ...r.engagements.filter((e) => e.state === 'engaged' && e.breachedAt === null && e.olaDueAt !== null).map((e) => Date.parse(e.olaDueAt!)),
    ...r.handoffs.filter((h) => (h.state === 'requested' || h.state === 'escalated') && h.dueAt !== null).map((h) => Date.parse(h.dueAt!)),
  ];
  return times.length ? Math.min(...times) : null;
}
