import fc from 'fast-check';
import { ingestAlert } from '../../../../src/app/alerts/ingest/ingestAlert.js';
import { MAX_BODY_BYTES } from '../../../../src/app/alerts/ingest/ingestAlert.js';
import { AUTH_KINDS } from '../../../../src/contracts/integration.js';
import { hmacSignature } from '../../../../src/domain/alerts/auth/hmacSignature.js';
import { fixture, ingestHarness, SECRET, snsEnvelope } from './ingestHarness.js';

type Harness = Awaited<ReturnType<typeof ingestHarness>>;

/** Everything a request could have changed: the alert store's state, Jira, the event log. */
async function snapshot(h: Harness) {
  const alertState = Object.fromEntries(Object.entries(h.alerts).filter(([k, v]) => k !== 'ops' && typeof v !== 'function'));
  return structuredClone({ alertState, created: h.host.created, comments: h.host.comments, events: await h.store.listEvents('ITOPS-1000'), pages: h.notifier.outbox });
}

const UNAUTHENTICATED_REFUSALS = [401, 403, 404, 405, 413];

const bodyArb = (nowMs: number) => fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc.constant(JSON.stringify(fixture('alertmanager'))),
  fc.constant(JSON.stringify(snsEnvelope(nowMs, 'Notification'))),
  fc.record({ version: fc.oneof(fc.constant('4'), fc.string()), status: fc.string(), alerts: fc.array(fc.dictionary(fc.string(), fc.json()), { maxLength: 3 }) }).map((b) => JSON.stringify(b)),
  fc.integer({ min: MAX_BODY_BYTES - 2, max: MAX_BODY_BYTES + 2 }).map((n) => 'x'.repeat(n)),
  fc.constant('é'.repeat(MAX_BODY_BYTES / 2 + 1)),
);

const credentialArb = fc.oneof(fc.constant(SECRET), fc.constant(`${SECRET}x`), fc.constant(''), fc.string({ maxLength: 40 }));

describe('the alert endpoint under random input', () => {
  it('never answers 5xx, and stores nothing from a refused unauthenticated request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...AUTH_KINDS),
        fc.constantFrom('POST', 'GET', 'PUT', 'post', 'DELETE'),
        fc.oneof(fc.constant<string[]>(['am-prod']), fc.constant<string[]>([]), fc.array(fc.string({ maxLength: 70 }), { maxLength: 2 })),
        fc.integer({ min: -900, max: 900 }),
        credentialArb,
        fc.boolean(),
        fc.dictionary(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 2 }), { maxKeys: 3 }),
        fc.nat(),
        async (auth, method, integration, skewSeconds, credential, signBody, junkHeaders, bodySeed) => {
          const h = await ingestHarness({ auth, format: auth === 'sns' ? 'cloudwatch-sns' : 'alertmanager' });
          const body = fc.sample(bodyArb(h.clock.now()), { seed: bodySeed, numRuns: 1 })[0]!;
          const ts = String(Math.floor(h.clock.now() / 1000) + skewSeconds);
          const headers: Record<string, string[]> = { ...junkHeaders };
          if (auth === 'bearer') headers['Authorization'] = [`Bearer ${credential}`];
          if (auth === 'hmac') Object.assign(headers, { 'X-Signature-Timestamp': [ts], 'X-Signature': [signBody ? hmacSignature(credential || SECRET, ts, body) : credential] });
          const query: Record<string, string[]> = { integration, ...(auth === 'sns' ? { token: [credential] } : {}) };
          const before = await snapshot(h);
          const res = await ingestAlert(h.deps, { method, path: '/', headers, queryParameters: query, body });
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(500);
          if (UNAUTHENTICATED_REFUSALS.includes(res.status)) expect(await snapshot(h)).toEqual(before);
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);

  it('never answers 5xx for random well-authenticated bodies of any format', async () => {
    const formats = ['alertmanager', 'grafana', 'datadog', 'splunk', 'pagerduty-events-v2'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...formats), fc.json({ maxDepth: 4 }), async (format, body) => {
        const h = await ingestHarness({ format });
        const res = await h.send(body);
        expect(res.status).toBeLessThan(500);
        expect([200, 202, 400]).toContain(res.status);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
