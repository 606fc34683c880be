import { MemoryDrillStore } from '../../../../src/adapters/memory/memoryDrillStore.js';
import { MemorySyntheticStore } from '../../../../src/adapters/memory/memorySyntheticStore.js';
import { FixedAlertIngestBase } from '../../../../src/adapters/memory/fixedAlertIngestBase.js';
import { finishSyntheticRun } from '../../../../src/app/alerts/synthetic/finishSyntheticRun.js';
import { runDueSynthetics } from '../../../../src/app/alerts/synthetic/runDueSynthetics.js';
import { listSyntheticChecks, runSyntheticCheck, saveSyntheticCheck } from '../../../../src/app/alerts/synthetic/admin/syntheticAdmin.js';
import { isolateDrills } from '../../../../src/app/drills/drill/isolateDrills.js';
import { DRILL_LABEL } from '../../../../src/contracts/drills.js';
import { SELF_CHECK_LABEL, type SyntheticCheckInput } from '../../../../src/contracts/synthetic.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { ingestHarness } from '../ingest/ingestHarness.js';

async function syntheticHarness(check: Partial<SyntheticCheckInput> = {}) {
  const h = await ingestHarness();
  const synthetics = new MemorySyntheticStore();
  const drills = new MemoryDrillStore();
  const deps = isolateDrills({ ...h.deps, synthetics, drills, ingest: new FixedAlertIngestBase() });
  await saveSyntheticCheck(deps, ADMIN, { check: { id: 'pager-path', name: 'Pager path', integrationId: 'am-prod', intervalMinutes: 60, boundMinutes: 5, ...check }, reason: 'prove alerts page' });
  return { ...h, deps, synthetics, drills };
}
const hop = (run: { hops: Array<{ hop: string; at: string | null; latencyMs: number | null }> }, name: string) => run.hops.find((x) => x.hop === name)!;

describe('a synthetic check (am-prod, page within 5 min)', () => {
  it('sends the integration\'s alert through the real endpoint as a drill, pages level 1 marked [DRILL], passes, and ends the drill', async () => {
    const h = await syntheticHarness();
    const view = await runSyntheticCheck(h.deps, ADMIN, 'pager-path');
    const run = view.runs[0]!;
    expect(run).toMatchObject({ status: 'passed', reason: null, failureIncidentKey: null });
    expect(run.hops.map((x) => [x.hop, x.latencyMs])).toEqual([['sent', 0], ['authenticated', 0], ['incident', 0], ['escalated', 0], ['paged', 0]]);
    expect(hop(run, 'paged')).toMatchObject({ detail: 'technical level 1: 1 target(s)' });
    const created = h.host.created[0]!;
    expect(created.input.labels).toEqual(expect.arrayContaining(['alert-am-prod', DRILL_LABEL]));
    expect(created.input.summary).toMatch(/^\[DRILL\] .*Synthetic check Pager path run pager-path\.\d+ from the escalation app/);
    expect(h.notifier.outbox.map((m) => [m.subject.slice(0, 7), m.targets])).toEqual([['[DRILL]', [{ type: 'user', accountId: 'agent-ana' }]]]);
    expect(await h.drills.getDrill(created.key)).toMatchObject({ status: 'ended', endReason: 'stopped', endedBy: 'synthetic:pager-path' });
    expect(h.host.resolvedAs.get(created.key)).toBe('Drill');
    // Authenticated as the tool: the delivery log shows the synthetic alert accepted.
    expect((await h.alerts.listDeliveries('am-prod', 1))[0]).toMatchObject({ outcome: 'accepted', httpStatus: 202, incidentKey: created.key });
    // Each run is its own incident, never a repeat of the last.
    h.clock.advance(1);
    await runSyntheticCheck(h.deps, ADMIN, 'pager-path');
    expect(h.host.created).toHaveLength(2);
  });

  it('fails at once and raises a real incident about the escalation system when a maintenance window swallows the alert', async () => {
    const h = await syntheticHarness();
    await h.alerts.saveAlertSettings({ maintenanceWindows: [{ id: 'all-day', service: 'checkout', kind: 'one-off', start: '2026-11-27T00:00:00.000Z', end: '2026-11-28T00:00:00.000Z' }], peakHours: [] });
    const run = (await runSyntheticCheck(h.deps, ADMIN, 'pager-path')).runs[0]!;
    expect(run.status).toBe('failed');
    expect(run.reason).toMatch(/^incident: suppressed: suppressed by maintenance rule all-day/);
    expect(hop(run, 'paged').at).toBeNull();
    const raised = h.host.created.find((c) => c.key === run.failureIncidentKey)!;
    expect(raised.input).toMatchObject({ projectKey: 'ITOPS', priority: 'P2', labels: [SELF_CHECK_LABEL], summary: 'Escalation self-check failed: "Pager path" produced no page within 5 min' });
    expect(raised.input.description).toContain('- authenticated: after 0 ms');
    // A real incident, escalated by the normal policy: not a drill.
    expect(await h.drills.getDrill(raised.key)).toBeNull();
    expect(h.queue.timers).toContainEqual({ incidentKey: raised.key, delaySeconds: 0, dueAtMs: h.clock.now() });
  });

  it('fails when the integration refuses the alert (disabled: 404)', async () => {
    const h = await syntheticHarness();
    await h.alerts.saveIntegration({ ...h.integration, enabled: false });
    const run = (await runSyntheticCheck(h.deps, ADMIN, 'pager-path')).runs[0]!;
    expect(run).toMatchObject({ status: 'failed', reason: 'authenticated: answered 404: unknown or disabled integration' });
    expect(run.failureIncidentKey).toMatch(/^ITOPS-/);
  });

  it('gives the verdict at the bound from its timer (or the sweep) when the escalation started but nobody was paged, raising one incident', async () => {
    const h = await syntheticHarness();
    await h.synthetics.saveRun({
      schema: 1, id: 'pager-path.000001795770000000', checkId: 'pager-path', startedAt: '2026-11-27T09:00:00.000Z', boundAt: '2026-11-27T09:05:00.000Z', status: 'running',
      incidentKey: null, reason: null, failureIncidentKey: null, finishedAt: null,
      hops: [
        { hop: 'sent', at: '2026-11-27T09:00:00.000Z', latencyMs: 0, detail: '' }, { hop: 'authenticated', at: '2026-11-27T09:00:00.000Z', latencyMs: 0, detail: '' },
        { hop: 'incident', at: '2026-11-27T09:00:00.000Z', latencyMs: 0, detail: '' }, { hop: 'escalated', at: '2026-11-27T09:00:00.000Z', latencyMs: 0, detail: '' },
        { hop: 'paged', at: null, latencyMs: null, detail: 'nobody was paged' },
      ],
    });
    expect((await finishSyntheticRun(h.deps, 'pager-path.000001795770000000', { early: true }))!.status).toBe('running');
    h.clock.advance(6);
    const [timer, sweep] = await Promise.all([finishSyntheticRun(h.deps, 'pager-path.000001795770000000'), runDueSynthetics(h.deps)]);
    expect(timer).toMatchObject({ status: 'failed', reason: 'paged: nobody was paged' });
    expect(sweep.failed).toEqual([]);
    expect(h.host.created.filter((c) => c.input.labels.includes(SELF_CHECK_LABEL))).toHaveLength(1);
  });

  it('runs on schedule from the sweep: once when due, not again until its interval has passed', async () => {
    const h = await syntheticHarness();
    const [a, b] = await Promise.all([runDueSynthetics(h.deps), runDueSynthetics(h.deps)]);
    expect([...a.started, ...b.started]).toHaveLength(1);
    h.clock.advance(30);
    expect((await runDueSynthetics(h.deps)).started).toEqual([]);
    h.clock.advance(30);
    expect((await runDueSynthetics(h.deps)).started).toHaveLength(1);
    expect((await listSyntheticChecks(h.deps, ADMIN))[0]!.runs.map((r) => r.status)).toEqual(['passed', 'passed']);
  });

  it('names the fields it refuses and refuses anyone but policy admins', async () => {
    const h = await syntheticHarness();
    await expect(saveSyntheticCheck(h.deps, ADMIN, { check: { name: 'Too often', integrationId: 'nope', intervalMinutes: 5, boundMinutes: 90 }, reason: 'try' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'intervalMinutes' }, { field: 'boundMinutes', message: 'must be at most 60 minutes' }] });
    await expect(saveSyntheticCheck(h.deps, ADMIN, { check: { name: 'Elsewhere', integrationId: 'nope' }, reason: 'try' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'integrationId', message: 'must be one of the integrations: am-prod' }] });
    await expect(runSyntheticCheck(h.deps, AGENT, 'pager-path')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
