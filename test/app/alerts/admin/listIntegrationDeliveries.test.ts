import { createIntegration } from '../../../../src/app/alerts/admin/createIntegration.js';
import { listIntegrationDeliveries } from '../../../../src/app/alerts/admin/listIntegrationDeliveries.js';
import { handleResolverCall } from '../../../../src/entry/resolvers/handleResolverCall.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { aDelivery } from '../ingest/anIntegration.js';
import { anIntegrationInput, integrationHarness } from './integrationHarness.js';

describe('recent deliveries', () => {
  it('lists what happened to each request, newest first, with the reason', async () => {
    const h = await integrationHarness();
    await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput({ id: 'am-prod' }), reason: 'prometheus' });
    await h.alerts.commit({ integrationId: 'am-prod', counter: { windowStart: 0, count: 3, seq: 3 }, deliveries: [
      aDelivery(1), aDelivery(2, { outcome: 'deduplicated', reason: 'repeat 2 of ITOPS-1' }),
      aDelivery(3, { outcome: 'suppressed', httpStatus: 202, reason: 'maintenance window payments-db-upgrade', incidentKey: null }),
    ] });
    const list = await listIntegrationDeliveries(h.deps, ADMIN, 'am-prod', 2);
    expect(list.map((d) => [d.outcome, d.reason])).toEqual([
      ['suppressed', 'maintenance window payments-db-upgrade'], ['deduplicated', 'repeat 2 of ITOPS-1'],
    ]);
    await expect(listIntegrationDeliveries(h.deps, ADMIN, 'nope', 10)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listIntegrationDeliveries(h.deps, AGENT, 'am-prod', 10)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('integration resolvers', () => {
  it('answer in the envelope and name the field of a bad payload', async () => {
    const h = await integrationHarness();
    const call = (name: string, payload: unknown) => handleResolverCall(name, payload, { accountId: ADMIN.accountId }, async () => h.deps);
    expect(await call('createIntegration', { integration: anIntegrationInput() })).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'reason' }] } });
    expect(await call('createIntegration', { integration: anIntegrationInput(), reason: 'prometheus' })).toMatchObject({ ok: true, data: { secret: expect.any(String) } });
    expect(await call('listIntegrations', {})).toMatchObject({ ok: true, data: [{ integration: { id: 'prom-prod' } }] });
    expect(await call('rotateIntegrationSecret', { id: 'prom-prod', overlapHours: 169, reason: 'rotation' })).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'overlapHours' }] } });
    expect(await call('listIntegrationDeliveries', { id: 'prom-prod' })).toEqual({ ok: true, data: [] });
    expect(await call('saveAlertSettings', { settings: { peakHours: [{ id: 'x' }] }, reason: 'peak' })).toMatchObject({ ok: false, error: { code: 'INVALID', fields: expect.arrayContaining([{ field: 'peakHours[0].timeZone', message: 'Required' }]) } });
    expect(await call('deleteIntegration', { id: 'prom-prod', reason: 'gone' })).toEqual({ ok: true, data: { deleted: 'prom-prod' } });
  });
});
