import type { PersonView, SimulatedPageView, SimulationSummaryView, SimulationView } from '../../contracts/simulator.js';
import type { Simulation, SimulationSummary } from '../../domain/drills/simulation.js';

type Name = (id: string) => PersonView;
const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Everyone a simulation names, so their display names can be read once. */
export function peopleIn(s: Simulation): string[] {
  return s.pages.flatMap((p) => [...p.accountIds, ...p.onCall.flatMap((o) => (o.accountId ? [o.accountId] : []))]);
}

export function summaryView(s: SimulationSummary, createdAt: number, name: Name): SimulationSummaryView {
  return {
    pages: s.pages, personPages: s.personPages, firstPageAt: isoOrNull(s.firstPageAt),
    minutesToFirstPage: s.firstPageAt === null ? null : Math.round((s.firstPageAt - createdAt) / 60_000),
    acknowledgedAt: isoOrNull(s.acknowledgedAt), levelsReached: s.levelsReached, woken: s.woken.map(name), breachedResponse: s.breachedResponse,
  };
}

export function simulationParts(s: Simulation, createdAt: number, name: Name): Pick<SimulationView, 'pages' | 'actions' | 'steps' | 'evaluations' | 'ended' | 'summary'> {
  const pages: SimulatedPageView[] = s.pages.map((p) => ({
    at: iso(p.at), path: p.path, level: p.level, levelName: p.levelName, kind: p.kind, channel: p.channel,
    people: p.accountIds.map(name), groups: p.groups, teams: p.teams, ackDueAt: iso(p.ackDueAt),
    onCall: p.onCall.map((o) => ({ scheduleId: o.scheduleId, scheduleName: o.scheduleName, person: o.accountId ? name(o.accountId) : null,
      source: o.source, detail: o.detail, until: isoOrNull(o.until), timeZone: o.timeZone })),
    woken: p.woken.map((w) => ({ person: name(w.accountId), timeZone: w.timeZone })),
  }));
  return {
    pages,
    actions: s.actions.map((a) => ({ at: iso(a.at), kind: a.kind, detail: a.detail, channel: a.channel ?? null })),
    steps: s.steps.map((x) => ({ at: x.at, type: x.type, path: x.path, level: x.level, detail: x.detail })),
    evaluations: s.evaluations.map((e) => ({ at: iso(e.at), trace: e.trace })),
    ended: { reason: s.ended.reason, at: iso(s.ended.at) },
    summary: summaryView(s.summary, createdAt, name),
  };
}
