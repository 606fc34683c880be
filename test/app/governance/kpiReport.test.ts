import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { kpiReport } from '../../../src/app/governance/kpi/kpiReport.js';
import { MemoryDrillStore } from '../../../src/adapters/memory/memoryDrillStore.js';
import { DrillScenarioSchema } from '../../../src/contracts/drills.js';
import { AGENT, ADMIN, CUSTOMER, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt, T0 } from '../../support/builders.js';

const P1 = { impact: 'Extensive / Widespread', urgency: 'Critical' };

/**
 * November 2026 (T0 is 27 Nov): ITOPS-1 acknowledged after 5 minutes and resolved, ITOPS-2
 * never acknowledged with its SLA breached, and ITOPS-3 a drill that must not count.
 * A property of ITOPS-2 was tampered with once.
 */
async function november() {
  const h = await appHarness();
  const drills = new MemoryDrillStore();
  const deps = { ...h.deps, drills };
  h.host.put(anIncident({ key: 'ITOPS-1', ...P1, summary: 'Payments down', slas: [slaAt(180)] }));
  h.host.put(anIncident({ key: 'ITOPS-2', ...P1, summary: 'Email down', slas: [slaAt(300)] }));
  h.host.put(anIncident({ key: 'ITOPS-3', ...P1, summary: '[Drill] Payments down', slas: [slaAt(180)] }));
  await drills.saveDrill({ schema: 1, issueKey: 'ITOPS-3', programmeId: null, policyId: 'default', policyVersion: 1, scenario: DrillScenarioSchema.parse({}), participants: [],
    status: 'ended', startedAt: new Date(T0).toISOString(), startedBy: ADMIN.accountId, endsAt: new Date(T0 + 7_200_000).toISOString(), endedAt: new Date(T0 + 600_000).toISOString(),
    endReason: 'acknowledged', endedBy: AGENT.accountId, pages: [], withheld: [], findings: [], tabletop: null });
  for (const k of ['ITOPS-1', 'ITOPS-2', 'ITOPS-3']) await evaluateIncident(deps, k);
  h.clock.advance(5);
  await acknowledge(deps, AGENT, 'ITOPS-1');
  await acknowledge(deps, AGENT, 'ITOPS-3');
  await h.store.appendAccessLog({ at: new Date(h.clock.now()).toISOString(), accountId: AGENT.accountId, action: 'bypassAttempt:escalation', issueKey: 'ITOPS-2', allowed: false, reason: 'forged' });
  h.clock.set(Date.parse('2026-12-03T09:00:00.000Z'));
  return { h, deps };
}

describe('the KPI report for compliance officers', () => {
  it('reports November without the drill: MTTA, acknowledgement within the threshold, SLA breaches, priorities and bypass attempts', async () => {
    const { deps } = await november();
    const r = await kpiReport(deps, ADMIN, '2026-11');
    expect(r).toMatchObject({ drillsExcluded: 1, truncated: false });
    expect(r.figures).toMatchObject({ escalations: 2, mttaMinutes: 5, slaBreaches: 1, ackedWithinThreshold: 1, ackedWithinThresholdPercent: 50, bypassAttempts: 1 });
    expect(Object.values(r.figures.byPriority).reduce((a, b) => a + b, 0)).toBe(2);
    expect(r.trend.map((t) => t.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(r.trend.at(-1)!.figures).toEqual(r.figures);
    expect(r.csv.split('\r\n')[1]).toMatch(/^2026-11,2,5,/);
  });

  it('reports a quarter over its three months', async () => {
    const { deps } = await november();
    const r = await kpiReport(deps, ADMIN, '2026-Q4');
    expect(r).toMatchObject({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', figures: { escalations: 2 } });
    expect(r.trend.map((t) => t.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('refuses a period that has not started beside the field, and people who may not see governance', async () => {
    const { deps } = await november();
    await expect(kpiReport(deps, ADMIN, '2027-02')).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'period' }] });
    await expect(kpiReport(deps, AGENT, '2026-11')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(kpiReport(deps, CUSTOMER, '2026-11')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
