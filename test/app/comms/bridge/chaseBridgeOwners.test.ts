import { sweep } from '../../../../src/app/escalation/sweep.js';
import { acknowledge } from '../../../../src/app/escalation/incidentCommands.js';
import { confirmBridgeJoin } from '../../../../src/app/comms/bridge/confirmBridgeJoin.js';
import { at } from '../../../support/builders.js';
import { AGENT } from '../../../support/appHarness.js';
import { commsHarness, P1, PAYMENTS_BRIDGE } from '../commsHarness.js';

/** Escalated at T0 (director-dee paged to the bridge), then acknowledged so the engine itself pages nobody else. */
async function escalatedAndAcknowledged() {
  const h = await commsHarness();
  await h.evaluate();
  h.clock.advance(2);
  await acknowledge(h.deps, AGENT, P1);
  return h;
}
const bridgePages = (h: Awaited<ReturnType<typeof commsHarness>>) => h.notifier.outbox.filter((m) => m.subject.includes('Bridge:'));

describe('chasing owners who have not confirmed joining the bridge', () => {
  it('does nothing before the deadline', async () => {
    const h = await escalatedAndAcknowledged();
    h.clock.set(at(9));
    await h.evaluate();
    expect(bridgePages(h)).toEqual([]);
  });

  it('follows up once at the deadline: a page to the owner with the bridge details, logged and on the timeline', async () => {
    const h = await escalatedAndAcknowledged();
    h.clock.set(at(10));
    await h.evaluate();
    await h.evaluate();
    expect(bridgePages(h)).toEqual([expect.objectContaining({ targets: [{ type: 'user', accountId: 'director-dee' }],
      subject: '[ITOPS-1] Bridge: please join now', idempotencyKey: 'bridge-follow-up:ITOPS-1:1:director-dee' })]);
    expect(bridgePages(h)[0]?.body).toContain(PAYMENTS_BRIDGE);
    expect((await h.events('bridgeMissed')).map((e) => e.detail)).toEqual(['director-dee did not confirm joining the bridge by 2026-11-27T09:10:00.000Z; followed up.']);
    expect((await h.events('communication')).map((e) => e.actor)).toEqual(['bridge-follow-up']);
    expect(h.host.comments.some((c) => c.body.includes('Sent by: rule "bridge-follow-up"') && c.body.includes('director-dee'))).toBe(true);
    expect((await h.comms()).bridge?.owners[0]?.followedUpAt).toBe(new Date(at(10)).toISOString());
  });

  it('escalates once when the follow-up goes unanswered: the next level of the owner\'s path is paged and must join too', async () => {
    const h = await escalatedAndAcknowledged();
    h.clock.set(at(10));
    await h.evaluate();
    h.clock.set(at(20));
    await h.evaluate();
    await h.evaluate();
    expect(bridgePages(h).map((m) => m.targets)).toEqual([[{ type: 'user', accountId: 'director-dee' }], [{ type: 'user', accountId: 'cio-cat' }]]);
    expect((await h.events('bridgeMissed')).map((e) => e.detail)).toContain(
      'director-dee still had not joined the bridge after a follow-up; escalated to executive level 2.');
    const owners = (await h.comms()).bridge?.owners ?? [];
    expect(owners.map((o) => [o.accountId, o.escalatedAt, o.deadline])).toEqual([
      ['director-dee', new Date(at(20)).toISOString(), new Date(at(10)).toISOString()],
      ['cio-cat', null, new Date(at(30)).toISOString()]]);
    expect(h.host.states.get(P1)?.nextEvaluationEpochMs).toBe(at(30));
  });

  it('stops chasing someone who confirmed, even late', async () => {
    const h = await escalatedAndAcknowledged();
    h.clock.set(at(12));
    await h.evaluate();
    await confirmBridgeJoin(h.deps, { accountId: 'director-dee' }, { issueKey: P1 });
    h.clock.set(at(30));
    await h.evaluate();
    expect(bridgePages(h)).toHaveLength(1);
  });

  it('stops chasing when the escalation is over', async () => {
    const h = await escalatedAndAcknowledged();
    h.host.put({ ...(await h.host.getIncident(P1))!.incident, statusCategory: 'done' }, h.host.states.get(P1) ?? null);
    h.clock.set(at(10));
    await h.evaluate();
    expect(h.host.states.get(P1)?.status).toBe('resolved');
    expect(bridgePages(h)).toEqual([]);
  });

  it('times the deadline exactly: the timer after the acknowledgement is due at the join deadline', async () => {
    const h = await escalatedAndAcknowledged();
    expect(h.host.states.get(P1)).toMatchObject({ status: 'acknowledged', nextEvaluationEpochMs: at(10) });
    expect(h.queue.timers.at(-1)).toEqual({ incidentKey: P1, delaySeconds: 480, dueAtMs: at(10) });
  });

  it('the five-minute sweep catches up on a missed deadline when no timer fired', async () => {
    const h = await escalatedAndAcknowledged();
    h.clock.set(at(15));
    await sweep(h.deps, { remainingMs: () => 60_000 });
    expect(bridgePages(h).map((m) => m.targets)).toEqual([[{ type: 'user', accountId: 'director-dee' }]]);
  });
});
