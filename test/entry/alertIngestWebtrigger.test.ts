import { jest } from '@jest/globals';
import { handleAlertIngest } from '../../src/entry/webtriggers/alertIngestWebtrigger.js';
import { fixture, ingestHarness } from '../app/alerts/ingest/ingestHarness.js';

describe('the alert-ingest webtrigger', () => {
  it('answers in Forge\'s response shape with a JSON body', async () => {
    const h = await ingestHarness();
    const res = await handleAlertIngest(h.request(fixture('alertmanager')), async () => h.deps);
    expect(res.statusCode).toBe(202);
    expect(res.headers['Content-Type']).toEqual(['application/json']);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'accepted', results: [{ incidentKey: 'ITOPS-1000' }] });
  });

  it('passes Retry-After through as a header list, and logs the refusal it does not store', async () => {
    const h = await ingestHarness({ rateLimitPerMinute: 1 });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await handleAlertIngest(h.request(fixture('alertmanager')), async () => h.deps);
    const res = await handleAlertIngest(h.request(fixture('alertmanager')), async () => h.deps);
    expect(res.statusCode).toBe(429);
    expect(res.headers['Retry-After']).toEqual(['60']);
    const unknown = await handleAlertIngest({ ...h.request({}), queryParameters: { integration: ['nope'] } }, async () => h.deps);
    expect(unknown.statusCode).toBe(404);
    expect(warn).toHaveBeenCalledWith('alert ingest refused 404: unknown or disabled integration');
    warn.mockRestore();
  });

  it('never logs a URL token, right or wrong, nor shows it in the answer or the delivery record', async () => {
    const h = await ingestHarness({ format: 'splunk', auth: 'url-token' });
    const lines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) => jest.spyOn(console, m).mockImplementation((...a: unknown[]) => { lines.push(a.map(String).join(' ')); }));
    const wrong = 'guessed-token-aaaaaaaaaaaaaaaaaaaa';
    const refused = await handleAlertIngest(h.request(fixture('splunk'), { query: { token: [wrong] } }), async () => h.deps);
    const accepted = await handleAlertIngest(h.request(fixture('splunk')), async () => h.deps);
    for (const s of spies) s.mockRestore();
    expect([refused.statusCode, accepted.statusCode]).toEqual([403, 202]);
    const everything = [...lines, refused.body, accepted.body, JSON.stringify(await h.alerts.listDeliveries(h.id, 10))].join('\n');
    expect(lines).toContain('alert ingest refused 403: wrong token');
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(h.request({}).queryParameters['token']![0]!);
  });

  it('answers 503 when the ports cannot be built, so the sender retries', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await handleAlertIngest({ method: 'POST', headers: {}, queryParameters: {}, body: '{}' }, async () => { throw new Error('KVS down'); });
    expect(res.statusCode).toBe(503);
    expect(res.headers['Retry-After']).toEqual(['30']);
    error.mockRestore();
  });
});
