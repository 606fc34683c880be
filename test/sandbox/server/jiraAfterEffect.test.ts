import { fileURLToPath } from 'node:url';
import { createSandbox, type Sandbox } from '../../../sandbox/server/createSandbox.js';
import { FaultInjector } from '../../../sandbox/server/faultInjector.js';
import { siteJiraPort } from '../../../sandbox/server/siteJiraPort.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * `jira.afterEffect`: Jira carries the app's call out and only the answer is lost, the case a
 * retry must not double. Without it the call fails before Jira sees it, as before.
 */
describe('Jira faults after the effect', () => {
  let sb: Sandbox;
  beforeAll(async () => { sb = await createSandbox({ root: ROOT, speed: 0 }); }, 60_000);
  afterAll(() => sb.close(1_000));

  const comment = (body: string) => ({ method: 'POST', path: '/rest/servicedeskapi/request/ITOPS-1/comment', query: {}, headers: { 'content-type': 'application/json' }, body: { body, public: false }, actor: { type: 'app' as const } });
  const internalComments = async () => {
    const r = await sb.site.handle({ method: 'GET', path: '/rest/servicedeskapi/request/ITOPS-1/comment', query: {}, headers: {}, actor: 'app' });
    return (JSON.parse(String(r.body)) as { values: { body: string }[] }).values.map((c) => c.body);
  };

  it('answers with the injected failure after Jira has applied the write', async () => {
    const faults = new FaultInjector();
    faults.set(FaultInjector.parse({ jira: { status: 504, share: 1, afterEffect: true } }));
    const res = await siteJiraPort(sb.site, faults)(comment('written, answer lost'));
    expect(res.status).toBe(504);
    expect(String(res.body)).toContain('after Jira carried the call out');
    expect(await internalComments()).toContain('written, answer lost');
    expect(faults.describe().injected.jira).toBe(1);
  });

  it('without afterEffect, fails the call before Jira sees it', async () => {
    const faults = new FaultInjector();
    faults.set(FaultInjector.parse({ jira: { status: 504, share: 1 } }));
    expect((await siteJiraPort(sb.site, faults)(comment('never written'))).status).toBe(504);
    expect(await internalComments()).not.toContain('never written');
  });

  it('refuses an afterEffect that is not a boolean, naming the field', () => {
    expect(() => FaultInjector.parse({ jira: { status: 504, afterEffect: 'yes' } })).toThrow(/jira\.afterEffect/);
  });
});
