import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { saveSchedule } from '../../../src/app/oncall/scheduleAdmin.js';
import { anIncident, aPolicyInput, slaAt } from '../../support/builders.js';
import { ADMIN, appHarness, aScheduleInput } from '../../support/appHarness.js';

describe('levels that page a schedule', () => {
  it('reach whoever the stored schedule has on call, with their own acknowledgement link', async () => {
    const h = await appHarness();
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({}, { participants: ['lead-lee', 'agent-ana'] }), reason: 'rota' });
    const policy = aPolicyInput();
    policy.paths.technical.levels[0]!.targets = [{ type: 'schedule', scheduleId: 'ops-primary' }];
  policy.paths.technical.levels[0]!.backups = [{ type: 'user', accountId: 'manager-max' }];
    await savePolicy(h.deps, ADMIN, { policy, expectedVersion: 1, reason: 'page the rota' });
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox[0]!.targets).toEqual([{ type: 'user', accountId: 'lead-lee' }]);
    expect(h.notifier.outbox[0]!.ackLinks!.map((l) => l.accountId)).toEqual(['lead-lee']);
  });
});
