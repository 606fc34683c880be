import { saveRoleMapping } from '../../../src/app/access/accessAdmin.js';
import { rotateIntegrationSecret } from '../../../src/app/alerts/admin/rotateIntegrationSecret.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import { deletePolicy, savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { aConfig, aPolicyInput } from '../../support/builders.js';
import { ADMIN, appHarness } from '../../support/appHarness.js';
import { anIntegration } from '../alerts/ingest/anIntegration.js';

/** Pat administers the ITOPS project in Jira (project role "Administrators") and nothing else. */
const PAT = { accountId: 'project-admin-pat' };

async function withProjectAdmin() {
  const h = await appHarness();
  h.host.addUser(PAT.accountId, { groups: ['jira-servicemanagement-users'], roles: { ITOPS: ['Administrators'] } });
  await savePolicy(h.deps, ADMIN, { policy: aPolicyInput({ id: 'hr', name: 'HR incidents', scope: { projects: ['HR'] } }), expectedVersion: 0, reason: 'HR desk' });
  return h;
}
const siteWide = 'needs the policy admin role from a configured group or Jira administration: it changes the whole site, and project roles do not count';

describe('site-wide administration is not granted by a project role', () => {
  it.each([
    ['saveRoleMapping', (h: Awaited<ReturnType<typeof withProjectAdmin>>) => saveRoleMapping(h.deps, PAT, { mapping: {}, reason: 'take over' })],
    ['saveConfig', (h: Awaited<ReturnType<typeof withProjectAdmin>>) => saveConfig(h.deps, PAT, aConfig(), 'my matrix')],
    ['rotateIntegrationSecret', async (h: Awaited<ReturnType<typeof withProjectAdmin>>) => {
      await h.alerts.saveIntegration(anIntegration());
      return rotateIntegrationSecret(h.deps, PAT, { id: anIntegration().id, overlapHours: 0, reason: 'mine now' });
    }],
  ])('a project administrator is refused %s, and the refusal is logged', async (action, run) => {
    const h = await withProjectAdmin();
    await expect(run(h)).rejects.toMatchObject({ code: 'FORBIDDEN', message: `${action} ${siteWide}` });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: PAT.accountId, action, allowed: false });
  });

  it('a policy admin by group may make site-wide changes', async () => {
    const h = await withProjectAdmin();
    h.host.addUser('ops-olga', { groups: ['escalation-admins'] });
    await saveRoleMapping(h.deps, ADMIN, { mapping: { policyAdmin: { groups: ['escalation-admins'], projectRoles: ['Administrators'] } }, reason: 'admins by group' });
    await expect(saveConfig(h.deps, { accountId: 'ops-olga' }, aConfig(), 'tune the matrix')).resolves.toBeDefined();
  });

  it('a project administrator administers policies of their own projects only', async () => {
    const h = await withProjectAdmin();
    const current = (await h.store.getPolicy('default'))!.version;
    await expect(savePolicy(h.deps, PAT, { policy: aPolicyInput({ name: 'ITOPS, renamed' }), expectedVersion: current, reason: 'rename' })).resolves.toMatchObject({ version: current + 1 });
    await expect(savePolicy(h.deps, PAT, { policy: aPolicyInput({ id: 'hr', name: 'HR, mine', scope: { projects: ['HR'] } }), expectedVersion: 1, reason: 'take over' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN', message: 'savePolicy needs the policy admin role in every project the policy covers (before and after the change): HR' });
    await expect(savePolicy(h.deps, PAT, { policy: aPolicyInput({ id: 'wide', scope: { projects: ['ITOPS', 'HR'] } }), expectedVersion: 0, reason: 'cover HR too' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deletePolicy(h.deps, PAT, 'hr', 'not needed')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.getPolicy('hr'))!.policy.name).toBe('HR incidents');
  });
});
