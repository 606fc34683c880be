import type { HandoffScore, TabletopScore, TeamEngagementScore } from '../../../../src/contracts/tabletop.js';
import { tabletopFindings } from '../../../../src/domain/drills/tabletop/tabletopFindings.js';

const row = (overrides: Partial<TeamEngagementScore>): TeamEngagementScore => ({
  teamId: 'network', teamName: 'Network', engagedThrough: 'protocol', engagedAt: '2026-11-27T09:00:00.000Z', minutesToEngage: 0,
  acknowledgedAt: '2026-11-27T09:05:00.000Z', minutesToAcknowledge: 5, olaMinutes: 10, olaMet: true, unexpected: false, ...overrides,
});
const handoff = (overrides: Partial<HandoffScore>): HandoffScore => ({ id: 'h1', fromTeamId: 'application', toTeamId: 'finance', state: 'accepted', minutesToAccept: 10, olaMet: true, ...overrides });
const score = (teams: TeamEngagementScore[], handoffs: HandoffScore[] = []): TabletopScore =>
  ({ teams, handoffs, engaged: { count: 0, of: 0 }, olaMet: { count: 0, of: 0 }, injects: { delivered: 0, of: 0 } });

describe('tabletopFindings', () => {
  it.each([
    ['a team engaged by the protocol that met its OLA: nothing', row({}), []],
    ['a team nobody engaged', row({ engagedThrough: null, engagedAt: null, minutesToEngage: null, olaMet: null }),
      [['ITOPS-9:protocolGap:network', 'Network was never engaged: no joint protocol covers it for this outage, and nobody engaged it']]],
    ['a team engaged only by hand', row({ engagedThrough: 'hand', minutesToEngage: 12 }),
      [['ITOPS-9:protocolGap:network', 'Network was engaged by hand after 12 min: no joint protocol engaged it']]],
    ['a team that acknowledged late', row({ minutesToAcknowledge: 14, olaMet: false }),
      [['ITOPS-9:olaMissed:network', 'Network did not acknowledge within its 10-minute OLA (acknowledged after 14 min)']]],
    ['a team that never acknowledged', row({ acknowledgedAt: null, minutesToAcknowledge: null, olaMet: false }),
      [['ITOPS-9:olaMissed:network', 'Network did not acknowledge within its 10-minute OLA']]],
    ['a team the scenario did not expect is no gap', row({ unexpected: true, engagedThrough: 'hand', olaMet: false }), []],
  ])('%s', (_name, team, expected) => {
    expect(tabletopFindings('ITOPS-9', score([team])).map((f) => [f.id, f.text])).toEqual(expected);
  });

  it('files a handoff not accepted within its OLA, and not one accepted in time', () => {
    const found = tabletopFindings('ITOPS-9', score([], [handoff({}), handoff({ id: 'h2', state: 'unaccepted', minutesToAccept: null, olaMet: false })]));
    expect(found.map((f) => [f.kind, f.id])).toEqual([['olaMissed', 'ITOPS-9:olaMissed:h2']]);
  });
});
