import type { Page } from 'playwright-core';
import { closeSession, openSession, type E2eSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// The sandbox's clock stands at Wednesday 25 November 14:00 London. This rotation's shifts change
// daily at 15:00: Ana's shift (from the 24th) ends in an hour, and Lena's starts.
const SCHEDULE = {
  id: 'handover-demo', name: 'Handover demo', timeZone: 'Europe/London', overrides: [],
  layers: [{ name: 'Daily', rotation: { kind: 'daily', handoffTime: '15:00', timeZone: 'Europe/London', participants: ['sandbox-agent-ana', 'sandbox-lead-lena'], startDate: '2026-11-24' } }],
};
const ISSUE = 'ITOPS-2';

async function openDuties(page: Page): Promise<void> {
  await page.goto('/jira/apps/escalation-dashboard');
  await waitForSurface(page, 'tab-duties');
  await customUi(page).getByTestId('tab-duties').click();
  await waitForSurface(page, 'shift-handovers');
}

describe('a shift handover from the outgoing to the incoming on-call', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession(USERS.agent);
    const saved = await s.sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveSchedule', { schedule: SCHEDULE, reason: 'Daily handover rota' });
    expect(saved.body).toMatchObject({ ok: true });
  });
  afterAll(() => closeSession(s));

  it('the outgoing on-call writes the handover under My duties, with a note the server checks', async () => {
    await openDuties(s.page);
    const ui = customUi(s.page);
    await ui.getByTestId('field-scheduleId').selectOption({ label: 'Handover demo' });
    await ui.getByTestId('field-incidentKeys').fill(ISSUE);
    await ui.getByTestId('field-note').fill('ok');
    await ui.getByTestId('shift-handover-submit').click();
    expect(await ui.getByTestId('error-note').innerText()).toMatch(/at least 3 characters/);
    await ui.getByTestId('field-note').fill('Card payments failing for EU customers; the acquirer is checking their side, call back at 15:30');
    await ui.getByTestId('shift-handover-submit').click();
    const given = ui.getByTestId('shift-handoffs-given').getByTestId('shift-handoff');
    await given.waitFor();
    expect(await given.getAttribute('data-state')).toBe('requested');
    expect(await given.innerText()).toContain('Lena Lead');
  });

  it('the incoming on-call accepts it, and the incident\'s timeline records both', async () => {
    const lena = await signedInContext(s.browser, s.sandbox.url, USERS.lead);
    try {
      const page = await lena.newPage();
      await openDuties(page);
      const ui = customUi(page);
      const item = ui.getByTestId('shift-handoffs-to-accept').getByTestId('shift-handoff');
      expect(await item.getByTestId('shift-handoff-note').innerText()).toContain('call back at 15:30');
      await item.getByTestId('shift-handoff-accept').click();
      await byTestIdWith(ui, 'shift-handoff', 'data-state', 'accepted').waitFor();
      await snap(page, 'shift-handover-accepted');
    } finally {
      await lena.close();
    }
    const view = await s.sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'getIncidentView', { issueKey: ISSUE }, ISSUE);
    const types = view.body.data.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['shiftHandoffRequested', 'shiftHandoffAccepted']));
  });
});
