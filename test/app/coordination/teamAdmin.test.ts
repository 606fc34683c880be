import { listTeams, saveTeam } from '../../../src/app/coordination/teamAdmin.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import type { TeamInput } from '../../../src/contracts/team.js';
import { ADMIN, appHarness } from '../../support/appHarness.js';
import { aTeam, coordinationConfig } from '../../support/coordinationBuilders.js';

async function withNetworkPeople() {
  const h = await appHarness();
  await saveConfig(h.deps, ADMIN, coordinationConfig(), 'services the teams own');
  for (const m of ['net-ned', 'net-nia', 'net-boss']) h.host.addUser(m, { displayName: `Person ${m}` });
  return h;
}
const network = (overrides: Partial<TeamInput> = {}): TeamInput => ({ ...aTeam('network'), ...overrides });

describe('saveTeam checks every person it adds against Jira', () => {
  it('saves members, liaisons and managers as the account ids Jira knows', async () => {
    const h = await withNetworkPeople();
    const saved = await saveTeam(h.deps, ADMIN, { team: network(), expectedVersion: 0, reason: 'network team' });
    expect([saved.team.members, saved.team.liaisons, saved.team.managers]).toEqual([['net-ned', 'net-nia'], ['net-nia'], ['net-boss']]);
  });

  it('refuses an account id Jira does not know, naming the field it is in, and saves nothing', async () => {
    const h = await withNetworkPeople();
    const team = network({ members: ['net-ned', 'net-nia', 'ghost-gus'], managers: ['net-boss', 'ghost-gus'] });
    await expect(saveTeam(h.deps, ADMIN, { team, expectedVersion: 0, reason: 'network team' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: [
        { field: 'team.members[2]', message: 'Jira has no active account "ghost-gus": choose a person from the list' },
        { field: 'team.managers[1]', message: 'Jira has no active account "ghost-gus": choose a person from the list' },
      ],
    });
    expect(await listTeams(h.deps, ADMIN)).toEqual([]);
  });

  it('refuses a deactivated account as a liaison', async () => {
    const h = await withNetworkPeople();
    h.host.addUser('net-old', { active: false });
    const team = network({ members: ['net-ned', 'net-nia', 'net-old'], liaisons: ['net-old'] });
    await expect(saveTeam(h.deps, ADMIN, { team, expectedVersion: 0, reason: 'network team' })).rejects.toMatchObject({
      fields: [{ field: 'team.members[2]' }, { field: 'team.liaisons[0]' }],
    });
  });

  it('does not look up again people the team already had: one deactivated since does not block an unrelated change', async () => {
    const h = await withNetworkPeople();
    await saveTeam(h.deps, ADMIN, { team: network(), expectedVersion: 0, reason: 'network team' });
    h.host.addUser('net-ned', { active: false });
    const saved = await saveTeam(h.deps, ADMIN, { team: network({ name: 'Core network' }), expectedVersion: 1, reason: 'renamed' });
    expect(saved).toMatchObject({ version: 2, team: { name: 'Core network' } });
  });
});
