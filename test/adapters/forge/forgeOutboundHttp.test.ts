import { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { parseManifest } from '../../../sandbox/forge/manifest.js';
import { FaultInjector } from '../../../sandbox/server/faultInjector.js';
import { ForgeOutboundHttp } from '../../../src/adapters/forge/forgeOutboundHttp.js';
import type { OutboundRequest } from '../../../src/ports/outboundHttp.js';

const MANIFEST = `
modules:
  function:
    - key: send
      handler: index.send
permissions:
  external:
    fetch:
      backend:
        - address: https://hooks.slack.com
`;

let runtime: ForgeRuntime;
let faults: FaultInjector;
beforeEach(() => {
  faults = new FaultInjector();
  runtime = new ForgeRuntime({
    manifest: parseManifest(MANIFEST),
    loadModule: async () => ({ send: (r: OutboundRequest) => new ForgeOutboundHttp().send(r) }),
    jira: async () => ({ status: 404, body: {} }),
    egressFaults: (url) => faults.egressFault(url),
  }).install();
});
afterEach(() => runtime.close());

const slack = (text: string, url = 'https://hooks.slack.com/services/T/B/C'): OutboundRequest =>
  ({ about: null, url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
const send = (r: OutboundRequest) => runtime.invokeFunction('send', [r], { kind: 'function', moduleKey: 'send' });

describe('ForgeOutboundHttp through @forge/api fetch, on the emulated Forge egress', () => {
  it('delivers to a declared host and reports the receiver\'s answer', async () => {
    expect((await send(slack('P1 Payments'))).value).toEqual({ status: 200, retryAfterSeconds: null, bodyExcerpt: 'ok' });
    expect(runtime.egressOutbox.all().map((d) => [d.channel, d.body])).toEqual([['slack', 'P1 Payments']]);
  });

  it('resolves an HTTP failure with its Retry-After, so the caller can back off', async () => {
    faults.set(FaultInjector.parse({ egress: [{ host: 'hooks.slack.com', status: 429, retryAfterSeconds: 30 }] }));
    expect((await send(slack('x'))).value).toMatchObject({ status: 429, retryAfterSeconds: 30 });
  });

  it('rejects when the request cannot be made: undeclared host, dropped connection', async () => {
    const refused = await send(slack('x', 'https://hooks.example.net/x'));
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatchObject({ name: 'REQUEST_EGRESS_ALLOWLIST_ERR', status: 403 });
    faults.set(FaultInjector.parse({ egress: [{ host: 'hooks.slack.com', networkError: true }] }));
    const dropped = await send(slack('x'));
    expect(dropped.error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });
});
