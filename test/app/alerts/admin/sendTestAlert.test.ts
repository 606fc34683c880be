import { createIntegration } from '../../../../src/app/alerts/admin/createIntegration.js';
import { saveAlertSettings } from '../../../../src/app/alerts/admin/alertSettingsAdmin.js';
import { sendTestAlert } from '../../../../src/app/alerts/admin/sendTestAlert.js';
import { listIntegrations } from '../../../../src/app/alerts/admin/listIntegrations.js';
import { AUTH_BY_FORMAT, SOURCE_FORMATS, type AuthKind, type SourceFormatName } from '../../../../src/contracts/integration.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { anIntegrationInput, integrationHarness } from './integrationHarness.js';

async function withIntegration(format: SourceFormatName = 'alertmanager', auth: AuthKind = 'bearer') {
  const h = await integrationHarness();
  await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ format, auth }), reason: 'test alerts' });
  return { h };
}

/** Nothing a dry run may leave behind: deliveries, incidents, pages. */
async function nothingStored(h: Awaited<ReturnType<typeof integrationHarness>>) {
  expect(await h.alerts.listDeliveries('prom-prod', 10)).toEqual([]);
  expect(h.host.created).toEqual([]);
  expect(h.host.comments).toEqual([]);
  expect(h.notifier.outbox).toEqual([]);
}

describe('send test alert', () => {
  test.each(SOURCE_FORMATS)('the %s sample would open an incident; nothing is stored or paged', async (format) => {
    const { h } = await withIntegration(format, AUTH_BY_FORMAT[format][0]);
    const r = await sendTestAlert(h.deps, ADMIN, { id: 'prom-prod' });
    expect(r.httpStatus).toBe(200);
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ outcome: 'accepted', reason: expect.stringContaining('would open an incident in ITOPS'), incidentKey: null });
    expect(r.results[0]?.wouldCreate).toMatchObject({ summary: expect.stringContaining('Test alert'), service: 'Payments', impact: expect.any(String), urgency: expect.any(String) });
    await nothingStored(h);
  });

  it('previews the sample the admin page shows for the integration', async () => {
    const { h } = await withIntegration();
    const [view] = await listIntegrations(h.deps, ADMIN);
    const r = await sendTestAlert(h.deps, ADMIN, { id: 'prom-prod', payload: JSON.stringify(view!.samplePayload, null, 2) });
    expect(r.results[0]).toMatchObject({ outcome: 'accepted' });
    await nothingStored(h);
  });

  it('says the alert would be suppressed, naming the maintenance window', async () => {
    const { h } = await withIntegration();
    await saveAlertSettings(h.deps, ADMIN, { maintenanceWindows: [{ id: 'payments-upgrade', service: 'Payments', kind: 'one-off', start: '2026-11-27T08:00:00.000Z', end: '2026-11-27T12:00:00.000Z' }] }, 'upgrade');
    const r = await sendTestAlert(h.deps, ADMIN, { id: 'prom-prod' });
    expect(r.results[0]).toMatchObject({ outcome: 'suppressed', reason: expect.stringContaining('payments-upgrade') });
    await nothingStored(h);
  });

  it('answers a pasted body that is not JSON as the endpoint would: 400', async () => {
    const { h } = await withIntegration();
    const r = await sendTestAlert(h.deps, ADMIN, { id: 'prom-prod', payload: '{"version": "4", ' });
    expect(r).toMatchObject({ httpStatus: 400, reason: 'body: not valid JSON' });
    await nothingStored(h);
  });

  it('names the field a pasted payload lacks', async () => {
    const { h } = await withIntegration();
    const r = await sendTestAlert(h.deps, ADMIN, { id: 'prom-prod', payload: { version: '4', status: 'firing' } });
    expect(r.httpStatus).toBe(400);
    expect(r.reason).toMatch(/^body\.alerts: /);
    await nothingStored(h);
  });

  it('is for policy admins only, and refuses an unknown integration', async () => {
    const { h } = await withIntegration();
    await expect(sendTestAlert(h.deps, AGENT, { id: 'prom-prod' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sendTestAlert(h.deps, ADMIN, { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
