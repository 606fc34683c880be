import { acceptedSecrets } from '../../../../src/domain/alerts/auth/rotateSecret.js';
import { createIntegration } from '../../../../src/app/alerts/admin/createIntegration.js';
import { listIntegrations } from '../../../../src/app/alerts/admin/listIntegrations.js';
import { rotateIntegrationSecret } from '../../../../src/app/alerts/admin/rotateIntegrationSecret.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { anIntegrationInput, integrationHarness } from './integrationHarness.js';

async function withIntegration() {
  const h = await integrationHarness();
  const { secret } = await createIntegration(h.deps, ADMIN, { integration: anIntegrationInput(), reason: 'first one' });
  return { h, first: secret };
}

describe('rotating an integration secret', () => {
  it('returns a new secret once and keeps the old one working for the overlap window', async () => {
    const { h, first } = await withIntegration();
    const r = await rotateIntegrationSecret(h.deps, ADMIN, { id: 'prom-prod', overlapHours: 24, reason: 'quarterly rotation' });
    expect(r.secret).not.toBe(first);
    expect(r.previousSecretValidUntil).toBe('2026-11-28T09:00:00.000Z');
    expect(await h.alerts.getSecret('prom-prod')).toEqual({ current: r.secret, previous: first, previousValidUntil: '2026-11-28T09:00:00.000Z' });
    expect((await listIntegrations(h.deps, ADMIN))[0]?.previousSecretValidUntil).toBe('2026-11-28T09:00:00.000Z');
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ action: 'rotateIntegrationSecret', reason: 'prom-prod (previous secret valid for 24 h): quarterly rotation' });
  });

  it('stops mentioning the old secret once its overlap has passed', async () => {
    const { h } = await withIntegration();
    await rotateIntegrationSecret(h.deps, ADMIN, { id: 'prom-prod', overlapHours: 1, reason: 'rotation' });
    h.clock.advance(61);
    expect((await listIntegrations(h.deps, ADMIN))[0]?.previousSecretValidUntil).toBeNull();
  });

  it('revokes the old secret at once with no overlap, for a leaked secret', async () => {
    const { h, first } = await withIntegration();
    const r = await rotateIntegrationSecret(h.deps, ADMIN, { id: 'prom-prod', overlapHours: 0, reason: 'secret leaked in a ticket' });
    expect(r.previousSecretValidUntil).toBeNull();
    const stored = await h.alerts.getSecret('prom-prod');
    expect(acceptedSecrets(stored, new Date(h.clock.now()))).toEqual([r.secret]);
    expect(acceptedSecrets(stored, new Date(h.clock.now()))).not.toContain(first);
    expect((await listIntegrations(h.deps, ADMIN))[0]?.previousSecretValidUntil).toBeNull();
  });

  it('a second rotation retires the secret the first one kept', async () => {
    const { h, first } = await withIntegration();
    const second = await rotateIntegrationSecret(h.deps, ADMIN, { id: 'prom-prod', reason: 'rotation one' });
    const third = await rotateIntegrationSecret(h.deps, ADMIN, { id: 'prom-prod', reason: 'rotation two' });
    const stored = await h.alerts.getSecret('prom-prod');
    expect(stored).toMatchObject({ current: third.secret, previous: second.secret });
    expect(JSON.stringify(stored)).not.toContain(first);
  });

  it('refuses an unknown integration and anyone but a policy admin', async () => {
    const { h, first } = await withIntegration();
    await expect(rotateIntegrationSecret(h.deps, ADMIN, { id: 'nope', reason: 'rotation' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rotateIntegrationSecret(h.deps, AGENT, { id: 'prom-prod', reason: 'rotation' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.alerts.getSecret('prom-prod'))?.current).toBe(first);
  });
});
