import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { pathEffectivenessView } from '../../../src/app/reviews/pathEffectivenessView.js';
import { AGENT, CUSTOMER, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt } from '../../support/builders.js';

describe('path-effectiveness rollups kept as escalations resolve', () => {
  it('adds each resolved escalation to its month once (duplicate events add nothing) and reads the figures from the rollup', async () => {
    const h = await appHarness();
    for (const key of ['ITOPS-1', 'ITOPS-2']) h.host.put(anIncident({ key, slas: [slaAt(180)] }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    await evaluateIncident(h.deps, 'ITOPS-2');
    h.clock.advance(8);
    await acknowledge(h.deps, AGENT, 'ITOPS-1');
    h.clock.advance(52);
    for (const key of ['ITOPS-1', 'ITOPS-2']) h.host.put({ ...h.host.incidents.get(key)!, statusCategory: 'done' });
    for (let i = 0; i < 3; i++) for (const key of ['ITOPS-1', 'ITOPS-2']) await evaluateIncident(h.deps, key);

    const rollup = await h.reviews.store.getRollup('2026-11');
    expect(rollup).toMatchObject({ incidents: 2, acked: 1, ackMsSum: 8 * 60_000, resolved: 2 });
    const view = await pathEffectivenessView(h.deps, AGENT, '2026-01', '2026-12');
    expect(view).toMatchObject({ incidents: 2, mttaMs: 8 * 60_000, drillsExcluded: 0 });
    const l1 = view.levels.find((l) => l.path === 'technical' && l.level === 1)!;
    expect(l1).toMatchObject({ policyId: 'default', paged: 2, acked: 1, shareAcked: 0.5, meanTimeToAckMs: 8 * 60_000 });
  });

  it('refuses someone without a policy-reading role', async () => {
    const h = await appHarness();
    await expect(pathEffectivenessView(h.deps, CUSTOMER, '2026-01', '2026-12')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
