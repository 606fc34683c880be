import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openAdminTab, confirmWithReason } from './support/adminPage.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { byTestIdWith, customUi, snap } from './support/shell.js';

interface Sender { id: string; name: string; source: string; url: string; token: string }

describe('an admin manages alert integrations in the settings page', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const senders = async (): Promise<Sender[]> => (await (await fetch(`${sandbox.url}/__sandbox/integrations`)).json()) as Sender[];

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('lists the seven integrations the sandbox seeded, one per format', async () => {
    await openAdminTab(page, 'integrations', 'integration-list');
    const rows = customUi(page).getByTestId('integration-row');
    expect(await rows.count()).toBe(7);
    const text = await customUi(page).getByTestId('integration-list').innerText();
    for (const name of ['Prometheus Alertmanager', 'Grafana alerting', 'Datadog', 'CloudWatch alarms (SNS)', 'Splunk', 'Generic events (PagerDuty Events v2)', 'Elastic Security (Kibana webhook)']) {
      expect(text).toContain(name);
    }
  });

  it('opens the Prometheus integration, with its webtrigger URL and how to authenticate', async () => {
    const ui = customUi(page);
    await ui.getByTestId('integration-open-prometheus').click();
    await ui.getByTestId('integration-details').waitFor();
    expect(await ui.getByTestId('integration-url').innerText()).toBe(`${sandbox.url}/x/webtrigger/alert-ingest?integration=prometheus`);
    expect(await ui.getByTestId('integration-auth').innerText()).toContain('Authorization: Bearer <secret>');
    // What to enter in Alertmanager itself: the receiver, with the bearer token in http_config.
    expect(await ui.getByTestId('integration-snippet').innerText()).toContain('type: Bearer');
    expect(await ui.getByTestId('integration-tool-settings').innerText()).toContain('http_config.authorization');
  });

  it('sends a test alert and sees what would happen, with nothing recorded', async () => {
    const ui = customUi(page);
    await ui.getByTestId('deliveries-empty').waitFor();
    await ui.getByTestId('test-alert-send').click();
    await ui.getByTestId('test-alert-result').waitFor();
    expect(await ui.getByTestId('test-alert-result').getAttribute('data-status')).toBe('200');
    expect(await ui.getByTestId('test-alert-outcome').getAttribute('data-outcome')).toBe('accepted');
    expect(await ui.getByTestId('test-alert-would-create').innerText()).toContain('Test alert');
    await snap(page, 'admin-integrations-test-alert');
    await ui.getByTestId('deliveries-refresh').click();
    await ui.getByTestId('deliveries-empty').waitFor();
  });

  it('shows the delivery of a real POST to the webtrigger', async () => {
    const prometheus = (await senders()).find((s) => s.id === 'prometheus')!;
    const alert = {
      version: '4', groupKey: '{}:{alertname="PaymentsDown"}', truncatedAlerts: 0, status: 'firing', receiver: 'jira', groupLabels: { alertname: 'PaymentsDown' },
      commonLabels: {}, commonAnnotations: {}, externalURL: 'http://alertmanager.example.test',
      alerts: [{ status: 'firing', labels: { alertname: 'PaymentsDown', severity: 'critical', service: 'Payments' }, annotations: { summary: 'Payments API down' },
        startsAt: '2026-11-25T13:59:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prometheus.example.test/graph', fingerprint: 'e2e-payments-down' }],
    };
    const res = await fetch(prometheus.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${prometheus.token}` }, body: JSON.stringify(alert) });
    expect(res.status).toBe(202);
    const ui = customUi(page);
    await ui.getByTestId('deliveries-refresh').click();
    const row = byTestIdWith(ui, 'delivery-row', 'data-outcome', 'accepted');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/opened ITOPS-\d+/);
    await snap(page, 'admin-integrations-delivery');
  });

  it('rotates the secret and shows the new one once, which senders then use', async () => {
    const ui = customUi(page);
    await confirmWithReason(page, 'integration-rotate', 'integration-rotate-dialog', 'Quarterly secret rotation');
    const shown = await ui.getByTestId('integration-secret-value').innerText();
    expect(shown).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await senders()).find((s) => s.id === 'prometheus')?.token).toBe(shown);
    await ui.getByTestId('integration-secret-dismiss').click();
    await ui.getByTestId('integration-secret').waitFor({ state: 'detached' });
    await ui.getByTestId('integration-previous-secret').waitFor();
  });

  it('refuses a new integration for an unknown service beside the field, then creates it and shows its secret once', async () => {
    const ui = customUi(page);
    await ui.getByTestId('integration-new').click();
    await ui.getByTestId('integration-form').waitFor();
    await ui.getByTestId('field-name').fill('Zabbix via events');
    await ui.getByTestId('field-format').selectOption('pagerduty-events-v2');
    // Events v2 senders put their credential in the body: the form offers that first.
    expect(await ui.getByTestId('field-auth').inputValue()).toBe('routing-key');
    await ui.getByTestId('field-service').fill('Billing');
    await confirmWithReason(page, 'integration-save', 'integration-save-dialog', 'Zabbix moves to the events API');
    expect(await ui.getByTestId('error-service').innerText()).toContain('must be one of the configured services');
    await ui.getByTestId('field-service').fill('Email');
    await confirmWithReason(page, 'integration-save', 'integration-save-dialog', 'Zabbix moves to the events API');
    await ui.getByTestId('integration-secret-value').waitFor();
    expect(await ui.getByTestId('integration-url').innerText()).toBe(`${sandbox.url}/x/webtrigger/alert-ingest?integration=zabbix-via-events`);
    expect(await ui.getByTestId('integration-row').count()).toBe(8);
    expect((await senders()).find((s) => s.id === 'zabbix-via-events')?.token).toBe(await ui.getByTestId('integration-secret-value').innerText());
  });

  it('saves a maintenance window with a reason, which the pipeline then applies', async () => {
    const ui = customUi(page);
    await ui.getByTestId('maintenance-windows-add').click();
    await ui.getByTestId('field-maintenanceWindows[0].service').fill('Email');
    await ui.getByTestId('field-maintenanceWindows[0].days').fill('1, 2, 3, 4, 5, 6, 7');
    await ui.getByTestId('field-maintenanceWindows[0].start').fill('00:00');
    await ui.getByTestId('field-maintenanceWindows[0].end').fill('24:00');
    await confirmWithReason(page, 'alert-settings-save', 'alert-settings-save-dialog', 'Email migration all week');
    const { body } = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getAlertSettings', {});
    expect(body.data.maintenanceWindows).toEqual([expect.objectContaining({ id: 'window-1', service: 'Email', kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7] })]);
    await ui.getByTestId('test-alert-send').click();
    await byTestIdWith(ui, 'test-alert-outcome', 'data-outcome', 'suppressed').waitFor();
    await snap(page, 'admin-integrations-maintenance');
  });
});
