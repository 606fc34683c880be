import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { dispositionDeviation, getAudit, listAudits, runAuditNow, signOffAudit } from '../../../src/app/governance/auditAdmin.js';
import { governanceDaily } from '../../../src/app/governance/governanceDaily.js';
import { AppError } from '../../../src/app/shared/appError.js';
import { DEFAULT_ROLE_MAPPING } from '../../../src/domain/access/roleMapping.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt, T0 } from '../../support/builders.js';

const P1 = { impact: 'Extensive / Widespread', urgency: 'Critical' };
const AUDITOR = { accountId: 'auditor-aud' };
const DAY = 86_400_000;

/** Two P1s escalated in November 2026 (T0 is 27 Nov): one acknowledged at once, one left to climb. */
async function novemberHistory() {
  const h = await appHarness();
  const governance = new MemoryGovernanceStore();
  const deps = { ...h.deps, governance };
  h.host.addUser(AUDITOR.accountId, { groups: ['compliance-auditors'] });
  const mapping = await h.store.getRoleMapping();
  await h.store.saveRoleMapping({
    version: (mapping?.version ?? 0) + 1, updatedBy: ADMIN.accountId, updatedAt: new Date(T0).toISOString(), reason: 'auditors',
    mapping: { ...(mapping?.mapping ?? DEFAULT_ROLE_MAPPING), auditor: { groups: ['compliance-auditors'], projectRoles: [] } },
  });
  h.host.put(anIncident({ key: 'ITOPS-1', ...P1, summary: 'Payments down', slas: [slaAt(180)] }));
  h.host.put(anIncident({ key: 'ITOPS-2', ...P1, summary: 'Email down', slas: [slaAt(180)] }));
  await evaluateIncident(deps, 'ITOPS-1');
  await evaluateIncident(deps, 'ITOPS-2');
  h.clock.advance(5);
  await acknowledge(deps, AGENT, 'ITOPS-1');
  // ITOPS-2 is never acknowledged; the sweep evaluates it late, 3 hours on.
  h.clock.set(T0 + 3 * 3_600_000);
  await evaluateIncident(deps, 'ITOPS-2');
  for (const k of ['ITOPS-1', 'ITOPS-2']) h.host.put({ ...h.host.incidents.get(k)!, statusCategory: 'done' });
  h.clock.set(Date.parse('2026-12-01T06:00:00.000Z'));
  return { h, deps, governance };
}

describe('the monthly adherence audit', () => {
  it('audits November on 1 December, judging each incident against the policy version it ran under', async () => {
    const { deps, governance } = await novemberHistory();
    const result = await governanceDaily(deps);
    expect(result.audited).toBe('2026-11');
    const audit = (await governance.getAudit('2026-11'))!;
    expect(audit).toMatchObject({ period: '2026-11', incidentsAudited: 2, status: 'open', ranBy: 'app:governance-daily', revision: 1 });
    expect(audit.summary.total.incidents).toBe(2);
    expect(audit.summary.byPolicy.default!.incidents).toBe(2);
    // ITOPS-1 acknowledged within 5 minutes: adherent on escalation steps.
    expect(audit.deviations.filter((d) => d.incidentKey === 'ITOPS-1' && d.rule === 'levelOnTime')).toEqual([]);
    for (const d of audit.deviations) expect(d.evidence.length).toBeGreaterThan(0);
    // The default test policy pages level 2 thirty minutes after level 1 with a fifteen-minute
    // acknowledgement timeout and no repeat: a silence the policy owner answers for.
    expect(audit.deviations.map((d) => [d.incidentKey, d.rule, d.actual, d.responsible])).toEqual([
      ['ITOPS-2', 'followUpInTime', 'nothing until levelChanged at 09:30 UTC, 15 minutes past the timeout', 'policy owner'],
    ]);
  });

  it('is idempotent: a duplicate or late daily run leaves the stored audit and its dispositions alone', async () => {
    const { h, deps, governance } = await novemberHistory();
    await governanceDaily(deps);
    const first = await governance.getAudit('2026-11');
    await governanceDaily(deps);
    h.clock.set(Date.parse('2026-12-02T06:00:00.000Z'));
    await governanceDaily(deps);
    expect(await governance.getAudit('2026-11')).toEqual(first);
    expect(await governance.listAudits()).toHaveLength(1);
  });

  it('catches up on the 2nd when the run on the 1st did not happen', async () => {
    const { h, deps, governance } = await novemberHistory();
    h.clock.set(Date.parse('2026-12-02T06:00:00.000Z'));
    expect((await governanceDaily(deps)).audited).toBe('2026-11');
    expect(await governance.getAudit('2026-11')).not.toBeNull();
  });

  it('lets an auditor disposition each deviation and sign off, and refuses sign-off while one is open', async () => {
    const { h, deps } = await novemberHistory();
    const audit = await runAuditNow(deps, AUDITOR, '2026-11');
    if (audit.deviations.length === 0) {
      // The history must produce at least one deviation for this test to mean anything.
      throw new Error(`expected deviations in the constructed history, got none: ${JSON.stringify(audit.summary.total)}`);
    }
    await expect(signOffAudit(deps, AUDITOR, { period: '2026-11', statement: 'Reviewed all deviations.' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'deviations' }] });
    let current = audit;
    for (const d of audit.deviations) {
      current = await dispositionDeviation(deps, AUDITOR, { period: '2026-11', deviationId: d.id, kind: 'accepted', reason: 'sweep outage on 27 Nov, known' });
    }
    expect(current.deviations.every((d) => d.disposition?.kind === 'accepted' && d.disposition.by === AUDITOR.accountId)).toBe(true);
    const signed = await signOffAudit(deps, AUDITOR, { period: '2026-11', statement: 'Reviewed all deviations with the service owners.' });
    expect(signed).toMatchObject({ status: 'signedOff', signedOff: { by: AUDITOR.accountId } });
    await expect(runAuditNow(deps, AUDITOR, '2026-11')).rejects.toMatchObject({ code: 'CONFLICT' });
    const log = await h.store.listAccessLog(100);
    expect(log.filter((e) => e.action === 'dispositionDeviation')).toHaveLength(audit.deviations.length);
    expect(log.find((e) => e.action === 'signOffAudit')).toMatchObject({ accountId: AUDITOR.accountId, allowed: true });
  });

  it('keeps the judgement with auditors: an admin may run an audit but not disposition or sign it', async () => {
    const { h, deps } = await novemberHistory();
    const audit = await runAuditNow(deps, ADMIN, '2026-11');
    const id = audit.deviations[0]?.id ?? 'none';
    await expect(dispositionDeviation(deps, ADMIN, { period: '2026-11', deviationId: id, kind: 'accepted', reason: 'fine by me' })).rejects.toBeInstanceOf(AppError);
    await expect(signOffAudit(deps, ADMIN, { period: '2026-11', statement: 'I approve my own work.' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAudits(deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(50)).filter((e) => !e.allowed).map((e) => e.action)).toEqual(expect.arrayContaining(['dispositionDeviation', 'signOffAudit', 'listAudits']));
  });

  it('refuses an action with no tracking issue, and a month that has not started, naming the field', async () => {
    const { deps } = await novemberHistory();
    await runAuditNow(deps, AUDITOR, '2026-11');
    const audit = await getAudit(deps, AUDITOR, '2026-11');
    const id = audit.deviations[0]!.id;
    await expect(dispositionDeviation(deps, AUDITOR, { period: '2026-11', deviationId: id, kind: 'actionRaised', reason: 'fix the rota', issueKey: 'ITOPS-404' }))
      .rejects.toMatchObject({ fields: [{ field: 'issueKey' }] });
    await expect(runAuditNow(deps, AUDITOR, '2027-03')).rejects.toMatchObject({ fields: [{ field: 'period' }] });
  });

  it('marks an audit left unsigned for ten days as overdue, once', async () => {
    const { deps, governance, h } = await novemberHistory();
    await governanceDaily(deps);
    h.clock.set(Date.parse('2026-12-01T06:00:00.000Z') + 11 * DAY);
    expect((await governanceDaily(deps)).escalated).toEqual(['2026-11']);
    expect((await governanceDaily(deps)).escalated).toEqual([]);
    expect((await governance.getAudit('2026-11'))!.escalatedAt).not.toBeNull();
    expect((await h.store.listAccessLog(50)).filter((e) => e.action === 'auditSignOffOverdue')).toHaveLength(1);
  });
});
