import { appendToTrail } from '../../../src/app/governance/appendToTrail.js';
import { exportTrail, verifyTrail } from '../../../src/app/governance/trailAdmin.js';
import { withAuditTrail } from '../../../src/app/governance/withAuditTrail.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { verifyChain } from '../../../src/domain/governance/auditChain/verifyChain.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { anIncident, slaAt } from '../../support/builders.js';

const AT = '2026-12-01T09:00:00.000Z';

describe('the hash-chained audit trail', () => {
  it('gives twenty racing appenders twenty consecutive places in one unbroken chain', async () => {
    const gov = new MemoryGovernanceStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendToTrail(gov, AT, 'test', { i })));
    const entries = await gov.listTrail(1, 100);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => (e.payload as { i: number }).i)).size).toBe(20);
    expect(verifyChain(entries, await gov.trailHead()).ok).toBe(true);
  });

  it('follows entries past a head left behind by a writer that died between its claim and the head move', async () => {
    const gov = new MemoryGovernanceStore();
    const first = await appendToTrail(gov, AT, 'test', { n: 1 });
    // A second writer claimed place 2 and died before moving the head.
    const { chainNext } = await import('../../../src/domain/governance/auditChain/chainLink.js');
    await gov.putTrailEntry(chainNext(first, AT, 'test', { n: 2 }));
    expect((await gov.trailHead()).seq).toBe(1);
    const third = await appendToTrail(gov, AT, 'test', { n: 3 });
    expect(third.seq).toBe(3);
    expect(verifyChain(await gov.listTrail(1, 10), await gov.trailHead()).ok).toBe(true);
  });

  it('chains every escalation event batch and access-log entry the app writes, and the verifier sees tampering', async () => {
    const h = await appHarness();
    const governance = new MemoryGovernanceStore();
    const deps = { ...h.deps, governance, store: withAuditTrail(h.store, governance) };
    h.host.put(anIncident({ key: 'ITOPS-1', impact: 'Extensive / Widespread', urgency: 'Critical', slas: [slaAt(180)] }));
    await evaluateIncident(deps, 'ITOPS-1');
    await deps.store.appendAccessLog({ at: AT, accountId: AGENT.accountId, action: 'saveRoleMapping', issueKey: null, allowed: false, reason: 'not an admin' });
    const verdict = await verifyTrail(deps, ADMIN);
    expect(verdict.ok).toBe(true);
    expect(verdict.entries).toBeGreaterThanOrEqual(2);
    const exported = await exportTrail(deps, ADMIN);
    expect(exported.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['escalation.events', 'access.refused']));
    const events = exported.entries.find((e) => e.kind === 'escalation.events')!;
    expect(JSON.stringify(events.payload)).toContain('ITOPS-1');

    // An insider edits the refusal in storage to make it look allowed.
    const refused = exported.entries.find((e) => e.kind === 'access.refused')!;
    governance.trail.set(refused.seq, { ...refused, payload: { ...(refused.payload as object), allowed: true } });
    expect(await verifyTrail(deps, ADMIN)).toMatchObject({ ok: false, problems: [{ seq: refused.seq, problem: 'altered' }] });
    // …or deletes it.
    governance.trail.delete(refused.seq);
    expect((await verifyTrail(deps, ADMIN)).problems[0]).toMatchObject({ problem: 'missing' });
  });

  it('is for auditors and admins only', async () => {
    const h = await appHarness();
    const deps = { ...h.deps, governance: new MemoryGovernanceStore() };
    await expect(verifyTrail(deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportTrail(deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
