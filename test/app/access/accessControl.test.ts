import { getRoleMappingHistory, listAccessLog, saveRoleMapping } from '../../../src/app/access/accessAdmin.js';
import type { Actor } from '../../../src/app/shared/actor.js';
import { acknowledge, escalate, standDown } from '../../../src/app/escalation/incidentCommands.js';
import { incidentView } from '../../../src/app/escalation/incidentView.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { ROLE_LABELS } from '../../../src/domain/access/appRole.js';
import { anIncident, aPolicyInput } from '../../support/builders.js';
import { ADMIN, appHarness, CUSTOMER } from '../../support/appHarness.js';

type Role = 'initiator' | 'responder' | 'policyAdmin' | 'commsLead' | 'auditor' | 'viewer';
const ROLES: Role[] = ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer'];
/** One group per role, so each test user holds exactly one app role. */
const byGroup = Object.fromEntries(ROLES.map((r) => [r, { groups: [`app-${r}`], projectRoles: [] }]));
const person = (role: Role): Actor => ({ accountId: `only-${role}` });

async function harnessWithOneUserPerRole() {
  const h = await appHarness();
  for (const role of ROLES) {
    h.host.addUser(person(role).accountId, { groups: [`app-${role}`] });
    h.host.permissions.set(person(role).accountId, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
  }
  await saveRoleMapping(h.deps, ADMIN, { mapping: byGroup, reason: 'one group per role' });
  h.host.put(anIncident());
  return h;
}

type Run = (h: Awaited<ReturnType<typeof harnessWithOneUserPerRole>>, a: Actor) => Promise<unknown>;
const escalateNow = (h: Awaited<ReturnType<typeof harnessWithOneUserPerRole>>) =>
  escalate(h.deps, ADMIN, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'set up' });

const ACTIONS: Record<string, { run: Run; logged: string }> = {
  escalate: { run: (h, a) => escalate(h.deps, a, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'SLA at risk' }), logged: 'escalate' },
  acknowledge: { run: async (h, a) => { await escalateNow(h); return acknowledge(h.deps, a, 'ITOPS-1'); }, logged: 'acknowledge' },
  standDown: { run: async (h, a) => { await escalateNow(h); return standDown(h.deps, a, { issueKey: 'ITOPS-1', reason: 'false alarm' }); }, logged: 'standDown' },
  viewPanel: { run: (h, a) => incidentView(h.deps, a, 'ITOPS-1'), logged: 'viewPanel' },
  savePolicy: { run: (h, a) => savePolicy(h.deps, a, { policy: aPolicyInput({ name: 'Changed' }), expectedVersion: 1, reason: 'rename' }), logged: 'savePolicy' },
  editRoleMapping: { run: (h, a) => saveRoleMapping(h.deps, a, { mapping: byGroup, reason: 'same again' }), logged: 'saveRoleMapping' },
  viewAccessLog: { run: (h, a) => listAccessLog(h.deps, a, 10), logged: 'listAccessLog' },
};

// Written out rather than read from PERMISSIONS, so a change to the table shows up here.
const ALLOWED: Record<string, Role[]> = {
  escalate: ['initiator', 'policyAdmin'],
  acknowledge: ['responder', 'policyAdmin'],
  standDown: ['initiator', 'policyAdmin'],
  viewPanel: ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer'],
  savePolicy: ['policyAdmin'],
  editRoleMapping: ['policyAdmin'],
  viewAccessLog: ['policyAdmin', 'auditor'],
};

const cases = Object.keys(ACTIONS).flatMap((action) => ROLES.map((role) => [action, role, ALLOWED[action]!.includes(role)] as const));

describe('role × action, checked on the server', () => {
  it.each(cases)('%s by someone who is only %s: allowed=%s', async (action, role, allowed) => {
    const h = await harnessWithOneUserPerRole();
    const spec = ACTIONS[action]!;
    const attempt = spec.run(h, person(role));
    if (allowed) {
      await expect(attempt).resolves.toBeDefined();
      expect((await h.store.listAccessLog(10)).filter((e) => e.accountId === person(role).accountId && !e.allowed)).toEqual([]);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(`you have: ${ROLE_LABELS[role]}`) });
      expect((await h.store.listAccessLog(10))[0]).toMatchObject({
        accountId: person(role).accountId, action: spec.logged, allowed: false, at: '2026-11-27T09:00:00.000Z',
        issueKey: ['savePolicy', 'editRoleMapping', 'viewAccessLog'].includes(action) ? null : 'ITOPS-1',
      });
    }
  });
});

describe('role mapping and the access log', () => {
  it('a denied escalation is refused with the role needed, logged, and changes nothing', async () => {
    const h = await harnessWithOneUserPerRole();
    await expect(escalate(h.deps, person('viewer'), { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'please' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN', message: 'escalate needs the escalation initiator or policy admin role; you have: viewer' });
    expect(h.host.states.size).toBe(0);
    expect(await listAccessLog(h.deps, person('auditor'), 5)).toEqual([{ at: '2026-11-27T09:00:00.000Z', accountId: 'only-viewer',
      action: 'escalate', issueKey: 'ITOPS-1', allowed: false, reason: 'escalate needs the escalation initiator or policy admin role; you have: viewer' },
    { at: '2026-11-27T09:00:00.000Z', accountId: 'admin-ada', action: 'saveRoleMapping', issueKey: null, allowed: true, reason: 'v1: one group per role' }]);
  });

  it('Jira permission is checked too: a role holder who cannot see the issue is refused', async () => {
    const h = await harnessWithOneUserPerRole();
    h.host.permissions.set(person('initiator').accountId, new Set());
    await expect(incidentView(h.deps, person('initiator'), 'ITOPS-1'))
      .rejects.toMatchObject({ code: 'FORBIDDEN', message: 'viewPanel needs the Jira permission BROWSE_PROJECTS on ITOPS-1, which you do not have' });
  });

  it('project roles count in the issue\'s project only', async () => {
    const h = await appHarness();
    h.host.addUser('hr-agent', { roles: { HR: ['Service Desk Team'] } });
    h.host.permissions.set('hr-agent', new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    h.host.put(anIncident());
    await expect(escalate(h.deps, { accountId: 'hr-agent' }, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'help' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a saved mapping takes effect at once; Jira admins stay policy admins whatever it says', async () => {
    const h = await appHarness();
    h.host.addUser('sre-sam', { groups: ['sre'] });
    h.host.permissions.set('sre-sam', new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    h.host.put(anIncident());
    const empty = { groups: [], projectRoles: [] };
    const view = await saveRoleMapping(h.deps, ADMIN, { mapping: { initiator: { groups: ['sre'], projectRoles: [] }, policyAdmin: empty }, reason: 'SRE escalate' });
    expect(view).toMatchObject({ source: 'saved', updatedBy: 'admin-ada', mapping: { initiator: { groups: ['sre'] }, responder: { projectRoles: ['Service Desk Team'] } } });
    await expect(escalate(h.deps, { accountId: 'sre-sam' }, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'disk full' })).resolves.toBeDefined();
    for (const role of ROLES) h.host.knownGroups.add(`app-${role}`);
    await expect(saveRoleMapping(h.deps, ADMIN, { mapping: byGroup, reason: 'still admin' })).resolves.toMatchObject({ source: 'saved' });
  });

  it('refuses a group Jira does not have, naming the field, and stores nothing', async () => {
    const h = await appHarness();
    h.host.knownGroups.add('sre');
    await expect(saveRoleMapping(h.deps, ADMIN, { mapping: { initiator: { groups: ['SRE', 'sre-typo'], projectRoles: [] } }, reason: 'SRE escalate' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'mapping.initiator.groups[1]', message: 'Jira has no group "sre-typo": choose a group from the list' }] });
    expect(await h.store.getRoleMapping()).toBeNull();
  });

  it('refuses a malformed mapping, naming the field', async () => {
    const h = await appHarness();
    await expect(saveRoleMapping(h.deps, ADMIN, { mapping: { auditor: { groups: [' '] }, owner: {} }, reason: 'typo' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: expect.arrayContaining([{ field: 'mapping.auditor.groups[0]', message: 'must not be empty' }]) });
    expect(await h.store.getRoleMapping()).toBeNull();
  });

  it('refusals past 20 in ten minutes per account are counted, not each stored', async () => {
    const h = await appHarness();
    for (let i = 0; i < 30; i++) await expect(listAccessLog(h.deps, CUSTOMER, 10)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const logged = (await h.store.listAccessLog(100)).filter((e) => e.accountId === CUSTOMER.accountId);
    expect(logged).toHaveLength(21);
    expect(logged[0]).toMatchObject({ action: 'refusalsCounted', allowed: false,
      reason: 'more than 20 refusals in 10 minutes: further refusals of customer-cy until 2026-11-27T09:10:00.000Z are counted, not stored' });
    h.clock.advance(10);
    await expect(listAccessLog(h.deps, CUSTOMER, 10)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(100)).filter((e) => e.accountId === CUSTOMER.accountId)).toHaveLength(22);
  });

  it('a role-mapping save is access-logged with its reason and kept as a numbered version', async () => {
    const h = await appHarness();
    for (const group of [...ROLES.map((r) => `app-${r}`), 'auditors']) h.host.knownGroups.add(group);
    h.clock.advance(1);
    const first = await saveRoleMapping(h.deps, ADMIN, { mapping: byGroup, reason: 'one group per role' });
    h.clock.advance(1);
    const second = await saveRoleMapping(h.deps, ADMIN, { mapping: { auditor: { groups: ['auditors'], projectRoles: [] } }, reason: 'auditors by group' });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((await h.store.listAccessLog(5)).filter((e) => e.action === 'saveRoleMapping')).toEqual([
      { at: '2026-11-27T09:02:00.000Z', accountId: 'admin-ada', action: 'saveRoleMapping', issueKey: null, allowed: true, reason: 'v2: auditors by group' },
      { at: '2026-11-27T09:01:00.000Z', accountId: 'admin-ada', action: 'saveRoleMapping', issueKey: null, allowed: true, reason: 'v1: one group per role' },
    ]);
    const history = await getRoleMappingHistory(h.deps, ADMIN);
    expect(history.map((v) => [v.version, v.reason, v.mapping.auditor.groups])).toEqual([[2, 'auditors by group', ['auditors']], [1, 'one group per role', ['app-auditor']]]);
  });
});
