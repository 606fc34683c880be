import { episodesReaching, judge } from '../../chaos/oracle.js';
import type { IncidentObservation, ScenarioObservation } from '../../chaos/runScenario.js';

const page = (level: number, to: string) => `[ITOPS-9] Escalation: technical level ${level} — please acknowledge → ${to}`;
const TARGETS = ['sandbox-agent-ana', 'sandbox-lead-lena', 'sandbox-manager-maya'];

function incident(over: Partial<IncidentObservation> = {}): IncidentObservation {
  return {
    key: 'ITOPS-9', origin: 'agent', acked: false, stoodDown: false, escalatedByHand: false, tampered: null,
    pages: new Map(TARGETS.map((t, k) => [page(k + 1, t), 1])),
    channelMessages: new Map([['slack', 1], ['teams', 1], ['sms', 1]]), manualLevels: [],
    stepComments: new Map([1, 2, 3].map((l) => [`Escalation: Paged technical level ${l} — someone.`, 1])),
    labels: ['escalated'], property: null, appState: { status: 'exhausted', level: 3 }, ackEvents: 0,
    attempted: { ack: false, standDown: false, escalate: false }, standDownEvents: 0, manualEscalationEvents: 0, ...over,
  };
}
const scenario = (inc: IncidentObservation): ScenarioObservation =>
  ({ seed: 1, incidents: [inc], alertsNeverAccepted: 0, acceptedWithoutIncident: 0, faultsInjected: { jira: 0, kvs: 0, egress: 0, killed: 0, queue: 0 } });

describe('the fault campaign oracle', () => {
  it('finds nothing wrong with an incident that got every page, message and label once', () => {
    expect(judge(scenario(incident()))).toMatchObject({ lostActions: 0, duplicatedActions: 0, duplicateNotifications: 0, problems: [] });
  });

  it('counts a level that paged but whose channel message never got through as a lost action', () => {
    const v = judge(scenario(incident({ channelMessages: new Map([['slack', 1], ['sms', 1]]) })));
    expect(v).toMatchObject({ lostActions: 1, problems: ['ITOPS-9: level 2 paged, but its teams message never got through'] });
  });

  it('on an acknowledged incident, a level paged just before the acknowledgement without its channel message is overtaken, not lost', () => {
    const v = judge(scenario(incident({ acked: true, ackEvents: 1, attempted: { ack: true, standDown: false, escalate: false }, appState: { status: 'acknowledged', level: 3 },
      channelMessages: new Map([['slack', 1], ['teams', 1]]) })));
    expect(v).toMatchObject({ lostActions: 0, lostAcks: 0, overtakenSteps: 1, problems: [] });
  });

  it('counts a repeated channel message as a duplicate notification, not a duplicated action', () => {
    const v = judge(scenario(incident({ channelMessages: new Map([['slack', 3], ['teams', 1], ['sms', 1]]) })));
    expect(v).toMatchObject({ lostActions: 0, duplicatedActions: 0, duplicateNotifications: 2 });
  });

  it('counts per episode: a climb by hand to level 2 may page levels 2 and 3 again, but not level 1', () => {
    const climbed = incident({
      escalatedByHand: true, attempted: { ack: false, standDown: false, escalate: true }, manualEscalationEvents: 1, manualLevels: [2],
      pages: new Map([[page(1, TARGETS[0]!), 1], [page(2, TARGETS[1]!), 2], [page(3, TARGETS[2]!), 2]]),
      stepComments: new Map([['Escalation: Paged technical level 3 — someone.', 2]]),
    });
    expect(judge(scenario(climbed))).toMatchObject({ duplicateNotifications: 0, duplicatedActions: 0 });
    const twice = incident({ ...climbed, pages: new Map([[page(1, TARGETS[0]!), 2]]), stepComments: new Map([['Escalation: Paged technical level 1 — someone.', 2]]) });
    expect(judge(scenario(twice))).toMatchObject({ duplicateNotifications: 1, duplicatedActions: 1 });
  });

  it('an episode started by hand at level 2 reaches levels 2 and 3 only', () => {
    expect([1, 2, 3].map((l) => episodesReaching([2], l))).toEqual([1, 2, 2]);
  });
});
