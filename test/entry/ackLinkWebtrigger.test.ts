import { jest } from '@jest/globals';
import { evaluateIncident } from '../../src/app/escalation/evaluateIncident.js';
import { handleAckLink } from '../../src/entry/webtriggers/ackLinkWebtrigger.js';
import { anIncident, slaAt } from '../support/builders.js';
import { appHarness, linkQuery } from '../support/appHarness.js';

async function pagedLink() {
  const h = await appHarness();
  h.host.put(anIncident({ slas: [slaAt(180)] }));
  await evaluateIncident(h.deps, 'ITOPS-1');
  return { h, query: linkQuery(h.notifier.outbox[0]!.ackLinks![0]!.url) };
}

const request = (queryParameters: Record<string, string[]>, method = 'GET') => ({ method, path: '/', headers: {}, queryParameters, body: '' });

describe('the ack-link webtrigger', () => {
  it('opening a link shows an Acknowledge button and changes nothing (mail scanners open links too)', async () => {
    const { h, query } = await pagedLink();
    const r = await handleAckLink(request(query), async () => h.deps);
    expect(r.statusCode).toBe(200);
    expect(r.headers['Content-Type']).toEqual(['text/html; charset=utf-8']);
    expect(r.body).toContain('<h1>Acknowledge ITOPS-1?</h1>');
    expect(r.body).toContain('<form method="post">');
    expect(h.host.states.get('ITOPS-1')?.status).toBe('active');
  });

  it('the button posts back to the link and acknowledges, with a small HTML page', async () => {
    const { h, query } = await pagedLink();
    const r = await handleAckLink(request(query, 'POST'), async () => h.deps);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<h1>ITOPS-1 acknowledged</h1>');
    expect(r.body).not.toContain('<form');
    expect(h.host.states.get('ITOPS-1')?.acknowledgedBy).toBe('agent-ana');
    const again = await handleAckLink(request(query), async () => h.deps);
    expect(again.body).toContain('<h1>ITOPS-1 was already acknowledged</h1>');
    expect((await handleAckLink(request(query, 'POST'), async () => h.deps)).statusCode).toBe(410);
  });

  it('opening a tampered link refuses it at once, with no button', async () => {
    const { h, query } = await pagedLink();
    const r = await handleAckLink(request({ ...query, a: ['lead-lee'] }), async () => h.deps);
    expect(r.statusCode).toBe(401);
    expect(r.body).not.toContain('<form');
  });

  it('refuses a request it cannot read with 400', async () => {
    const { h } = await pagedLink();
    expect((await handleAckLink({ nonsense: true }, async () => h.deps)).statusCode).toBe(400);
    expect((await handleAckLink({ ...request({}), method: 'DELETE' }, async () => h.deps)).statusCode).toBe(400);
  });

  it('escapes what it echoes, so a crafted link cannot inject markup', async () => {
    const { h, query } = await pagedLink();
    const r = await handleAckLink(request({ ...query, p: ['<script>x</script>'] }), async () => h.deps);
    expect(r.statusCode).toBe(400);
    expect(r.body).not.toContain('<script>');
  });

  it('a failure that is not a refusal says to try again, and is not dressed as a refusal', async () => {
    const { h, query } = await pagedLink();
    h.host.getIncident = async () => { throw new Error('Jira is down'); };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await handleAckLink(request(query, 'POST'), async () => h.deps);
    spy.mockRestore();
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('Please try again');
  });
});
