import { rotateIntegrationSecret } from '../../../../src/app/alerts/admin/rotateIntegrationSecret.js';
import { previewAlert } from '../../../../src/app/alerts/ingest/previewAlert.js';
import { AppError } from '../../../../src/app/shared/appError.js';
import { SOURCE_FORMATS } from '../../../../src/contracts/integration.js';
import { ADMIN } from '../../../support/appHarness.js';
import { fixture, ingestHarness, SECRET } from './ingestHarness.js';

describe('send test alert', () => {
  it.each(SOURCE_FORMATS)('previews a sample %s alert without storing, creating or paging anything', async (format) => {
    const h = await ingestHarness({ id: 'probe', format, auth: format === 'cloudwatch-sns' ? 'sns' : 'bearer' });
    const before = JSON.stringify([await h.alerts.listDeliveries('probe', 200), await h.alerts.loadIngest('probe')]);
    const res = await previewAlert(h.deps, 'probe');
    expect(res.status).toBe(200);
    expect(res.results[0]).toMatchObject({ outcome: 'accepted', wouldCreate: { projectKey: 'ITOPS', labels: ['alert-probe'] } });
    expect(h.host.created).toEqual([]);
    expect(h.notifier.outbox).toEqual([]);
    expect(JSON.stringify([await h.alerts.listDeliveries('probe', 200), await h.alerts.loadIngest('probe')])).toBe(before);
  });

  it('previews a pasted payload, including a malformed one, naming the field', async () => {
    const h = await ingestHarness();
    expect((await previewAlert(h.deps, h.id, fixture('alertmanager'))).results[0]).toMatchObject({ wouldCreate: { summary: '[CRITICAL] p99 checkout latency above 2 s' } });
    const bad = await previewAlert(h.deps, h.id, { version: '4' });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'status' }, { field: 'alerts' }] } });
    expect(await h.alerts.listDeliveries(h.id, 10)).toEqual([]);
  });

  it('refuses an unknown integration', async () => {
    const h = await ingestHarness();
    await expect(previewAlert(h.deps, 'nope')).rejects.toThrow(AppError);
  });
});

describe('rotating an integration secret', () => {
  it('returns a fresh secret and keeps the old one working for the overlap', async () => {
    const h = await ingestHarness();
    const { secret, previousSecretValidUntil } = await rotateIntegrationSecret(h.deps, ADMIN, { id: h.id, overlapHours: 24, reason: 'quarterly rotation' });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(previousSecretValidUntil).toBe('2026-11-28T09:00:00.000Z');
    expect(await h.alerts.getSecret(h.id)).toEqual({ current: secret, previous: SECRET, previousValidUntil: '2026-11-28T09:00:00.000Z' });
    expect((await h.send(fixture('alertmanager'))).status).toBe(202);
    expect((await h.send(fixture('alertmanager'), { headers: { Authorization: [`Bearer ${secret}`] } })).status).toBe(202);
    h.clock.advance(24 * 60);
    expect((await h.send(fixture('alertmanager'))).status).toBe(403);
  });
});
