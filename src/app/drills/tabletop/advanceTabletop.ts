import type { DeliveredInject, Inject } from '../../../contracts/tabletop.js';
import { INJECT_KIND_LABELS, INJECT_ROLE_LABELS } from '../../../contracts/tabletop.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import type { Incident } from '../../../domain/incident/incident.js';
import { dueInjects, injectDueAt } from '../../../domain/drills/tabletop/dueInjects.js';
import { fnv1a64 } from '../../../domain/shared/fnv1a64.js';
import { trackCoordination } from '../../coordination/trackCoordination.js';
import { MAX_TIMER_SECONDS } from '../../escalation/recordDecision.js';
import type { Settings } from '../../policies/loadSettings.js';
import { onceOnly } from '../../shared/onceOnly.js';
import type { Deps } from '../../shared/deps.js';
import { injectRecipients } from './injectRecipients.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The tabletop side of evaluating a drill: joint protocols engage their teams (and OLA clocks
 * and handoffs run) exactly as on a real incident, and the injects whose minute has come are
 * played to their role, each once (a page marked [DRILL] by isolation, and a timeline entry).
 * The next inject arms the incident's exact timer. Plain drills are left alone.
 */
export async function advanceTabletop(deps: Deps, incident: Incident, state: EscalationState | null, settings: Settings): Promise<void> {
  const drill = await deps.drills?.getDrill(incident.key);
  if (!drill?.tabletop) return;
  await trackCoordination(deps, incident, state, settings);
  if (drill.status !== 'running') return;
  const run = drill.tabletop;
  const startMs = Date.parse(drill.startedAt);
  const now = deps.clock.now();
  const { due, nextAtMs } = dueInjects(run.injects, startMs, new Set(run.delivered.map((d) => d.injectId)), now);
  const coordination = due.length ? (await deps.coordination?.getRecord(incident.key))?.record ?? null : null;
  const played: DeliveredInject[] = [];
  for (const inj of due) {
    const to = await injectRecipients(deps, drill, coordination, settings.teams, inj.to);
    await onceOnly(deps.store, `${incident.key}/tabletop/inject/${inj.id}`, () => play(deps, incident.key, inj, to));
    // Recorded even when another invocation played it: its save of the drill may have been lost.
    played.push({ injectId: inj.id, dueAt: iso(injectDueAt(inj, startMs)), deliveredAt: iso(now), to });
  }
  const armed = run.timerAt === null ? null : Date.parse(run.timerAt);
  const arm = nextAtMs !== null && !(armed !== null && armed > now && armed <= nextAtMs);
  if (!played.length && !arm) return;
  const delay = nextAtMs === null ? 0 : Math.min(Math.max(0, Math.ceil((nextAtMs - now) / 1000)), MAX_TIMER_SECONDS);
  const latest = (await deps.drills!.getDrill(incident.key)) ?? drill;
  const have = new Set(latest.tabletop?.delivered.map((d) => d.injectId));
  await deps.drills!.saveDrill({ ...latest, tabletop: { ...run, ...latest.tabletop,
    delivered: [...(latest.tabletop?.delivered ?? []), ...played.filter((p) => !have.has(p.injectId))],
    timerAt: arm ? iso(now + delay * 1000) : latest.tabletop?.timerAt ?? null } });
  // A next inject past the queue's 900-second limit gets a relay timer, which re-arms when it fires.
  if (arm) await deps.queue.scheduleEvaluation(incident.key, delay, nextAtMs);
}

async function play(deps: Deps, key: string, inj: Inject, to: string[]): Promise<void> {
  const what = INJECT_KIND_LABELS[inj.kind];
  const role = INJECT_ROLE_LABELS[inj.to];
  if (to.length) {
    await deps.notifier.page({
      incidentKey: key, purpose: 'responderPage', idempotencyKey: `${key}/tabletop/inject/${inj.id}`,
      subject: `[${key}] Tabletop inject for the ${role.toLowerCase()}: ${what}`,
      body: `${inj.text}\n\nThis is a tabletop exercise: respond in the issue's Escalation panel as you would for real (engage, acknowledge, hand off), and change no system.`,
      targets: to.map((accountId) => ({ type: 'user' as const, accountId })),
    });
  }
  await deps.store.appendEvents([{
    incidentKey: key, at: iso(deps.clock.now()), type: 'tabletopInject', path: null, level: null, loop: 0, policyId: null, policyVersion: null,
    detail: `Inject "${inj.id}" at minute ${inj.atMinute} (${what}) to the ${role.toLowerCase()} (${to.join(', ') || 'nobody'}): ${inj.text}`,
    // Several injects may fall due in one evaluation: the id keeps their entries apart and in order.
    seq: 100 + (parseInt(fnv1a64(`${key}/${inj.id}`).slice(-6), 16) % 900),
  }]);
}
