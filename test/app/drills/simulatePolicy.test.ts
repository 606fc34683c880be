import { simulatePolicy } from '../../../src/app/drills/simulatePolicy.js';
import { SimulatePolicyRequestSchema, type SimulatePolicyRequest } from '../../../src/contracts/simulator.js';
import { aPolicyInput, at, T0 } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness, CUSTOMER } from '../../support/appHarness.js';

const iso = (ms: number) => new Date(ms).toISOString();
const request = (over: Partial<SimulatePolicyRequest> = {}): SimulatePolicyRequest => SimulatePolicyRequestSchema.parse({
  policy: { kind: 'saved', id: 'default' },
  incident: { projectKey: 'ITOPS', service: 'Intranet', priority: 'P3', createdAt: iso(T0), slaGoals: [{ metric: 'Time to resolution', goalMinutes: 240 }] },
  ...over,
});

describe('simulatePolicy', () => {
  it('answers who would be paged, when and on which channel, with names, and pages nobody', async () => {
    const h = await appHarness();
    h.host.addUser('lead-lee', { displayName: 'Lee Lead', roles: { ITOPS: ['Service Desk Team'] } });
    const view = await simulatePolicy(h.deps, AGENT, request());
    expect(view.policy).toEqual({ id: 'default', name: 'Default incident policy', version: 1, draft: false });
    expect(view.incident.priority).toBe('P3');
    expect(view.pages.map((p) => [p.at, p.level, p.channel, p.people.map((x) => x.displayName).join()])).toEqual([
      [iso(at(180)), 1, 'email', 'agent-ana'], [iso(at(210)), 2, 'email', 'Lee Lead'], [iso(at(240)), 3, 'email', 'manager-max'],
    ]);
    expect(view.summary).toMatchObject({ pages: 3, minutesToFirstPage: 180, breachedResponse: false });
    expect(view.assumptions.join(' ')).toMatch(/P3 is simulated as impact/);
    expect(h.notifier.outbox).toEqual([]);
    expect(h.host.actions).toEqual([]);
    expect(await h.store.listEvents('SIMULATED-1')).toEqual([]);
  });

  it('runs an unsaved draft: a 10-minute level-2 delay pages the lead 20 minutes sooner', async () => {
    const h = await appHarness();
    const draft = aPolicyInput();
    draft.paths.technical.levels[1]!.delayMinutes = 10;
    const view = await simulatePolicy(h.deps, ADMIN, request({ policy: { kind: 'draft', policy: draft } }));
    expect(view.policy).toMatchObject({ draft: true, version: null });
    expect(view.pages.map((p) => p.at)).toEqual([iso(at(180)), iso(at(190)), iso(at(220))]);
    expect((await h.store.getPolicy('default'))!.version).toBe(1);
  });

  it('refuses a draft the editor would refuse, naming the field', async () => {
    const h = await appHarness();
    const draft = aPolicyInput();
    draft.paths.technical.levels[1]!.delayMinutes = 0;
    await expect(simulatePolicy(h.deps, ADMIN, request({ policy: { kind: 'draft', policy: draft } }))).rejects.toMatchObject({
      code: 'INVALID', fields: [expect.objectContaining({ field: 'policy.paths.technical.levels[1].delayMinutes' })],
    });
  });

  it('stops when the simulated responder acknowledges', async () => {
    const h = await appHarness();
    const view = await simulatePolicy(h.deps, AGENT, request({ acknowledgeAfterMinutes: 4 }));
    expect(view.pages).toHaveLength(1);
    expect(view.ended).toEqual({ reason: 'acknowledged', at: iso(at(184)) });
  });

  it('refuses a customer and records the refusal', async () => {
    const h = await appHarness();
    await expect(simulatePolicy(h.deps, CUSTOMER, request())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(5))[0]).toMatchObject({ accountId: CUSTOMER.accountId, action: 'simulatePolicy', allowed: false });
  });

  it('says when no policy has that id', async () => {
    const h = await appHarness();
    await expect(simulatePolicy(h.deps, AGENT, request({ policy: { kind: 'saved', id: 'nope' } }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
