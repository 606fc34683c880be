import { acknowledgeByLink, previewAckLink } from '../../../src/app/ackLinks/acknowledgeByLink.js';
import { ackLinkUrl, signClaims } from '../../../src/app/ackLinks/ackLinkToken.js';
import { escalate, standDown } from '../../../src/app/escalation/incidentCommands.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { anIncident, at, slaAt } from '../../support/builders.js';
import { AGENT, appHarness, linkQuery } from '../../support/appHarness.js';

/** An incident paged at technical level 1 (agent-ana), with her link from the outbox. */
async function paged() {
  const h = await appHarness();
  h.host.put(anIncident({ slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, 'ITOPS-1');
  const link = h.notifier.outbox[0]!.ackLinks!.find((l) => l.accountId === 'agent-ana')!;
  return { h, link: link.url };
}

describe('acknowledgement by a signed link', () => {
  it('every page carries one link per paged user, to the ack-link webtrigger', async () => {
    const { h, link } = await paged();
    expect(h.notifier.outbox[0]!.ackLinks).toHaveLength(1);
    expect(link.startsWith('https://ack.example.test/x1/ack-link?')).toBe(true);
    expect(linkQuery(link)).toMatchObject({ i: ['ITOPS-1'], a: ['agent-ana'], e: ['1'], p: ['technical'], l: ['1'], o: ['0'], x: [String(at(24 * 60))] });
    expect(h.notifier.outbox[0]!.body).toContain('with your link below');
  });

  it('a valid link acknowledges as that user and stops the chain', async () => {
    const { h, link } = await paged();
    h.clock.advance(3);
    const r = await acknowledgeByLink(h.deps, linkQuery(link));
    expect(r).toMatchObject({ status: 200, title: 'ITOPS-1 acknowledged' });
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'agent-ana', acknowledgedAt: new Date(at(3)).toISOString(), nextEvaluationEpochMs: null });
    h.clock.advance(60);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.notifier.outbox).toHaveLength(1);
  });

  it('a second use is refused with 410 and changes nothing', async () => {
    const { h, link } = await paged();
    await acknowledgeByLink(h.deps, linkQuery(link));
    const writes = h.host.requests.write;
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 410, title: 'This link has been used' });
    expect(h.host.requests.write).toBe(writes);
  });

  it('a link whose acknowledgement could not be saved stays usable: the retry acknowledges', async () => {
    const { h, link } = await paged();
    const write = h.host.writeState.bind(h.host);
    h.host.writeState = async () => { throw new Error('Jira answered 503'); };
    await expect(acknowledgeByLink(h.deps, linkQuery(link))).rejects.toThrow('503');
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
    h.host.writeState = write;
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 200, title: 'ITOPS-1 acknowledged' });
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 410, title: 'This link has been used' });
  });

  it('an expired link is refused with 410 and stores nothing', async () => {
    const { h, link } = await paged();
    h.clock.advance(24 * 60 + 1);
    const ops = h.store.ops;
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 410, title: 'This link has expired' });
    expect(h.store.ops - ops).toBe(1); // reading the signing key, nothing written
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
  });

  it.each([
    ['another user', { a: ['lead-lee'] }],
    ['a later expiry', { x: [String(at(99_999))] }],
    ['another level', { l: ['3'] }],
    ['another incident', { i: ['ITOPS-2'] }],
    ['a forged signature', { s: ['0'.repeat(64)] }],
  ])('a link tampered with (%s) is refused with 401', async (_what, change) => {
    const { h, link } = await paged();
    expect(await acknowledgeByLink(h.deps, { ...linkQuery(link), ...change })).toMatchObject({ status: 401, title: 'This link is not valid' });
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
    expect(await h.store.listAccessLog(5)).toEqual([]);
  });

  it('a link signed with another key is refused', async () => {
    const { h } = await paged();
    const claims = { incidentKey: 'ITOPS-1', accountId: 'agent-ana', episode: 1, path: 'technical' as const, level: 1, loop: 0, expiresAt: at(60) };
    expect(await acknowledgeByLink(h.deps, linkQuery(ackLinkUrl('https://x.test/a', claims, 'not-our-key')))).toMatchObject({ status: 401 });
    expect(signClaims(claims, 'k1')).not.toBe(signClaims(claims, 'k2'));
  });

  it.each([
    ['a parameter missing', (q: Record<string, string[]>) => { delete q.s; }, 's: must appear exactly once in the link'],
    ['a parameter twice', (q: Record<string, string[]>) => { q.a = ['agent-ana', 'lead-lee']; }, 'a: must appear exactly once in the link'],
    ['a bad path', (q: Record<string, string[]>) => { q.p = ['sideways']; }, 'p: Invalid enum value'],
  ])('a malformed link (%s) is refused with 400 naming the field', async (_what, spoil, field) => {
    const { h, link } = await paged();
    const q = linkQuery(link);
    spoil(q);
    const r = await acknowledgeByLink(h.deps, q);
    expect(r.status).toBe(400);
    expect(r.message).toContain(field);
  });

  it('a link for a stale step still acknowledges: the escalation moved to level 2, level 1\'s link stops it', async () => {
    const { h, link } = await paged();
    h.clock.advance(30);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ level: 2 });
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 200 });
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'agent-ana' });
  });

  it('a link from an escalation that has ended (stood down, then restarted) is refused as gone', async () => {
    const { h, link } = await paged();
    await standDown(h.deps, AGENT, { issueKey: 'ITOPS-1', reason: 'false alarm' });
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 410, title: 'This escalation is over' });
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'it is real after all' });
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 410, title: 'This escalation is over' });
  });

  it('a paged person without the responder role is refused with 403, and the refusal is logged', async () => {
    const { h, link } = await paged();
    h.host.roles.delete('agent-ana@ITOPS');
    const r = await acknowledgeByLink(h.deps, linkQuery(link));
    expect(r).toMatchObject({ status: 403, message: 'acknowledge needs the responder or policy admin role; you have: viewer' });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: 'agent-ana', action: 'acknowledge', issueKey: 'ITOPS-1', allowed: false });
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
  });

  it('previewing a link (opening it) offers to acknowledge and changes nothing', async () => {
    const { h, link } = await paged();
    const writes = h.host.requests.write;
    expect(await previewAckLink(h.deps, linkQuery(link))).toEqual({ status: 200, canConfirm: true, title: 'Acknowledge ITOPS-1?',
      message: 'You were paged for ITOPS-1 (technical level 1). Acknowledging tells everyone you are on it and stops the escalation.' });
    expect(h.host.requests.write).toBe(writes);
    expect(await acknowledgeByLink(h.deps, linkQuery(link))).toMatchObject({ status: 200 });
  });

  it('previewing refuses the same bad links the acknowledgement does', async () => {
    const { h, link } = await paged();
    expect(await previewAckLink(h.deps, { ...linkQuery(link), l: ['2'] })).toMatchObject({ status: 401 });
    h.clock.advance(24 * 60 + 1);
    expect(await previewAckLink(h.deps, linkQuery(link))).toMatchObject({ status: 410 });
  });
});
