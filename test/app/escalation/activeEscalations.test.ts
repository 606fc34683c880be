import { activeEscalations } from '../../../src/app/escalation/activeEscalations.js';
import { escalate } from '../../../src/app/escalation/incidentCommands.js';
import { anIncident } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness, CUSTOMER } from '../../support/appHarness.js';

const all = { filters: {}, trendDays: 7 };

describe('activeEscalations (the dashboard)', () => {
  it('lists escalations in progress with their path, level and SLAs, filtered on request', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'ITOPS-1' }));
    h.host.put(anIncident({ key: 'ITOPS-2' }));
    h.host.put(anIncident({ key: 'ITOPS-3' }));
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'customer call' });
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-2', path: 'managerial', level: 2, reason: 'VIP affected' });
    const view = await activeEscalations(h.deps, ADMIN, all);
    expect(view.rows.map((r) => [r.issueKey, r.path, r.level, r.status])).toEqual([['ITOPS-1', 'technical', 1, 'active'], ['ITOPS-2', 'managerial', 2, 'active']]);
    expect(view.rows[0]!.slas[0]).toMatchObject({ metric: 'Time to resolution' });
    expect(view.trend.at(-1)).toMatchObject({ day: '2026-11-27', incidents: 2 });
    const managerial = await activeEscalations(h.deps, ADMIN, { filters: { paths: ['managerial'] }, trendDays: 7 });
    expect(managerial.rows.map((r) => r.issueKey)).toEqual(['ITOPS-2']);
  });

  it('is refused on the server to someone without a dashboard role, and the refusal is logged', async () => {
    const h = await appHarness();
    await expect(activeEscalations(h.deps, CUSTOMER, all)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: CUSTOMER.accountId, action: 'viewDashboard', allowed: false });
  });
});
