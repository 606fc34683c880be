import { closeSession, openSession, type E2eSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { chosenInPicker, confirmWithReason, openAdminTab, pickFromDirectory } from './support/adminPage.js';
import { blockingViolations } from './support/axe.js';
import { byTestIdWith, customUi, customUiFrame, snap } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';

describe('the Teams tab chooses members and liaisons with the people picker', () => {
  let s: E2eSession;
  beforeAll(async () => { s = await openSession(USERS.admin); });
  afterAll(() => closeSession(s));

  it('shows the seeded teams\' liaisons and members by display name', async () => {
    await openAdminTab(s.page, 'teams', 'teams-page');
    const network = byTestIdWith(customUi(s.page), 'team-card', 'data-team', 'network');
    await network.getByTestId('team-liaisons').getByText('Ben Agent').waitFor();
    await network.getByTestId('team-members').getByText('Omar Lead').waitFor();
    expect(await network.getByTestId('team-members').innerText()).toBe('Ben Agent, Omar Lead');
  });

  it('names a liaison who is not a member beside the liaisons picker, and saves nothing', async () => {
    const ui = customUi(s.page);
    await ui.getByTestId('team-new').click();
    await ui.getByTestId('team-editor').waitFor();
    await ui.getByTestId('field-name').fill('Database platform');
    await ui.getByTestId('field-id').fill('database');
    await pickFromDirectory(s.page, 'members', 'lena', 'Lena Lead');
    await pickFromDirectory(s.page, 'liaisons', 'omar', 'Omar Lead');
    await confirmWithReason(s.page, 'team-save', 'team-save-dialog', 'Database outages need their own liaison');
    expect(await ui.getByTestId('error-liaisons').innerText()).toMatch(/must be a member of the team/);
    expect(await blockingViolations(await customUiFrame(s.page))).toEqual([]);
    const stored = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listTeams', {});
    expect(stored.body.data.map((t: { team: { id: string } }) => t.team.id)).not.toContain('database');
  });

  it('saves the people chosen as account ids and shows them by name', async () => {
    const ui = customUi(s.page);
    await ui.getByTestId('chosen-liaisons-0').getByRole('button').click();
    await pickFromDirectory(s.page, 'members', 'omar', 'Omar Lead');
    await pickFromDirectory(s.page, 'liaisons', 'omar', 'Omar Lead');
    await pickFromDirectory(s.page, 'managers', 'dev', 'Dev Director');
    expect(await chosenInPicker(s.page, 'members')).toEqual(['Lena Lead', 'Omar Lead']);
    await confirmWithReason(s.page, 'team-save', 'team-save-dialog', 'Database outages need their own liaison');
    const card = byTestIdWith(ui, 'team-card', 'data-team', 'database');
    await card.waitFor();
    expect(await card.getByTestId('team-members').innerText()).toBe('Lena Lead, Omar Lead');
    expect(await card.getByTestId('team-liaisons').innerText()).toBe('Omar Lead');
    expect(await card.getByTestId('team-managers').innerText()).toBe('Dev Director');
    await snap(s.page, 'teams-picker-saved');
    const stored = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listTeams', {});
    const database = stored.body.data.find((t: { team: { id: string } }) => t.team.id === 'database');
    expect(database.team).toMatchObject({ members: ['sandbox-lead-lena', 'sandbox-lead-omar'], liaisons: ['sandbox-lead-omar'], managers: ['sandbox-director-dev'] });
  });

  it('refuses on the server an account id Jira does not know, naming its field', async () => {
    const stored = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listTeams', {});
    const database = stored.body.data.find((t: { team: { id: string } }) => t.team.id === 'database');
    const team = { ...database.team, members: [...database.team.members, 'no-such-account'] };
    const r = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'saveTeam', { team, expectedVersion: database.version, reason: 'a typed id' });
    expect(r.body).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'team.members[2]', message: expect.stringContaining('no-such-account') }] } });
    const after = await s.sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listTeams', {});
    expect(after.body.data.find((t: { team: { id: string } }) => t.team.id === 'database').version).toBe(database.version);
  });
});
