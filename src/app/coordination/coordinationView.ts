import type { CoordinationView, OlaReportView } from '../../contracts/coordinationView.js';
import { emptyCoordination } from '../../contracts/coordination.js';
import { can } from '../../domain/access/can.js';
import { olaReport } from '../../domain/coordination/olaReport.js';
import { authorizeIssueAction, authorizeSiteAction } from '../access/authorize.js';
import { loadSettings } from '../policies/loadSettings.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { coordinationOf } from './coordinationDeps.js';
import { warRoomView } from '../warRoom/warRoomView.js';

/** The panel's coordination section: engaged teams with their OLA clocks, handoffs, the commander. */
export async function coordinationView(deps: Deps, actor: Actor, issueKey: string): Promise<CoordinationView> {
  const roles = await authorizeIssueAction(deps, actor, 'viewPanel', issueKey);
  const coordination = coordinationOf(deps);
  const [stored, settings, { protocols }, room] = await Promise.all([coordination.getRecord(issueKey), loadSettings(deps.store, coordination), coordination.listProtocols(), coordination.getWarRoom(issueKey)]);
  const r = stored?.record ?? emptyCoordination(issueKey);
  const matched = r.protocolIds.map((id) => protocols.find((p) => p.protocol.id === id)?.protocol).filter((p) => p !== undefined);
  const decision = can(roles, 'coordinate');
  return {
    issueKey,
    now: new Date(deps.clock.now()).toISOString(),
    engagements: r.engagements.map((e) => {
      const team = settings.teams.get(e.teamId);
      return { ...e, kind: team?.kind ?? null, mine: team ? team.members.includes(actor.accountId) || team.managers.includes(actor.accountId) : false };
    }),
    handoffs: r.handoffs,
    commander: r.commander,
    commanderRole: matched[0]?.commanderRole ?? 'initiator',
    protocols: matched.map((p) => ({ id: p.id, name: p.name })),
    teams: [...settings.teams.values()].map((t) => ({ id: t.id, name: t.name, kind: t.kind, liaisons: t.liaisons })),
    closedAt: r.closedAt,
    myTeams: [...settings.teams.values()].filter((t) => t.members.includes(actor.accountId) || t.managers.includes(actor.accountId)).map((t) => t.id),
    permissions: { coordinate: decision.allowed ? { allowed: true } : { allowed: false, reason: decision.reason } },
    warRoom: room ? warRoomView(room.room) : null,
  };
}

const DAY_MS = 86_400_000;

/** Per team and period: met %, breaches with their incidents, a daily trend, and customer-SLA overlap. */
export async function olaReportView(deps: Deps, actor: Actor, req: { from: string; to: string }): Promise<OlaReportView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getOlaReport');
  const fromMs = Date.parse(`${req.from}T00:00:00Z`);
  const toMs = Date.parse(`${req.to}T00:00:00Z`) + DAY_MS;
  if (!(toMs > fromMs)) throw new AppError('INVALID', 'to: must not be before from', [{ field: 'to', message: 'must not be before from' }]);
  if (toMs - fromMs > 400 * DAY_MS) throw new AppError('INVALID', 'to: a report covers at most 400 days', [{ field: 'to', message: 'a report covers at most 400 days' }]);
  const coordination = coordinationOf(deps);
  const [{ teams }, all, drills] = await Promise.all([coordination.listTeams(), coordination.listOutcomes(fromMs, toMs), deps.drills?.listDrills() ?? []]);
  // Tabletop exercises run OLA clocks too; like every drill they stay out of the figures.
  const drillKeys = new Set(drills.map((d) => d.issueKey));
  const outcomes = all.filter((o) => !drillKeys.has(o.incidentKey));
  return {
    from: req.from, to: req.to,
    teams: teams.map((t) => ({ teamName: t.team.name, ...olaReport(t.team.id, outcomes, fromMs, toMs) })),
  };
}
