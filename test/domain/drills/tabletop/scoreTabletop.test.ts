import type { TabletopRun } from '../../../../src/contracts/tabletop.js';
import { scoreTabletop } from '../../../../src/domain/drills/tabletop/scoreTabletop.js';
import { aTeam } from '../../../support/coordinationBuilders.js';
import { T0 } from '../../../support/builders.js';
import { aCoordination, aHandoff, anEngagement, aTabletopScenario, minutesAfterT0 as at } from '../../../support/tabletopBuilders.js';

const MIN = 60_000;
const scenario = aTabletopScenario();
const run: Pick<TabletopRun, 'teams' | 'injects' | 'delivered'> = { teams: scenario.teams, injects: scenario.injects, delivered: [] };
const teams = new Map(['application', 'network', 'security', 'finance'].map((id) => [id, aTeam(id as 'network')]));
const score = (coordination: Parameters<typeof scoreTabletop>[0]['coordination'], minute: number, r = run) =>
  scoreTabletop({ run: r, startedAt: at(0), coordination, teams }, T0 + minute * MIN);

describe('scoreTabletop', () => {
  it.each([
    // [case, engagement, minute scored at, engagedThrough, minutesToEngage, minutesToAcknowledge, olaMet]
    ['acknowledged 5 min into a 10-min OLA: met', anEngagement('network', 1, 10, { acknowledgedAt: at(6) }), 30, 'protocol', 1, 5, true],
    ['acknowledged exactly at the due time: met', anEngagement('network', 1, 10, { acknowledgedAt: at(11) }), 30, 'protocol', 1, 10, true],
    ['acknowledged after a recorded breach: missed', anEngagement('network', 1, 10, { acknowledgedAt: at(15), breachedAt: at(11) }), 30, 'protocol', 1, 14, false],
    ['not acknowledged, clock still running: no verdict', anEngagement('network', 1, 10), 5, 'protocol', 1, null, null],
    ['not acknowledged, due time passed: missed', anEngagement('network', 1, 10), 11, 'protocol', 1, null, false],
    ['engaged by hand 12 minutes in', anEngagement('network', 12, 10, { protocolId: null, engagedBy: 'agent-ana (engage team)' }), 13, 'hand', 12, null, null],
    ['engaged by taking a handoff', anEngagement('network', 3, 10, { protocolId: null, engagedBy: 'handoff h1', acknowledgedAt: at(3) }), 13, 'handoff', 3, 0, true],
  ])('%s', (_name, engagement, minute, through, toEngage, toAck, met) => {
    const row = score(aCoordination([engagement]), minute).teams.find((t) => t.teamId === 'network')!;
    expect([row.engagedThrough, row.minutesToEngage, row.minutesToAcknowledge, row.olaMet, row.olaMinutes]).toEqual([through, toEngage, toAck, met, 10]);
  });

  it('lists an expected team nobody engaged, with its OLA but no verdict, and counts it against the engagement figure', () => {
    const s = score(aCoordination([anEngagement('application', 0, 15, { acknowledgedAt: at(4) }), anEngagement('network', 0, 10, { acknowledgedAt: at(12) })]), 30);
    expect(s.teams.map((t) => [t.teamId, t.engagedThrough, t.olaMet, t.olaMinutes])).toEqual([
      ['application', 'protocol', true, 15], ['network', 'protocol', false, 10], ['security', null, null, 15],
    ]);
    expect(s.engaged).toEqual({ count: 2, of: 3 });
    expect(s.olaMet).toEqual({ count: 1, of: 2 });
  });

  it('scores a team the scenario did not expect as unexpected, after the expected ones', () => {
    const s = score(aCoordination([anEngagement('finance', 2, 30)]), 3);
    expect(s.teams.map((t) => [t.teamId, t.unexpected])).toEqual([['application', false], ['network', false], ['security', false], ['finance', true]]);
    expect(s.engaged).toEqual({ count: 0, of: 3 });
  });

  it.each([
    ['accepted within its OLA', aHandoff({ state: 'accepted', decidedAt: at(25), dueAt: null }), 30, 15, true],
    ['accepted after its OLA was missed', aHandoff({ state: 'accepted', decidedAt: at(45), dueAt: null, olaBreachedAt: at(40) }), 50, 35, false],
    ['still waiting, before its due time', aHandoff(), 30, null, null],
    ['still waiting, past its due time', aHandoff(), 41, null, false],
    // Declined by the manager path: the receiving team never took it on.
    ['declined to the end', aHandoff({ state: 'declined', decidedAt: at(20), dueAt: null }), 30, null, false],
  ])('a handoff %s', (_name, handoff, minute, toAccept, met) => {
    const [h] = score(aCoordination([], [handoff]), minute).handoffs;
    expect([h!.minutesToAccept, h!.olaMet]).toEqual([toAccept, met]);
  });

  it('counts the injects played out of those scripted', () => {
    const played = { ...run, delivered: [{ injectId: 'first-alert', dueAt: at(0), deliveredAt: at(0), to: [] }, { injectId: 'removed-since', dueAt: at(0), deliveredAt: at(0), to: [] }] };
    expect(score(null, 1, played).injects).toEqual({ delivered: 1, of: 3 });
  });
});
