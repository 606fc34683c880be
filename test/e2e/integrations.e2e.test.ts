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

  it('lists the six integrations the sandbox seeded, one per format', async () => {
    await openAdminTab(page, 'integrations', 'integration-list');
    const rows = customUi(page).getByTestId('integration-row');
    expect(await rows.count()).toBe(6);
    const text = await customUi(page).getByTestId('integration-list').innerText();
    for (const name of ['Prometheus Alertmanager', 'Grafana alerting', 'Datadog', 'CloudWatch alarms (SNS)', 'Splunk', 'Generic events (PagerDuty Events v2)']) {
      expect(text).toContain(name);
    }
  });

  it('opens the Prometheus integration, with its webtrigger URL and how to authenticate', async () => {
    const ui = customUi(page);
    await ui.getByTestId('integration-open-prometheus').click();
    await ui.getByTestId('integration-details').waitFor();
    expect(await ui.getByTestId('integration-url').innerText()).toBe(`${sandbox.url}/x/webtrigger/alert-ingest?integration=prometheus`);
    expect(await ui.getByTestId('integration-auth').innerText()).toContain('Authorization: Bearer <secret>');
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
});
