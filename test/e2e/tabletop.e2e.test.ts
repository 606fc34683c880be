import { closeSession, openSession, type E2eSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import { blockingViolations } from './support/axe.js';
import { byTestIdWith, customUi, customUiFrame, signedInContext, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';

describe('a tabletop exercise runs from its scenario to its score', () => {
  let s: E2eSession;
  let issueKey = '';
  beforeAll(async () => { s = await openSession(USERS.admin); });
  afterAll(() => closeSession(s));

  it('defines a scenario, naming an inject past the time limit beside its field before saving it', async () => {
    await openAdminTab(s.page, 'tabletop', 'tabletop-page');
    const ui = customUi(s.page);
    await ui.getByTestId('scenario-new').click();
    await ui.getByTestId('scenario-editor').waitFor();
    await ui.getByTestId('field-name').fill('Payments and network outage');
    await ui.getByTestId('field-id').fill('payments-network');
    await ui.getByTestId('field-policyId').selectOption({ label: 'IT Operations incidents' });
    await ui.getByTestId('field-services').fill('Payments');
    for (const team of ['payments-app', 'network', 'security']) await ui.getByTestId(`field-teams.${team}`).check();
    await ui.getByTestId('field-injects[0].text').fill('Card authorisations are failing across the EU');
    await ui.getByTestId('injects-add').click();
    await ui.getByTestId('field-injects[1].atMinute').fill('200');
    await ui.getByTestId('field-injects[1].text').fill('The CFO asks when card payments will be back');
    await confirmWithReason(s.page, 'scenario-save', 'scenario-save-dialog', 'Quarterly joint tabletop');
    expect(await ui.getByTestId('error-injects[1].atMinute').innerText()).toMatch(/before the time limit \(90 minutes\)/);
    await ui.getByTestId('field-injects[1].atMinute').fill('12');
    await confirmWithReason(s.page, 'scenario-save', 'scenario-save-dialog', 'Quarterly joint tabletop');
    await byTestIdWith(ui, 'scenario-card', 'data-scenario', 'payments-network').waitFor();
  });

  it('starts it as a drill whose joint protocol engages the three teams at once', async () => {
    const ui = customUi(s.page);
    await byTestIdWith(ui, 'scenario-card', 'data-scenario', 'payments-network').getByTestId('scenario-start').click();
    const result = ui.getByTestId('tabletop-result');
    await result.waitFor();
    issueKey = (await result.getAttribute('data-issue'))!;
    const drill = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'getDrillReport', { issueKey });
    expect(drill.body).toMatchObject({ ok: true, data: { drill: { status: 'running', tabletop: { scenarioId: 'payments-network' } } } });
    for (const team of ['payments-app', 'network', 'security']) {
      expect(await byTestIdWith(ui, 'tabletop-team', 'data-team', team).getByTestId('tabletop-team-through').innerText()).toBe('joint protocol');
    }
    expect(await ui.getByTestId('tabletop-engaged').innerText()).toBe('3 of 3');
    expect(await byTestIdWith(ui, 'tabletop-inject', 'data-played', 'true').count()).toBe(1);
  });

  it('the application liaison sees the inject in the panel and acknowledges for the team', async () => {
    const agent = await signedInContext(s.browser, s.sandbox.url, USERS.agent);
    try {
      const page = await agent.newPage();
      await page.goto(`/browse/${issueKey}`);
      const ui = customUi(page);
      await waitForSurface(page, 'coordination-section');
      await byTestIdWith(ui, 'timeline-item', 'data-type', 'tabletopInject').waitFor();
      await ui.getByTestId('team-acknowledge').click();
      await ui.locator('[data-testid="engaged-team"][data-team="payments-app"][data-state="acknowledged"]').waitFor();
    } finally {
      await agent.close();
    }
  });

  it('scores the exercise once the other teams\' OLAs pass unacknowledged and the next inject has played', async () => {
    await s.sandbox.api.advanceMinutes(16);
    await s.sandbox.api.settle();
    const ui = customUi(s.page);
    await ui.getByTestId('tabletop-refresh').click();
    await byTestIdWith(ui, 'tabletop-inject', 'data-played', 'false').waitFor({ state: 'detached' });
    const verdict = async (team: string) => byTestIdWith(ui, 'tabletop-team', 'data-team', team).getByTestId('tabletop-team-ola').getAttribute('data-met');
    expect([await verdict('payments-app'), await verdict('network'), await verdict('security')]).toEqual(['true', 'false', 'false']);
    expect(await ui.getByTestId('tabletop-ola').innerText()).toBe('1 of 3');
    await snap(s.page, 'tabletop-scored');
  });

  it('has no serious or critical accessibility violations on the page with a scenario editor and a result open', async () => {
    await customUi(s.page).getByTestId('scenario-new').click();
    await customUi(s.page).getByTestId('scenario-editor').waitFor();
    expect(await blockingViolations(await customUiFrame(s.page))).toEqual([]);
  });
});
