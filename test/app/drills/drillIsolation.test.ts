import { activeEscalations } from '../../../src/app/escalation/activeEscalations.js';
import { acknowledge } from '../../../src/app/escalation/incidentCommands.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { sendCommunication } from '../../../src/app/comms/delivery/sendCommunication.js';
import { escalationTrend } from '../../../src/domain/escalation/escalationTrend.js';
import { startDrill } from '../../../src/app/drills/drill/startDrill.js';
import { DRILL_LABEL } from '../../../src/contracts/drills.js';
import { anIncident } from '../../support/builders.js';
import { drillHarness } from '../../support/drillHarness.js';

const drillOf = (h: Awaited<ReturnType<typeof drillHarness>>, scenario = {}) =>
  startDrill(h.deps, { policyId: 'default', scenario: { path: 'technical', ...scenario }, programmeId: null, participants: [], startedBy: 'admin-ada' });

describe('drill isolation', () => {
  it('opens a labelled incident and pages its first level for real, marked [DRILL]', async () => {
    const h = await drillHarness();
    const d = await drillOf(h);
    expect(h.host.created[0]!.input.labels).toEqual([DRILL_LABEL]);
    expect(h.notifier.outbox.map((m) => [m.incidentKey, m.subject.slice(0, 7), m.body.split('\n')[0]!.slice(0, 7), m.targets]))
      .toEqual([[d.issueKey, '[DRILL]', '[DRILL]', [{ type: 'user', accountId: 'agent-ana' }]]]);
    expect(d.pages.map((p) => [p.path, p.level, p.outcome])).toEqual([['technical', 1, 'sent']]);
  });

  it('withholds public comments, status-page updates, stakeholder and customer messages and webhooks about a drill, whoever calls', async () => {
    const h = await drillHarness();
    const d = await drillOf(h);
    const pagesBefore = h.notifier.outbox.length;
    await h.deps.host.addPublicComment(d.issueKey, 'We are investigating');
    await h.deps.http.send({ about: { incidentKey: d.issueKey, purpose: 'statusPage' }, url: 'https://status.example.com/hook', method: 'POST', headers: {}, body: '{}' });
    await h.deps.http.send({ about: { incidentKey: d.issueKey, purpose: 'monitoringWebhook' }, url: 'https://monitor.example.com/x', method: 'POST', headers: {}, body: '{}' });
    await h.deps.notifier.page({ incidentKey: d.issueKey, purpose: 'stakeholder', subject: 's', body: 'b', targets: [{ type: 'user', accountId: 'cio-cat' }], idempotencyKey: 'k' });
    await sendCommunication(h.deps, { incidentKey: d.issueKey, templateId: 'default-business-email', sentBy: { type: 'rule', rule: 'test' }, step: 's1',
      targets: [{ type: 'user', accountId: 'director-dee' }] });
    await sendCommunication(h.deps, { incidentKey: d.issueKey, templateId: 'default-customers-jsmpubliccomment', sentBy: { type: 'rule', rule: 'test' }, step: 's2' });
    expect(h.host.comments.filter((c) => 'public' in c && c.public)).toEqual([]);
    expect(h.http.sent).toEqual([]);
    expect(h.notifier.outbox).toHaveLength(pagesBefore);
    const withheld = (await h.drills.getDrill(d.issueKey))!.withheld.map((w) => w.what);
    expect(withheld).toEqual(['public comment', 'status-page update', 'outbound webhook', 'stakeholder message email', 'stakeholder message email', 'public comment']);
  });

  it('lets the same calls through for a real incident', async () => {
    const h = await drillHarness();
    await drillOf(h);
    h.host.put(anIncident({ key: 'ITOPS-1' }));
    await h.deps.host.addPublicComment('ITOPS-1', 'We are investigating');
    await h.deps.http.send({ about: { incidentKey: 'ITOPS-1', purpose: 'statusPage' }, url: 'https://status.example.com/hook', method: 'POST', headers: {}, body: '{}' });
    expect(h.host.comments.filter((c) => 'public' in c && c.public)).toHaveLength(1);
    expect(h.http.sent).toHaveLength(1);
  });

  it('records a managerial level it leaves out as "would page" and pages nobody there', async () => {
    const h = await drillHarness();
    const d = await drillOf(h, { path: 'managerial', includePaths: ['technical'] });
    expect(h.notifier.outbox).toEqual([]);
    expect((await h.drills.getDrill(d.issueKey))!.pages).toEqual([expect.objectContaining({ path: 'managerial', level: 1, outcome: 'skipped',
      note: 'would page manager-max: the drill leaves the managerial path out' })]);
  });

  it('pages a managerial level the drill includes', async () => {
    const h = await drillHarness();
    await drillOf(h, { path: 'managerial', includePaths: ['technical', 'managerial'] });
    expect(h.notifier.outbox.map((m) => m.targets)).toEqual([[{ type: 'user', accountId: 'manager-max' }]]);
  });

  it('ends on acknowledgement: resolved with the Drill resolution, left out of the dashboard and its MTTA/MTTR', async () => {
    const h = await drillHarness();
    const d = await drillOf(h);
    h.clock.advance(4);
    await acknowledge(h.deps, { accountId: 'agent-ana' }, d.issueKey);
    const ended = (await h.drills.getDrill(d.issueKey))!;
    expect([ended.status, ended.endReason, ended.endedAt]).toEqual(['ended', 'acknowledged', '2026-11-27T09:04:00.000Z']);
    expect(h.host.resolvedAs.get(d.issueKey)).toBe('Drill');
    const view = await activeEscalations(h.deps, { accountId: 'admin-ada' }, { filters: {}, trendDays: 7 });
    expect(view.rows.map((r) => r.issueKey)).not.toContain(d.issueKey);
    // The drill was the only escalation: production MTTA/MTTR see none.
    expect(view.trend).toEqual(escalationTrend([], h.clock.now(), 7));
  });

  it('ends at its time limit, standing the climb down, with findings for who did not answer', async () => {
    const h = await drillHarness();
    const d = await drillOf(h, { timeLimitMinutes: 20 });
    h.clock.advance(21);
    await evaluateIncident(h.deps, d.issueKey);
    const ended = (await h.drills.getDrill(d.issueKey))!;
    expect([ended.status, ended.endReason]).toEqual(['ended', 'timeLimit']);
    expect(h.host.states.get(d.issueKey)!.status).toBe('none');
    expect(ended.findings.map((f) => [f.kind, f.accountId])).toEqual(expect.arrayContaining([['unreachable', 'agent-ana']]));
  });

  it("never counts a drill's pages towards anyone's workload", async () => {
    const h = await drillHarness();
    await drillOf(h);
    expect(h.notifier.outbox).toHaveLength(1);
    expect((await h.store.pageCounts(['agent-ana'], 0)).get('agent-ana') ?? 0).toBe(0);
  });
});
