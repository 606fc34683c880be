import { emptyCoordination } from '../../../src/contracts/coordination.js';
import { advanceCoordination } from '../../../src/domain/coordination/advanceCoordination.js';
import { acknowledgeEngagement } from '../../../src/domain/coordination/engagementCommands.js';
import { engageTeam } from '../../../src/domain/coordination/engageTeam.js';
import { olaDueAt } from '../../../src/domain/coordination/olaDueAt.js';
import { olaReport } from '../../../src/domain/coordination/olaReport.js';
import { aConfig, anIncident } from '../../support/builders.js';
import { aCoordinationContext, aProtocol, aTeam } from '../../support/coordinationBuilders.js';

const london = aConfig().calendars[0]!;
const t = (s: string) => Date.parse(s);

describe('OLA clocks, in wall time or the team\'s business calendar', () => {
  test.each<[string, string, number, boolean, string | null]>([
    ['wall time', '2026-11-27T16:45:00Z', 30, false, '2026-11-27T17:15:00.000Z'],
    ['inside working hours', '2026-11-27T10:00:00Z', 30, true, '2026-11-27T10:30:00.000Z'],
    ['across the weekend (Friday 16:45 → Monday 09:15)', '2026-11-27T16:45:00Z', 30, true, '2026-11-30T09:15:00.000Z'],
    ['started on a Saturday (starts Monday 09:00)', '2026-11-28T12:00:00Z', 15, true, '2026-11-30T09:15:00.000Z'],
    ['across Christmas Day, a holiday', '2026-12-24T16:50:00Z', 20, true, '2026-12-28T09:10:00.000Z'],
  ])('%s', (_name, start, minutes, calendar, due) => {
    const r = olaDueAt(t(start), minutes, calendar ? london : null);
    expect(r === null ? null : new Date(r).toISOString()).toBe(due);
  });

  it('an engagement not acknowledged by its due time breaches once, paging the liaison and managers, and records the outcome', () => {
    const ctx = aCoordinationContext();
    const engaged = engageTeam(emptyCoordination('ITOPS-7'), aTeam('network'), { protocolId: null, step: 1, withLiaison: false, by: 'test' }, ctx);
    expect(engaged.record.engagements[0]).toMatchObject({ paged: ['net-nia'], olaDueAt: '2026-11-27T09:10:00.000Z' });
    const facts = { incident: anIncident(), closed: null, matches: [], protocols: new Map() };
    const early = advanceCoordination(engaged.record, facts, { ...ctx, now: t('2026-11-27T09:09:59Z') });
    expect(early.effects).toEqual([]);
    expect(early.nextAtMs).toBe(t('2026-11-27T09:10:00Z'));
    const late = advanceCoordination(engaged.record, facts, { ...ctx, now: t('2026-11-27T09:10:00Z') });
    expect(late.effects).toEqual([expect.objectContaining({ type: 'olaBreached', page: expect.objectContaining({ accountIds: ['net-boss'] }), outcome: expect.objectContaining({ met: false }) })]);
    expect(late.nextAtMs).toBeNull();
    expect(advanceCoordination(late.record, facts, { ...ctx, now: t('2026-11-27T09:30:00Z') }).effects).toEqual([]);
  });

  it('acknowledging within the OLA records it met; the report counts met % and breaches per team', () => {
    const ctx = aCoordinationContext();
    const engaged = engageTeam(emptyCoordination('ITOPS-7'), aTeam('security'), { protocolId: null, step: 1, withLiaison: true, by: 'test' }, ctx);
    const acked = acknowledgeEngagement(engaged.record, 'security', 'sec-sam', { ...ctx, now: t('2026-11-27T09:05:00Z') });
    const met = acked.effects[0]!.outcome!;
    expect(met).toMatchObject({ met: true, kind: 'engagement' });
    const missed = { ...met, incidentKey: 'ITOPS-8', met: false, customerSlaBreached: true, stoppedAt: '2026-11-28T10:00:00.000Z' };
    const report = olaReport('security', [met, missed, { ...met, teamId: 'network' }], t('2026-11-27T00:00:00Z'), t('2026-11-29T00:00:00Z'));
    expect(report).toMatchObject({ clocks: 2, met: 1, metPercent: 50, breachesWithCustomerSlaBreach: 1, breaches: [expect.objectContaining({ incidentKey: 'ITOPS-8' })],
      trend: [{ day: '2026-11-27', clocks: 1, met: 1 }, { day: '2026-11-28', clocks: 1, met: 0 }] });
  });

  it('an ordered protocol engages network first and the application only once network acknowledged', () => {
    const ctx = aCoordinationContext();
    const p = aProtocol({ ordered: true, teams: [{ teamId: 'network', step: 1 }, { teamId: 'application', step: 2 }] });
    const facts = { incident: anIncident({ service: 'Payments' }), closed: null, matches: [{ protocol: p, why: 'service Payments' }], protocols: new Map([[p.id, p]]) };
    const first = advanceCoordination(emptyCoordination('ITOPS-7'), facts, ctx);
    expect(first.record.engagements.map((e) => e.teamId)).toEqual(['network']);
    const acked = acknowledgeEngagement(first.record, 'network', 'net-ned', { ...ctx, now: t('2026-11-27T09:03:00Z') });
    const second = advanceCoordination(acked.record, facts, { ...ctx, now: t('2026-11-27T09:03:00Z') });
    expect(second.record.engagements.map((e) => e.teamId)).toEqual(['network', 'application']);
  });

  it('a resolved incident releases every team once and stops engaging', () => {
    const ctx = aCoordinationContext();
    const p = aProtocol();
    const facts = { incident: anIncident({ service: 'Payments' }), closed: null, matches: [{ protocol: p, why: 'service Payments' }], protocols: new Map([[p.id, p]]) };
    const engaged = advanceCoordination(emptyCoordination('ITOPS-7'), facts, ctx);
    const closed = advanceCoordination(engaged.record, { ...facts, closed: 'resolved', matches: [] }, { ...ctx, now: t('2026-11-27T09:30:00Z') });
    expect(closed.effects.map((e) => e.type)).toEqual(['teamReleased', 'teamReleased', 'teamReleased']);
    expect(closed.record.engagements.every((e) => e.state === 'released')).toBe(true);
    expect(advanceCoordination(closed.record, { ...facts, closed: 'resolved' }, ctx).effects).toEqual([]);
  });
});
