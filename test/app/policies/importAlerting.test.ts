import { createIntegration } from '../../../src/app/alerts/admin/createIntegration.js';
import { importConfiguration } from '../../../src/app/policies/importConfiguration.js';
import { EXPORT_FORMAT } from '../../../src/contracts/configTransfer.js';
import { IntegrationSchema } from '../../../src/contracts/integration.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { anIntegrationInput } from '../alerts/admin/integrationHarness.js';

async function withIntegration() {
  const h = await appHarness();
  const created = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'alerts from prod' });
  const config = await h.store.getConfig();
  const bundle = (more: Record<string, unknown>) => ({ format: EXPORT_FORMAT, formatVersion: 2 as const, config, policies: [], ...more });
  return { h, secret: created.secret, bundle };
}

const request = (bundle: unknown) => ({ bundle: bundle as never, expectedVersions: {}, deleteMissing: false, reason: 'move the alert rules' });

describe('importing integrations and alert settings with the configuration', () => {
  it('changes an integration\'s rules and webhook, creates a new one with its own secret, and keeps the existing secret', async () => {
    const { h, secret, bundle } = await withIntegration();
    const changed = IntegrationSchema.parse(anIntegrationInput({
      correlation: [{ id: 'svc', kind: 'same-service', withinMinutes: 10 }], sustain: { forMinutes: 5 },
      onResolved: 'resolve', outboundWebhook: { url: 'https://monitor.example.test/hook', on: ['acknowledged', 'resolved'] },
    }));
    const added = IntegrationSchema.parse(anIntegrationInput({ id: 'grafana-eu', name: 'Grafana EU', format: 'grafana' }));
    const settings = { maintenanceWindows: [{ id: 'sun', service: 'Payments', kind: 'weekly', timeZone: 'UTC', days: [7], start: '02:00', end: '04:00' }], peakHours: [] };
    const r = await importConfiguration(h.deps, ADMIN, request(bundle({ integrations: [changed, added], alertSettings: settings })));
    expect(r).toMatchObject({ integrationsSaved: ['prom-prod'], integrationsCreated: ['grafana-eu'], alertSettingsSaved: true, configChanged: false });
    expect(await h.alerts.getIntegration('prom-prod')).toEqual(changed);
    expect((await h.alerts.getSecret('prom-prod'))?.current).toBe(secret);
    expect((await h.alerts.getSecret('grafana-eu'))?.current).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await h.alerts.getAlertSettings()).maintenanceWindows.map((w) => w.id)).toEqual(['sun']);
    expect((await h.store.listAccessLog(1))[0]?.reason).toContain('integration grafana-eu');
  });

  it('refuses every bad integration and alert-settings field at once, naming each, and applies nothing', async () => {
    const { h, bundle } = await withIntegration();
    const before = await h.alerts.getIntegration('prom-prod');
    const bad = bundle({
      integrations: [
        anIntegrationInput({ sustain: { forMinutes: 5 } }),
        anIntegrationInput({ id: 'b', correlation: [{ id: 'x', kind: 'same-labels', keys: [] }, { id: 'x', kind: 'same-labels', keys: ['env'] }] }),
        anIntegrationInput({ id: 'c', outboundWebhook: { url: 'http://plain.example.test', on: ['resolved'] } }),
      ],
      alertSettings: { maintenanceWindows: [{ id: 'w', service: 'Payments', kind: 'one-off', start: '2026-11-25T15:00:00Z', end: '2026-11-25T14:00:00Z' }], peakHours: [] },
    });
    await expect(importConfiguration(h.deps, ADMIN, request(bad))).rejects.toMatchObject({
      code: 'INVALID',
      fields: expect.arrayContaining([
        { field: 'integrations[1].correlation[1].id', message: '"x" is used by an earlier rule' },
        { field: 'integrations[2].outboundWebhook.url', message: 'must be an https URL' },
        { field: 'alertSettings.maintenanceWindows[0].end', message: 'must end after it starts' },
      ]),
    });
    expect(await h.alerts.getIntegration('prom-prod')).toEqual(before);
    expect(await h.alerts.getIntegration('b')).toBeNull();
  });

  it('refuses an integration whose default service is neither stored nor imported', async () => {
    const { h, bundle } = await withIntegration();
    await expect(importConfiguration(h.deps, ADMIN, request(bundle({ integrations: [anIntegrationInput({ service: 'Warehouse' })] }))))
      .rejects.toMatchObject({ fields: [{ field: 'integrations[0].service', message: expect.stringContaining('configured services') }] });
  });

  it('is refused to an agent', async () => {
    const { h, bundle } = await withIntegration();
    await expect(importConfiguration(h.deps, AGENT, request(bundle({ integrations: [] })))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
