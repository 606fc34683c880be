import { addOwners } from '../../../../src/app/comms/bridge/openBridge.js';
import { escalate } from '../../../../src/app/escalation/incidentCommands.js';
import { anIncident, at, slaAt } from '../../../support/builders.js';
import { AGENT } from '../../../support/appHarness.js';
import { BRIDGE_URL, commsConfig, commsHarness, P1, PAYMENTS_BRIDGE, PAYMENTS_DIAL_IN } from '../commsHarness.js';

describe('opening the bridge when an escalation pages', () => {
  it('opens the service line for a P1 on Payments: the page carries it, the owner has ten minutes, the timeline says so', async () => {
    const h = await commsHarness();
    await h.evaluate();
    const [page] = h.notifier.outbox;
    expect(page?.targets).toEqual([{ type: 'user', accountId: 'director-dee' }]);
    expect(page?.body).toContain(`Bridge line: ${PAYMENTS_BRIDGE} (dial-in ${PAYMENTS_DIAL_IN}). Join within 10 minutes`);
    const comms = await h.comms();
    expect(comms.bridge).toMatchObject({ episode: 1, openedAt: new Date(at(0)).toISOString(), details: { url: PAYMENTS_BRIDGE, dialIn: PAYMENTS_DIAL_IN, source: 'service' } });
    expect(comms.bridge?.owners).toEqual([expect.objectContaining({ accountId: 'director-dee', path: 'executive', level: 1,
      pagedAt: new Date(at(0)).toISOString(), deadline: new Date(at(10)).toISOString(), joinedAt: null })]);
    expect((await h.events('bridgeOpened')).map((e) => e.detail)).toEqual([expect.stringContaining(PAYMENTS_BRIDGE)]);
  });

  it('uses the global line for a service without its own', async () => {
    const h = await commsHarness();
    h.host.put(anIncident({ key: 'ITOPS-2', service: 'Email', components: ['Email'], impact: 'Extensive / Widespread', urgency: 'Critical', slas: [slaAt(180)] }));
    await h.evaluate('ITOPS-2');
    expect(h.notifier.outbox[0]?.body).toContain(`Bridge line: ${BRIDGE_URL}. Join within 10 minutes`);
  });

  it('opens no bridge below the configured priority, and pages without bridge details', async () => {
    const h = await commsHarness();
    h.host.put(anIncident({ key: 'ITOPS-3', slas: [slaAt(180)] }));
    await h.evaluate('ITOPS-3');
    expect(h.host.states.get('ITOPS-3')?.priority).toBe('P4');
    expect(h.notifier.outbox[0]?.body).not.toContain('Bridge line');
    expect(await h.host.getIssueProperty('ITOPS-3', 'comms')).toBeUndefined();
  });

  it('opens no bridge when no line is configured, and does not read the comms property for it', async () => {
    const h = await commsHarness(commsConfig({ bridge: undefined }));
    await h.evaluate();
    expect(h.notifier.outbox[0]?.body).not.toContain('Bridge line');
    expect((await h.comms()).bridge).toBeNull();
    expect(await h.events('bridgeOpened')).toEqual([]);
  });

  it('re-running the same evaluation opens nothing twice and writes nothing', async () => {
    const h = await commsHarness();
    await h.evaluate();
    const writes = h.host.requests.write;
    await h.evaluate();
    expect(h.notifier.outbox).toHaveLength(1);
    expect(await h.events('bridgeOpened')).toHaveLength(1);
    expect(h.host.requests.write).toBe(writes);
  });

  it('sets the exact timer to the join deadline when it comes before the engine\'s next step', async () => {
    const h = await commsHarness();
    await h.evaluate();
    expect(h.host.states.get(P1)).toMatchObject({ ackDueAt: new Date(at(15)).toISOString(), nextEvaluationEpochMs: at(10) });
    expect(h.queue.timers.at(-1)).toEqual({ incidentKey: P1, delaySeconds: 600, dueAtMs: at(10) });
  });

  it('a manual escalation starts a new episode, which opens the bridge afresh for the people it pages', async () => {
    const h = await commsHarness();
    await h.evaluate();
    h.clock.advance(5);
    await escalate(h.deps, AGENT, { issueKey: P1, path: 'executive', level: 2, reason: 'the CIO must join' });
    const bridge = (await h.comms()).bridge;
    expect(bridge).toMatchObject({ episode: 2, openedAt: new Date(at(5)).toISOString() });
    expect(bridge?.owners.map((o) => [o.accountId, o.level, o.deadline])).toEqual([['cio-cat', 2, new Date(at(15)).toISOString()]]);
    expect(h.notifier.outbox.at(-1)?.body).toContain(`Bridge line: ${PAYMENTS_BRIDGE}`);
    expect(await h.events('bridgeOpened')).toHaveLength(2);
  });
});

describe('addOwners', () => {
  const now = new Date(at(5));
  const dee = { accountId: 'director-dee', path: 'executive' as const, level: 1 };
  const first = addOwners([], [dee], new Date(at(0)), 10);

  it('gives someone newly paged a deadline joinMinutes after the page', () => {
    expect(first).toEqual([expect.objectContaining({ accountId: 'director-dee', deadline: new Date(at(10)).toISOString() })]);
  });

  it('keeps the first deadline when the same person is paged again, returning the same list', () => {
    expect(addOwners(first, [dee], now, 10)).toBe(first);
  });

  it('lists each person once when one page names them twice', () => {
    expect(addOwners([], [dee, dee], now, 10)).toHaveLength(1);
  });
});

describe('the stored next evaluation with a bridge open', () => {
  it('keeps the engine\'s next step for "next level" while the timer and sweep field carry the earlier join deadline', async () => {
    const h = await commsHarness();
    await h.evaluate();
    expect(h.host.states.get(P1)).toMatchObject({ nextEvaluationAt: new Date(at(30)).toISOString(), nextEvaluationEpochMs: at(10) });
  });
});
