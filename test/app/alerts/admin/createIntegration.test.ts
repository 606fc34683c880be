import { jest } from '@jest/globals';
import { createIntegration } from '../../../../src/app/alerts/admin/createIntegration.js';
import { deleteIntegration } from '../../../../src/app/alerts/admin/deleteIntegration.js';
import { listIntegrations } from '../../../../src/app/alerts/admin/listIntegrations.js';
import { updateIntegration } from '../../../../src/app/alerts/admin/updateIntegration.js';
import type { IntegrationInput } from '../../../../src/contracts/integration.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { anIntegrationInput, integrationHarness } from './integrationHarness.js';

describe('creating, changing and deleting integrations', () => {
  it('creates an integration, returns its secret once and lists it with its own URL but never the secret', async () => {
    const h = await integrationHarness();
    const created = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'alerts from prod Prometheus' });
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await h.alerts.getSecret('prom-prod')).toEqual({ current: created.secret, previous: null, previousValidUntil: null });
    expect(created.view).toMatchObject({
      integration: { id: 'prom-prod', format: 'alertmanager', rateLimitPerMinute: 600, onResolved: 'annotate' },
      url: 'https://ingest.example.test/x1/alert-ingest?integration=prom-prod',
      auth: { kind: 'bearer', headers: [{ name: 'Authorization', value: 'Bearer <secret>' }] },
    });
    const listed = await listIntegrations(h.deps, ADMIN);
    expect(listed.map((v) => v.integration.id)).toEqual(['prom-prod']);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: 'admin-ada', action: 'createIntegration', allowed: true, reason: 'prom-prod: alerts from prod Prometheus' });
  });

  it('gives two integrations different secrets', async () => {
    const h = await integrationHarness();
    const a = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ id: 'a' }), reason: 'first one' });
    const b = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ id: 'b' }), reason: 'second one' });
    expect(a.secret).not.toBe(b.secret);
  });

  it('derives the id from the name when none is given', async () => {
    const h = await integrationHarness();
    const { view } = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ id: '', name: 'Grafana — Prod EU!' }), reason: 'grafana' });
    expect(view.integration.id).toBe('grafana-prod-eu');
  });

  it('refuses a second integration with the same id, naming the field, and keeps the first secret', async () => {
    const h = await integrationHarness();
    const first = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'first one' });
    await expect(createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ name: 'Other' }), reason: 'again' }))
      .rejects.toMatchObject({ code: 'CONFLICT', fields: [{ field: 'id', message: 'already in use; choose another id' }] });
    expect((await h.alerts.getSecret('prom-prod'))?.current).toBe(first.secret);
  });

  test.each([
    [{ name: '' }, 'name', 'must not be empty'],
    [{ format: 'nagios' as IntegrationInput['format'] }, 'format', expect.stringContaining('alertmanager')],
    [{ projectKey: 'itops' }, 'projectKey', 'must be a Jira project key such as ITOPS'],
    [{ rateLimitPerMinute: 0 }, 'rateLimitPerMinute', expect.any(String)],
    [{ format: 'cloudwatch-sns', auth: 'bearer' }, 'auth', expect.stringContaining('SNS')],
    [{ format: 'datadog', auth: 'sns' }, 'auth', expect.stringContaining('must be one of bearer, basic, hmac')],
    [{ service: 'Billing' }, 'service', 'must be one of the configured services: Payments, Email, Intranet, Mainframe billing'],
    [{ outboundWebhook: { url: 'http://example.test/hook', on: ['resolved'] } }, 'outboundWebhook.url', 'must be an https URL'],
    [{ outboundWebhook: { url: 'https://example.test/hook', on: [] } }, 'outboundWebhook.on', 'choose at least one event'],
    [{ correlation: [{ id: 'svc', kind: 'same-service', withinMinutes: 0 }] }, 'correlation[0].withinMinutes', expect.any(String)],
    [{ correlation: [{ id: 'a', kind: 'same-service', withinMinutes: 5 }, { id: 'a', kind: 'same-labels', keys: [] }] }, 'correlation[1].id', '"a" is used by an earlier rule'],
    [{ correlation: [{ id: 'l', kind: 'same-labels', keys: ['env', 'env'] }] }, 'correlation[0].keys[1]', '"env" is listed twice'],
    [{ sustain: { occurrences: 1 } }, 'sustain.occurrences', expect.any(String)],
  ] as Array<[Partial<IntegrationInput>, string, unknown]>)('refuses %j, naming %s, and stores nothing', async (overrides, field, message) => {
    const h = await integrationHarness();
    await expect(createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(overrides), reason: 'try it' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: expect.arrayContaining([{ field, message }]) });
    expect(await h.alerts.listIntegrations()).toEqual([]);
    expect(await h.alerts.getSecret('prom-prod')).toBeNull();
  });

  it('updates settings but not the id or the secret, and refuses an unknown id', async () => {
    const h = await integrationHarness();
    const { secret } = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'first one' });
    const view = await updateIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ rateLimitPerMinute: 60, onResolved: 'resolve' }), reason: 'quieter' });
    expect(view.integration).toMatchObject({ rateLimitPerMinute: 60, onResolved: 'resolve' });
    expect(view.auth.notes).toContain('At most 60 requests a minute; more are answered 429 with Retry-After.');
    expect((await h.alerts.getSecret('prom-prod'))?.current).toBe(secret);
    await expect(updateIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ id: 'nope' }), reason: 'typo' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes the integration with its secret, recording why', async () => {
    const h = await integrationHarness();
    await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'first one' });
    expect(await deleteIntegration(h.deps, ADMIN, 'prom-prod', 'Prometheus retired')).toEqual({ deleted: 'prom-prod' });
    expect(await h.alerts.getIntegration('prom-prod')).toBeNull();
    expect(await h.alerts.getSecret('prom-prod')).toBeNull();
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ action: 'deleteIntegration', reason: 'prom-prod: Prometheus retired' });
    await expect(deleteIntegration(h.deps, ADMIN, 'prom-prod', 'again')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses agents on the server, logs the attempt and changes nothing', async () => {
    const h = await integrationHarness();
    await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'first one' });
    await expect(createIntegration(h.deps, AGENT, { integration: anIntegrationInput({ id: 'sneaky' }), reason: 'let me in' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('manageIntegrations needs the policy admin role') });
    await expect(listIntegrations(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteIntegration(h.deps, AGENT, 'prom-prod', 'let me in')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.alerts.listIntegrations()).map((i) => i.id)).toEqual(['prom-prod']);
    expect((await h.store.listAccessLog(3)).map((e) => [e.accountId, e.action, e.allowed])).toEqual([
      ['agent-ana', 'deleteIntegration', false], ['agent-ana', 'listIntegrations', false], ['agent-ana', 'createIntegration', false],
    ]);
  });

  it('lists integrations without a URL where the app cannot tell it', async () => {
    const h = await integrationHarness();
    const { ingest: _unused, ...withoutUrl } = h.deps;
    await createIntegration(withoutUrl, ADMIN, { integration: anIntegrationInput({ format: 'cloudwatch-sns', auth: 'sns' }), reason: 'aws' });
    const [view] = await listIntegrations(withoutUrl, ADMIN);
    expect(view).toMatchObject({ url: null, auth: { kind: 'sns', subscriptionUrl: '<integration URL>&token=<secret>' } });
  });

  it('still lists integrations, without a URL, when the platform refuses the webtrigger URL', async () => {
    const h = await integrationHarness();
    const refusing = { ...h.deps, ingest: { alertIngestUrl: () => Promise.reject(new Error('No webtrigger module')) } };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const created = await createIntegration(refusing, ADMIN, { integration: anIntegrationInput(), reason: 'prometheus' });
      expect(created.view.url).toBeNull();
      expect((await listIntegrations(refusing, ADMIN)).map((v) => [v.integration.id, v.url])).toEqual([['prom-prod', null]]);
    } finally {
      warn.mockRestore();
    }
  });
});
