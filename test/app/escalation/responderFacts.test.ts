import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { nextPolicyVersion } from '../../../src/domain/policies/policyVersion.js';
import { aConfig, aPolicy, anIncident, slaAt, T0 } from '../../support/builders.js';
import { appHarness } from '../../support/appHarness.js';

const base = aPolicy();
const twoAgents = aPolicy({ paths: { ...base.paths, technical: { levels: [
  { targets: [{ type: 'user', accountId: 'agent-ana' }, { type: 'user', accountId: 'agent-ben' }], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [{ kind: 'assign' }] },
] } } });

async function harness() {
  const h = await appHarness();
  await h.store.savePolicyVersion(nextPolicyVersion(twoAgents, 1, 'admin-ada', 'two agents share level 1', T0));
  return h;
}

describe('assignment with skills and workload from the app', () => {
  it('assigns the less loaded agent, counting open incidents from Jira', async () => {
    const h = await harness();
    for (let n = 10; n < 13; n++) h.host.put(anIncident({ key: `ITOPS-${n}`, assigneeAccountId: 'agent-ana', unassignedSince: null, slas: [slaAt(10)] }));
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    const e = await evaluateIncident(h.deps, 'ITOPS-1');
    expect(e.decision?.intents.find((i) => i.kind === 'assign')).toMatchObject({ accountId: 'agent-ben' });
    expect(e.decision?.trace.find((l) => l.startsWith('Assignment:'))).toContain('agent-ana');
  });

  it('prefers configured skills that match the incident', async () => {
    const h = await harness();
    await h.store.saveConfig({ ...aConfig(), routing: { weights: {}, skills: [{ accountId: 'agent-ben', skills: ['intranet'] }] } });
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    const e = await evaluateIncident(h.deps, 'ITOPS-1');
    expect(e.decision?.intents.find((i) => i.kind === 'assign')).toMatchObject({ accountId: 'agent-ben' });
  });

  it('counts pages: someone paged a lot in the last day is chosen less', async () => {
    const h = await harness();
    await h.store.recordPages(['agent-ana'], T0 - 3_600_000);
    await h.store.recordPages(['agent-ana'], T0 - 1_800_000);
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    const e = await evaluateIncident(h.deps, 'ITOPS-1');
    expect(e.decision?.intents.find((i) => i.kind === 'assign')).toMatchObject({ accountId: 'agent-ben' });
    expect(await h.store.pageCounts(['agent-ana', 'agent-ben'], T0 - 86_400_000)).toEqual(new Map([['agent-ana', 3], ['agent-ben', 1]]));
  });

  it('asks Jira for workload only when a level assigns among several people', async () => {
    const h = await appHarness(); // the default policy's level 1 names a single user
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    const before = h.host.requests.read;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.host.requests.read - before).toBe(1); // only reading the incident
  });
});

describe('assignment when workload cannot be read', () => {
  it('still pages and assigns, choosing without workload', async () => {
    const h = await harness();
    h.host.openIncidentCounts = async () => { throw new Error("The value 'gone' does not exist for the field 'assignee'."); };
    h.host.put(anIncident({ key: 'ITOPS-1', slas: [slaAt(180)] }));
    const e = await evaluateIncident(h.deps, 'ITOPS-1');
    expect(e.decision?.intents.find((i) => i.kind === 'assign')).toMatchObject({ accountId: 'agent-ana' });
    expect(h.notifier.outbox).toHaveLength(1);
  });
});
