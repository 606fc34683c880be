import { saveRoleMapping } from '../../../src/app/access/accessAdmin.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { attestRoleAudit, getRoleAudit, runRoleAudit } from '../../../src/app/oncall/roleAudit.js';
import { saveSchedule } from '../../../src/app/oncall/scheduleAdmin.js';
import { aPolicyInput, at } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness, aScheduleInput } from '../../support/appHarness.js';

const iso = (minutesAfterT0: number) => new Date(at(minutesAfterT0)).toISOString();
const DAY = 24 * 60;

/**
 * A rota with a deactivated person, an unknown account and a viewer who cannot acknowledge,
 * covering office hours only; technical level 3 pages only the deactivated person.
 */
async function withProblems() {
  const h = await appHarness();
  // Saves refuse unknown people, so Fay and Gus are on the rota first and leave afterwards.
  h.host.addUser('former-fay', { roles: { ITOPS: ['Service Desk Team'] } });
  h.host.addUser('ghost-gus');
  h.host.addUser('viewer-vi', { groups: ['jira-servicemanagement-users'] });
  await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({}, {
    participants: ['lead-lee', 'former-fay', 'ghost-gus', 'viewer-vi'], restriction: { hours: { from: '09:00', to: '17:00' } } }), reason: 'rota' });
  const policy = aPolicyInput();
  policy.paths.technical.levels[2]!.targets = [{ type: 'user', accountId: 'former-fay' }];
  await savePolicy(h.deps, ADMIN, { policy, expectedVersion: 1, reason: 'fay takes level 3' });
  h.host.addUser('former-fay', { active: false, roles: { ITOPS: ['Service Desk Team'] } });
  h.host.users.delete('ghost-gus');
  return h;
}

describe('role validation audit', () => {
  it('reports deactivated and unknown people, missing roles, levels paging nobody and schedule gaps', async () => {
    const h = await withProblems();
    const v = await runRoleAudit(h.deps, ADMIN);
    const f = v.audit!.findings;
    expect(f.filter((x) => x.kind !== 'scheduleGap')).toEqual([
      { kind: 'inactiveUser', accountId: 'former-fay', message: 'former-fay (in a rotation of Ops primary) is deactivated in Jira' },
      { kind: 'unknownUser', accountId: 'ghost-gus', message: 'ghost-gus (in a rotation of Ops primary) is not a Jira account' },
      { kind: 'missingRole', accountId: 'viewer-vi', message: 'viewer-vi (in a rotation of Ops primary) can be paged but cannot acknowledge: acknowledge needs the responder or policy admin role; they have: viewer' },
      { kind: 'levelResolvesToNobody', policyId: 'default', path: 'technical', level: 3, message: 'policy default, technical level 3 would page nobody now' },
    ]);
    expect(f.filter((x) => x.kind === 'scheduleGap')).toHaveLength(30);
    expect(f.find((x) => x.kind === 'scheduleGap')).toMatchObject({ scheduleId: 'ops-primary', start: iso(8 * 60), end: iso(DAY) });
    expect(v).toMatchObject({ audit: { ranBy: 'admin-ada', ranAt: iso(0), attestation: null }, dueAt: iso(0), overdue: false, lastAttestedAt: null });
  });

  it('a person who lost the group their role came from is reported', async () => {
    const h = await appHarness();
    h.host.addUser('sre-sam', { groups: ['sre'] });
    await saveRoleMapping(h.deps, ADMIN, { mapping: { responder: { groups: ['sre'], projectRoles: ['Service Desk Team'] } }, reason: 'SRE respond' });
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({}, { participants: ['sre-sam', 'lead-lee'] }), reason: 'rota' });
    expect((await runRoleAudit(h.deps, ADMIN)).audit!.findings).toEqual([]);
    h.host.groups.set('sre-sam', []);
    expect((await runRoleAudit(h.deps, ADMIN)).audit!.findings.map((x) => [x.kind, x.accountId])).toEqual([['missingRole', 'sre-sam']]);
  });

  it('is due quarterly: attesting closes it and sets the next due date; later it is overdue', async () => {
    const h = await withProblems();
    const run = await runRoleAudit(h.deps, ADMIN);
    h.clock.advance(60);
    const attested = await attestRoleAudit(h.deps, ADMIN, { auditId: run.audit!.id, statement: 'Reviewed all rotations; Fay replaced next week.' });
    expect(attested).toMatchObject({ audit: { attestation: { by: 'admin-ada', at: iso(60), statement: 'Reviewed all rotations; Fay replaced next week.' } },
      lastAttestedAt: iso(60), dueAt: '2027-02-27T10:00:00.000Z', overdue: false });
    expect((await h.store.getRoleAudit(run.audit!.id))!.attestation).not.toBeNull();
    h.clock.advance(95 * DAY);
    expect(await getRoleAudit(h.deps, ADMIN)).toMatchObject({ overdue: true, dueAt: '2027-02-27T10:00:00.000Z' });
  });

  it('attests only the latest audit, and only once', async () => {
    const h = await withProblems();
    const first = await runRoleAudit(h.deps, ADMIN);
    h.clock.advance(1);
    const second = await runRoleAudit(h.deps, ADMIN);
    const statement = 'Reviewed every rotation and level.';
    await expect(attestRoleAudit(h.deps, ADMIN, { auditId: first.audit!.id, statement })).rejects.toMatchObject({ code: 'CONFLICT' });
    await attestRoleAudit(h.deps, ADMIN, { auditId: second.audit!.id, statement });
    await expect(attestRoleAudit(h.deps, ADMIN, { auditId: second.audit!.id, statement })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('was attested by admin-ada') });
    await expect(attestRoleAudit(h.deps, ADMIN, { auditId: 'audit-0', statement })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('auditors may run and attest; agents may not, and their attempt is logged', async () => {
    const h = await withProblems();
    h.host.addUser('auditor-al', { groups: ['auditors'] });
    await saveRoleMapping(h.deps, ADMIN, { mapping: { auditor: { groups: ['auditors'], projectRoles: [] } }, reason: 'audit team' });
    const v = await runRoleAudit(h.deps, { accountId: 'auditor-al' });
    await expect(attestRoleAudit(h.deps, { accountId: 'auditor-al' }, { auditId: v.audit!.id, statement: 'Checked with team leads.' })).resolves.toBeDefined();
    await expect(runRoleAudit(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('runRoleAudit needs the policy admin or auditor role') });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: 'agent-ana', action: 'runRoleAudit' });
  });
});
