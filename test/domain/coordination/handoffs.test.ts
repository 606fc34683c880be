import { emptyCoordination, type CoordinationRecord } from '../../../src/contracts/coordination.js';
import { advanceCoordination } from '../../../src/domain/coordination/advanceCoordination.js';
import { engageTeam } from '../../../src/domain/coordination/engageTeam.js';
import { acceptHandoff, declineHandoff, requestHandoff } from '../../../src/domain/coordination/handoffs.js';
import { anIncident } from '../../support/builders.js';
import { aCoordinationContext, aTeam } from '../../support/coordinationBuilders.js';

const t = (s: string) => Date.parse(s);
const ctx = aCoordinationContext();
const facts = { incident: anIncident(), closed: null, matches: [], protocols: new Map() };
const request = { fromTeamId: 'application', toTeamId: 'network', known: 'EU card auths time out', tried: 'Restarted the gateway pods', needed: 'Check the core routers', receiver: 'net-ned' };

function handedToNetwork(): CoordinationRecord {
  const engaged = engageTeam(emptyCoordination('ITOPS-7'), aTeam('application'), { protocolId: null, step: 1, withLiaison: true, by: 'test' }, ctx).record;
  return requestHandoff(engaged, request, 'app-ana', ctx).record;
}

describe('handoff escalation at fixed times (network: accept within 15 minutes)', () => {
  test.each<[string, string, string, string[], string]>([
    ['before the deadline nothing moves', '2026-11-27T09:14:59Z', 'receiver', ['net-ned'], 'requested'],
    ['at 15 minutes it goes to the liaison', '2026-11-27T09:15:00Z', 'liaison', ['net-nia'], 'escalated'],
  ])('%s', (_name, now, stage, asked, state) => {
    const r = advanceCoordination(handedToNetwork(), facts, { ...ctx, now: t(now) }).record.handoffs[0]!;
    expect([r.stage, r.askedNow, r.state]).toEqual([stage, asked, state]);
  });

  it('walks receiver → liaison → manager path → unaccepted, one OLA breach recorded', () => {
    let r = handedToNetwork();
    const types: string[] = [];
    for (const now of ['2026-11-27T09:15:00Z', '2026-11-27T09:30:00Z', '2026-11-27T09:45:00Z']) {
      const step = advanceCoordination(r, facts, { ...ctx, now: t(now) });
      // The sending team's own engagement OLA also runs out at 09:15; only the handoff's effects count here.
      types.push(...step.effects.filter((e) => e.key.includes('/handoff/')).map((e) => e.type));
      r = step.record;
    }
    const h = r.handoffs[0]!;
    expect([h.state, h.stage, h.olaBreachedAt]).toEqual(['unaccepted', 'manager', '2026-11-27T09:15:00.000Z']);
    expect(types).toEqual(['olaBreached', 'handoffEscalated', 'handoffEscalated', 'handoffEscalated']);
  });

  it('a decline with a reason goes straight to the liaison, and the liaison accepting hands the incident over', () => {
    const declined = declineHandoff(handedToNetwork(), 'h1', 'net-ned', 'Routers are green; looks like the app', { ...ctx, now: t('2026-11-27T09:05:00Z') });
    expect(declined.effects.map((e) => e.type)).toEqual(['handoffDeclined', 'handoffEscalated']);
    expect(declined.record.handoffs[0]).toMatchObject({ stage: 'liaison', askedNow: ['net-nia'], dueAt: '2026-11-27T09:20:00.000Z', declineReason: 'Routers are green; looks like the app' });
    const accepted = acceptHandoff(declined.record, 'h1', 'net-nia', { ...ctx, now: t('2026-11-27T09:10:00Z') });
    expect(accepted.record.engagements.map((e) => [e.teamId, e.state])).toEqual([['application', 'handedOff'], ['network', 'acknowledged']]);
    expect(accepted.effects[0]).toMatchObject({ type: 'handoffAccepted', outcome: { met: true, teamId: 'network', kind: 'handoff' } });
  });

  it('a decline by the manager path ends it declined; the sending team keeps the incident', () => {
    let r = declineHandoff(handedToNetwork(), 'h1', 'net-ned', 'not ours', ctx).record;
    r = declineHandoff(r, 'h1', 'net-nia', 'still not ours', ctx).record;
    r = declineHandoff(r, 'h1', 'net-boss', 'confirmed not ours', ctx).record;
    expect(r.handoffs[0]!.state).toBe('declined');
    expect(r.engagements[0]!.state).toBe('engaged');
  });

  it('refuses a receiver who is not in the receiving team, naming the field', () => {
    expect(() => requestHandoff(handedToNetwork(), { ...request, receiver: 'sec-sam', toTeamId: 'network' }, 'app-ana', ctx)).toThrow(/sec-sam is not a member of Network/);
  });
});
