import { handleAckLink } from '../../../../src/entry/webtriggers/ackLinkWebtrigger.js';
import { at } from '../../../support/builders.js';
import { linkQuery } from '../../../support/appHarness.js';
import { commsConfig, commsHarness, P1 } from '../commsHarness.js';

const request = (queryParameters: Record<string, string[]>, method = 'GET') => ({ method, path: '/', headers: {}, queryParameters, body: '' });

/** director-dee paged to the P1 bridge at T0, holding their signed acknowledgement link. */
async function pagedOwner() {
  const h = await commsHarness();
  await h.evaluate();
  const query = linkQuery(h.notifier.outbox[0]!.ackLinks![0]!.url);
  const run = (q: Record<string, string[]>, method?: string) => handleAckLink(request(q, method), async () => h.deps);
  return { h, query, run };
}

describe('confirming the bridge join from the signed link', () => {
  it('the page the link opens offers "I\'ve joined the bridge" besides Acknowledge, changing nothing', async () => {
    const { h, query, run } = await pagedOwner();
    const r = await run(query);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<form method="post"><button');
    expect(r.body).toMatch(/<form method="post" action="\?i=ITOPS-1&#38;a=director-dee&#38;[^"]*&#38;act=join"><button[^>]*>I've joined the bridge</);
    expect((await h.comms()).bridge?.owners[0]?.joinedAt).toBeNull();
  });

  it('posting with act=join records the join as the person the link names, without acknowledging or spending the link', async () => {
    const { h, query, run } = await pagedOwner();
    h.clock.set(at(6));
    const r = await run({ ...query, act: ['join'] }, 'POST');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Bridge join confirmed');
    expect((await h.comms()).bridge?.owners[0]).toMatchObject({ joinedAt: new Date(at(6)).toISOString(), confirmedBy: 'director-dee' });
    expect(h.host.states.get(P1)?.status).toBe('active');
    expect((await run({ ...query, act: ['join'] }, 'POST')).body).toContain('You had already confirmed joining');
    expect((await run(query, 'POST')).body).toContain('acknowledged');
    expect((await run(query)).body).not.toContain('act=join');
  });

  it('refuses a tampered link', async () => {
    const { h, query, run } = await pagedOwner();
    const r = await run({ ...query, a: ['cio-cat'], act: ['join'] }, 'POST');
    expect(r.statusCode).toBe(401);
    expect((await h.comms()).bridge?.owners.every((o) => o.joinedAt === null)).toBe(true);
  });

  it('offers no join where no bridge is open, and refuses one posted anyway', async () => {
    const h = await commsHarness(commsConfig({ bridge: undefined }));
    await h.evaluate();
    const query = linkQuery(h.notifier.outbox[0]!.ackLinks![0]!.url);
    expect((await handleAckLink(request(query), async () => h.deps)).body).not.toContain('act=join');
    const r = await handleAckLink(request({ ...query, act: ['join'] }, 'POST'), async () => h.deps);
    expect(r.statusCode).toBe(410);
    expect(r.body).toContain('has no open bridge to join');
  });

  it('the follow-up page carries the owner\'s own link', async () => {
    const { h } = await pagedOwner();
    h.clock.set(at(10));
    await h.evaluate();
    const followUp = h.notifier.outbox.find((m) => m.subject.includes('Bridge: please join now'));
    expect(followUp?.ackLinks?.map((l) => l.accountId)).toEqual(['director-dee']);
  });
});
