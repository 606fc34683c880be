import { notifySource } from '../../../../src/app/alerts/ingest/notifySource.js';
import { evaluateIncident } from '../../../../src/app/escalation/evaluateIncident.js';
import { acknowledge } from '../../../../src/app/escalation/incidentCommands.js';
import { hmacSignature } from '../../../../src/domain/alerts/auth/hmacSignature.js';
import { nextPolicyVersion } from '../../../../src/domain/policies/policyVersion.js';
import { AGENT } from '../../../support/appHarness.js';
import { aPolicy, T0 } from '../../../support/builders.js';
import { fixture, ingestHarness, SECRET } from './ingestHarness.js';

const HOOK = 'https://alertmanager.example.com/hooks/jira';

async function openIncident(on: Array<'acknowledged' | 'resolved'> = ['acknowledged', 'resolved']) {
  const h = await ingestHarness({ outboundWebhook: { url: HOOK, on } });
  await h.store.savePolicyVersion(nextPolicyVersion(aPolicy({ triggers: [{ id: 'p2-up', type: 'priorityAtLeast', priority: 'P2' }] }), 1, 'admin-ada', 'page on priority', T0 - 1000));
  const key = (await h.send(fixture('alertmanager'))).results[0]!.incidentKey!;
  await h.runQueuedEvaluations();
  const resolveInJira = () => h.host.incidents.set(key, { ...h.host.incidents.get(key)!, statusCategory: 'done' });
  return { ...h, key, resolveInJira };
}

describe('notifying the source', () => {
  it('POSTs a signed JSON notice once when the incident is acknowledged, and records it', async () => {
    const h = await openIncident();
    await acknowledge(h.deps, AGENT, h.key);
    expect(h.http.sent).toHaveLength(1);
    const sent = h.http.sent[0]!;
    expect(sent).toMatchObject({ url: HOOK, method: 'POST' });
    expect(JSON.parse(sent.body)).toEqual({ event: 'acknowledged', incidentKey: h.key, integration: 'am-prod', dedupKey: 'c0ffee00d15ea5e1', at: new Date(T0).toISOString() });
    expect(sent.headers['X-Signature']).toBe(`sha256=${hmacSignature(SECRET, sent.headers['X-Signature-Timestamp']!, sent.body)}`);
    await notifySource(h.deps, h.key, 'acknowledged');
    expect(h.http.sent).toHaveLength(1);
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'notified', incidentKey: h.key, httpStatus: 200 });
  });

  it('POSTs once when the incident is resolved in Jira, and frees the dedup key for a new incident', async () => {
    const h = await openIncident();
    h.resolveInJira();
    await evaluateIncident(h.deps, h.key);
    await evaluateIncident(h.deps, h.key);
    expect(h.http.sent.map((r) => JSON.parse(r.body).event)).toEqual(['resolved']);
    const again = await h.send(fixture('alertmanager'));
    expect(again.results[0]).toMatchObject({ outcome: 'accepted' });
    expect(again.results[0]?.incidentKey).not.toBe(h.key);
  });

  it('sends only the events the integration asked for', async () => {
    const h = await openIncident(['resolved']);
    await acknowledge(h.deps, AGENT, h.key);
    expect(h.http.sent).toEqual([]);
  });

  it('records a failed call with the answer, without failing the acknowledgement', async () => {
    const h = await openIncident();
    h.http.respond = () => ({ status: 500, retryAfterSeconds: null, bodyExcerpt: 'boom' });
    const decision = await acknowledge(h.deps, AGENT, h.key);
    expect(decision.state.status).toBe('acknowledged');
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'notify-failed', httpStatus: 500, reason: expect.stringContaining('boom') });
  });

  it('records an unreachable host (e.g. not in the manifest egress list) as failed', async () => {
    const h = await openIncident();
    h.http.respond = () => new Error('egress to alertmanager.example.com is not permitted');
    await acknowledge(h.deps, AGENT, h.key);
    expect((await h.alerts.listDeliveries(h.id, 1))[0]).toMatchObject({ outcome: 'notify-failed', reason: expect.stringContaining('not permitted') });
  });

  it('does nothing for an incident no integration opened', async () => {
    const h = await openIncident();
    await notifySource(h.deps, 'ITOPS-1', 'resolved');
    expect(h.http.sent).toEqual([]);
  });
});
