import { handleResolverCall } from '../../src/entry/resolvers/handleResolverCall.js';
import { resolverTable } from '../../src/entry/resolvers/resolverTable.js';
import { resolverNames } from '../../src/contracts/resolverContract.js';
import { ADMIN, AGENT, appHarness, aScheduleInput } from '../support/appHarness.js';

describe('resolvers', () => {
  it('every resolver name has a payload schema and a use case', () => {
    expect(Object.keys(resolverTable).sort()).toEqual([...resolverNames].sort());
  });

  it('the new admin resolvers answer in the envelope', async () => {
    const h = await appHarness();
    const call = (name: string, payload: unknown, who = ADMIN.accountId) => handleResolverCall(name, payload, who, async () => h.deps);
    expect(await call('getRoleMapping', {})).toMatchObject({ ok: true, data: { source: 'default' } });
    expect(await call('saveSchedule', { schedule: aScheduleInput(), reason: 'rota' })).toMatchObject({ ok: true, data: { schedule: { id: 'ops-primary' } } });
    expect(await call('previewSchedule', { id: 'ops-primary' })).toMatchObject({ ok: true, data: { scheduleId: 'ops-primary' } });
    expect(await call('getMyDuties', {})).toMatchObject({ ok: true, data: { accountId: 'admin-ada' } });
    expect(await call('runRoleAudit', {})).toMatchObject({ ok: true, data: { audit: { ranBy: 'admin-ada' } } });
    expect(await call('listAccessLog', {})).toEqual({ ok: true, data: [] });
  });

  it('refusals keep their code and reason; bad payloads name the field', async () => {
    const h = await appHarness();
    const call = (name: string, payload: unknown, who: string) => handleResolverCall(name, payload, who, async () => h.deps);
    expect(await call('listAccessLog', {}, AGENT.accountId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'viewAccessLog needs the policy admin or auditor role; you have: escalation initiator, responder, viewer' } });
    expect(await call('listAccessLog', { limit: 0 }, ADMIN.accountId)).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'limit' }] } });
    expect(await call('attestRoleAudit', { auditId: 'a', statement: 'ok' }, ADMIN.accountId)).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'statement' }] } });
    expect(await call('saveSchedule', { schedule: { id: 'x' }, reason: 'rota' }, ADMIN.accountId)).toMatchObject({ ok: false, error: { code: 'INVALID', fields: expect.arrayContaining([{ field: 'schedule.name', message: 'is required' }]) } });
  });
});
