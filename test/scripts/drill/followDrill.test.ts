import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningSandbox } from '../../../sandbox/server/startSandbox.js';
import { followDrill, NotDrillable, type FollowOptions } from '../../../scripts/drill/followDrill.js';
import { drillExitCode, hopTable } from '../../../scripts/drill/hopTable.js';
import { startTestSandbox } from '../../sandbox/server/support/serverFixture.js';

const options = (site: string, over: Partial<FollowOptions> = {}): FollowOptions => ({
  site, email: 'adam.admin@example.test', token: 'sandbox', programme: null, policy: null, scenario: null,
  respond: new Map(), stepMinutes: 5, log: () => undefined, ...over,
});

describe('npm run drill against a running sandbox (--site)', () => {
  let running: RunningSandbox;
  beforeAll(async () => { running = await startTestSandbox(); }, 120_000);
  afterAll(() => running.close());

  it('runs the seeded programme: level 1 stays silent as told, level 2 answers in 5 minutes, exit 0', async () => {
    const lines: string[] = [];
    const r = await followDrill(options(running.url, { respond: new Map([[2, 5]]), log: (l) => lines.push(l) }));
    expect(r.report.drill).toMatchObject({ status: 'ended', endReason: 'acknowledged', programmeId: 'itops-quarterly' });
    expect(r.issue.labels).toContain('escalation-drill');
    expect(r.issue.summary).toMatch(/^\[DRILL\]/);
    expect(r.report.score.hops.map((h) => [h.level, h.ackedBy])).toEqual([[1, null], [2, 'sandbox-lead-lena']]);
    expect(r.report.score.hops[1]!.ackMinutes).toBe(5);
    expect(drillExitCode(r.report)).toBe(0);
    // Names from Jira through jira.js, in the progress lines and in the table.
    expect(lines.some((l) => /Lena Lead acknowledged level 2/.test(l))).toBe(true);
    expect(hopTable(r.report, r.names).join('\n')).toMatch(/technical L2 .*Lena Lead .*Lena Lead +5\.0 +15 .* ok/);
  }, 120_000);

  it('exits 1 when level 1 answers though the scenario told it not to', async () => {
    const r = await followDrill(options(running.url, { respond: new Map([[1, 3]]) }));
    expect(r.report.score.hops[0]).toMatchObject({ level: 1, ackedBy: 'sandbox-agent-ana' });
    expect(drillExitCode(r.report)).toBe(1);
  }, 120_000);

  it('refuses a wrong token before starting anything', async () => {
    await expect(followDrill(options(running.url, { token: 'wrong' }))).rejects.toThrow(NotDrillable);
  });
});

describe('npm run drill against a site that is not a sandbox', () => {
  let server: Server;
  let site: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // Just enough of Jira for jira.js to learn who the caller is; no /__sandbox routes.
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url?.startsWith('/rest/api/3/myself')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ accountId: 'x-1', accountType: 'atlassian', displayName: 'Site Admin', active: true, self: `${site}/rest/api/3/user?accountId=x-1` }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"errorMessages":["not found"]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('says where to run the drill instead, and changes nothing', async () => {
    await expect(followDrill(options(site))).rejects.toThrow(/is not a sandbox.*Settings → Drills/);
    expect(seen.filter((s) => s.startsWith('POST'))).toEqual([]);
  });
});
