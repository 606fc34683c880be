import { fileURLToPath } from 'node:url';
import type { Envelope } from '../../../src/contracts/resolvers.js';
import { createSandbox, type Sandbox } from '../../../sandbox/server/createSandbox.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bad payloads the fault campaign's fuzzing found answered with INTERNAL (a 5xx) or refused
 * without a field name, through the real resolver entry point on the emulated Forge runtime
 * (whose KVS, like Forge's, refuses keys with characters outside its pattern).
 */
describe('resolver refusals name the field and are never INTERNAL', () => {
  let sb: Sandbox;
  beforeAll(async () => { sb = await createSandbox({ root: ROOT, speed: 0 }); }, 60_000);
  afterAll(() => sb.close(1_000));

  const admin = (functionKey: string, payload: unknown) =>
    sb.runtime.invokeResolver({ moduleKey: 'escalation-admin', functionKey, payload, accountId: 'sandbox-admin-adam' }) as Promise<Envelope<unknown>>;
  const panel = (functionKey: string, payload: unknown) =>
    sb.runtime.invokeResolver({ moduleKey: 'escalation-issue-panel', functionKey, payload, accountId: 'sandbox-agent-ana',
      extension: { type: 'jira:issuePanel', issue: { key: 'ITOPS-1', type: 'Incident' }, project: { key: 'ITOPS' } } }) as Promise<Envelope<unknown>>;

  it.each([
    ['getDrillReport', { issueKey: "jvdWt4k'j!" }, 'issueKey'],
    ['stopDrill', { issueKey: 'ITOPS-1 OR 1=1' }, 'issueKey'],
    ['addDrillFinding', { issueKey: '🔥', text: 'a finding' }, 'issueKey'],
    ['openDrillFindingTask', { issueKey: "x'", findingId: 'f1' }, 'issueKey'],
    ['getDrillCoverage', { programmeId: "bad'id!" }, 'programmeId'],
    // Ids no save could have stored (KVS keys take only [a-zA-Z0-9:._ -#]): refused, not a KVS error.
    ['deletePolicy', { id: 'Politique-é', reason: 'clean up' }, 'id'],
    ['deleteSchedule', { id: 'Bereitschaft-ü', reason: 'clean up' }, 'id'],
    ['deleteProtocol', { id: 'протокол', reason: 'clean up' }, 'id'],
  ])('%s with %j is refused naming %s', async (name, payload, field) => {
    const r = await admin(name, payload);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).not.toBe('INTERNAL');
    expect(r.error.fields.map((f) => f.field)).toContain(field);
  });

  it('confirming a bridge join on an incident without a bridge names the issue key', async () => {
    const r = await panel('confirmBridgeJoin', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{ field: 'issueKey', message: 'ITOPS-1 has no open bridge to join' }] } });
  });
});
