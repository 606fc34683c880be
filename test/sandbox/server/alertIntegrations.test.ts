import { SOURCE_FORMATS } from '../../../src/contracts/integration.js';
import { client, EMAIL, startTestSandbox, tempState } from './support/serverFixture.js';

interface Sender { id: string; name: string; source: string; url: string | null; token: string | null }

const senders = async (http: ReturnType<typeof client>): Promise<Sender[]> => (await http.get('/__sandbox/integrations')).body as Sender[];

describe('the sandbox seeds one alert integration per format', () => {
  const state = tempState();
  afterAll(() => state.remove());

  it('through the admin resolvers, keeping ids and secrets across a restart, and shows a rotated secret at once', async () => {
    const first = await startTestSandbox(state.dir);
    const a = client(first.url);
    let before: Sender[];
    try {
      before = await senders(a);
      expect(before.map((s) => s.source).sort()).toEqual([...SOURCE_FORMATS].sort());
      for (const s of before) {
        expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        // The real webtrigger URL of this sandbox, with the integration named in the query.
        expect(s.url).toBe(`${first.url}/x/webtrigger/alert-ingest?integration=${s.id}`);
      }
      expect(new Set(before.map((s) => s.token)).size).toBe(SOURCE_FORMATS.length);
      // Seeded through the admin resolvers, so an admin sees them like any other.
      const listed = (await a.invoke(EMAIL.admin, 'escalation-admin', 'listIntegrations', {})).body;
      expect(listed.data.map((v: { integration: { projectKey: string } }) => v.integration.projectKey)).toEqual(Array(SOURCE_FORMATS.length).fill('ITOPS'));
    } finally {
      await first.close();
    }

    const second = await startTestSandbox(state.dir);
    const b = client(second.url);
    try {
      expect((await senders(b)).map(({ id, token }) => [id, token])).toEqual(before.map(({ id, token }) => [id, token]));
      const rotated = await b.invoke(EMAIL.admin, 'escalation-admin', 'rotateIntegrationSecret', { id: 'prometheus', overlapHours: 1, reason: 'demo rotation' });
      expect(rotated.body).toMatchObject({ ok: true, data: { secret: expect.any(String) } });
      expect((await senders(b)).find((s) => s.id === 'prometheus')?.token).toBe(rotated.body.data.secret);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('refuses the integration resolvers to an agent', async () => {
    const sandbox = await startTestSandbox();
    try {
      const res = await client(sandbox.url).invoke(EMAIL.agent, 'escalation-dashboard', 'listIntegrations', {});
      expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await sandbox.close();
    }
  }, 60_000);
});
