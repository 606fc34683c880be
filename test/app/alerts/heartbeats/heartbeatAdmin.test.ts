import { createHeartbeat, deleteHeartbeat, listHeartbeats } from '../../../../src/app/alerts/heartbeats/admin/heartbeatAdmin.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { heartbeatHarness } from './heartbeatHarness.js';

describe('heartbeat settings', () => {
  it('names every field it refuses', async () => {
    const h = await heartbeatHarness();
    await expect(createHeartbeat(h.deps, ADMIN, { heartbeat: { name: 'Payroll export', integrationId: 'am-prod', intervalMinutes: 0, graceMinutes: -1 }, reason: 'payroll' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'intervalMinutes', message: 'must be at least 1 minute' }, { field: 'graceMinutes', message: 'must not be negative' }] });
    await expect(createHeartbeat(h.deps, ADMIN, { heartbeat: { name: 'Payroll export', integrationId: 'nope', intervalMinutes: 60, service: 'Canteen' }, reason: 'payroll' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'integrationId', message: 'must be one of the integrations: am-prod' }, { field: 'service' }] });
    await expect(createHeartbeat(h.deps, ADMIN, { heartbeat: { id: 'nightly-backup', name: 'Backups again', integrationId: 'am-prod', intervalMinutes: 60 }, reason: 'again' }))
      .rejects.toMatchObject({ code: 'CONFLICT', fields: [{ field: 'id' }] });
  });

  it('derives the id from the name and returns the secret once, never in the list', async () => {
    const h = await heartbeatHarness();
    const created = await createHeartbeat(h.deps, ADMIN, { heartbeat: { name: 'Payroll export!', integrationId: 'am-prod', intervalMinutes: 1440 }, reason: 'payroll' });
    expect(created.view.heartbeat.id).toBe('payroll-export');
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    expect(JSON.stringify(await listHeartbeats(h.deps, ADMIN))).not.toContain(created.secret);
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ action: 'createHeartbeat', accountId: ADMIN.accountId });
  });

  it('refuses anyone but policy admins, on the server', async () => {
    const h = await heartbeatHarness();
    await expect(listHeartbeats(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteHeartbeat(h.deps, AGENT, 'nightly-backup', 'mine')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('deletes a heartbeat, its secret and state, so its URL answers 404', async () => {
    const h = await heartbeatHarness();
    await deleteHeartbeat(h.deps, ADMIN, 'nightly-backup', 'job retired');
    expect((await h.ping()).status).toBe(404);
    expect(await h.heartbeats.getSecret('nightly-backup')).toBeNull();
  });
});
