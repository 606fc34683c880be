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

  it('answers 503 when the ports cannot be built, so the sender retries', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await handleAlertIngest({ method: 'POST', headers: {}, queryParameters: {}, body: '{}' }, async () => { throw new Error('KVS down'); });
    expect(res.statusCode).toBe(503);
    expect(res.headers['Retry-After']).toEqual(['30']);
    error.mockRestore();
  });
});
