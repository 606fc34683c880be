import { saveRoleMapping } from '../../../src/app/access/accessAdmin.js';
import { mySurfaces } from '../../../src/app/access/mySurfaces.js';
import { ADMIN, appHarness, CUSTOMER } from '../../support/appHarness.js';

type Role = 'initiator' | 'responder' | 'policyAdmin' | 'commsLead' | 'auditor' | 'viewer';
const ROLES: Role[] = ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer'];
const byGroup = Object.fromEntries(ROLES.map((r) => [r, { groups: [`app-${r}`], projectRoles: [] }]));

// Which Apps-menu sections each single role opens: everyone with a role has duties to read;
// the access log and governance are the auditors' and the policy admins'.
const TABLE: Array<[Role, { duties: boolean; accessLog: boolean; governance: boolean }]> = [
  ['initiator', { duties: true, accessLog: false, governance: false }],
  ['responder', { duties: true, accessLog: false, governance: false }],
  ['commsLead', { duties: true, accessLog: false, governance: false }],
  ['viewer', { duties: true, accessLog: false, governance: false }],
  ['auditor', { duties: true, accessLog: true, governance: true }],
  ['policyAdmin', { duties: true, accessLog: true, governance: true }],
];

describe('the sections the Apps-menu page offers', () => {
  it.each(TABLE)('%s sees %j', async (role, sections) => {
    const h = await appHarness();
    await saveRoleMapping(h.deps, ADMIN, { mapping: byGroup, reason: 'one group per role' });
    h.host.addUser(`only-${role}`, { groups: [`app-${role}`] });
    const view = await mySurfaces(h.deps, { accountId: `only-${role}` });
    expect(view.sections).toEqual(sections);
    expect(view.roles.length).toBe(1);
  });

  it('offers someone with no role nothing beyond the escalations, and logs no refusal for asking', async () => {
    const h = await appHarness();
    await saveRoleMapping(h.deps, ADMIN, { mapping: byGroup, reason: 'one group per role' });
    const before = (await h.store.listAccessLog(100)).length;
    const view = await mySurfaces(h.deps, CUSTOMER);
    expect(view).toEqual({ roles: [], sections: { duties: false, accessLog: false, governance: false } });
    expect((await h.store.listAccessLog(100)).length).toBe(before);
  });
});
