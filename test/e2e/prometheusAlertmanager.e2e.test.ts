import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startE2eSandbox, type E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';

/**
 * Debian's real Prometheus and Alertmanager (`apt-get install prometheus prometheus-alertmanager`,
 * see .ci/run) against the sandbox: an always-firing rule, Alertmanager's webhook receiver set
 * up exactly as the integration page says (bearer token in http_config.authorization), and the
 * seeded `prometheus` integration's real webtrigger URL. Both run on 127.0.0.1 ports of their
 * own with temporary configs and are stopped afterwards. It lives in the e2e suite, beside the
 * Chromium tests, because it needs packages beyond Node, as they do, and real seconds pass.
 */
const PROMETHEUS = process.env.E2E_PROMETHEUS ?? '/usr/bin/prometheus';
const ALERTMANAGER = process.env.E2E_ALERTMANAGER ?? '/usr/bin/prometheus-alertmanager';

interface Sender { id: string; source: string; url: string; token: string }
interface Delivery { outcome: string; incidentKey: string | null; dedupKey: string | null; reason: string }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls until `check` gives a value, for at most `ms` real milliseconds (a wait, never a timing assertion). */
async function waitFor<T>(what: string, check: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Prometheus and Alertmanager, as Debian ships them, paging through the sandbox', () => {
  let sandbox: E2eSandbox;
  let dir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    dir = mkdtempSync(join(tmpdir(), 'prom-e2e-'));
  });
  afterAll(async () => {
    for (const c of children) {
      if (c.exitCode === null) {
        const exited = new Promise((r) => c.once('exit', r));
        c.kill('SIGTERM');
        await exited;
      }
    }
    await sandbox?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (bin: string, args: string[], log: string) => {
    const out = openSync(join(dir, log), 'a');
    const child = spawn(bin, args, { stdio: ['ignore', out, out] });
    children.push(child);
    return child;
  };
  const deliveries = async (id: string): Promise<Delivery[]> => {
    const r = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'listIntegrationDeliveries', { id, limit: 200 });
    return (r.body as { data: Delivery[] }).data;
  };

  it('an always-firing rule opens exactly one incident, and Alertmanager\'s repeats open no more', async () => {
    const senders = (await (await fetch(`${sandbox.url}/__sandbox/integrations`)).json()) as Sender[];
    const prometheus = senders.find((s) => s.id === 'prometheus')!;
    const [promPort, amPort] = [await freePort(), await freePort()];

    writeFileSync(join(dir, 'alertmanager.yml'), [
      'route:',
      '  receiver: jira-escalation',
      '  group_by: [alertname]',
      '  group_wait: 1s',
      '  group_interval: 1s',
      '  repeat_interval: 2s',
      'receivers:',
      '  - name: jira-escalation',
      '    webhook_configs:',
      `      - url: '${prometheus.url}'`,
      '        send_resolved: true',
      '        http_config:',
      '          authorization:',
      '            type: Bearer',
      `            credentials: '${prometheus.token}'`,
    ].join('\n'));
    writeFileSync(join(dir, 'rules.yml'), [
      'groups:',
      '  - name: e2e',
      '    interval: 1s',
      '    rules:',
      '      - alert: AlwaysFiring',
      '        expr: vector(1)',
      '        labels: { severity: critical, service: Payments }',
      "        annotations: { summary: 'Always firing (end-to-end test)' }",
    ].join('\n'));
    writeFileSync(join(dir, 'prometheus.yml'), [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      `rule_files: ['${join(dir, 'rules.yml')}']`,
      'alerting:',
      '  alertmanagers:',
      `    - static_configs: [{ targets: ['127.0.0.1:${amPort}'] }]`,
    ].join('\n'));

    run(ALERTMANAGER, [`--config.file=${join(dir, 'alertmanager.yml')}`, `--storage.path=${join(dir, 'am-data')}`,
      `--web.listen-address=127.0.0.1:${amPort}`, '--cluster.listen-address='], 'alertmanager.log');
    run(PROMETHEUS, [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'prom-data')}`,
      `--web.listen-address=127.0.0.1:${promPort}`, '--rules.alert.resend-delay=1s'], 'prometheus.log');

    // Several deliveries from Alertmanager: the first opens the incident, the repeats deduplicate.
    const seen = await waitFor('three Alertmanager deliveries', async () => {
      const d = (await deliveries('prometheus')).filter((x) => x.dedupKey !== null);
      return d.length >= 3 ? d : null;
    }, 90_000);
    const opened = seen.filter((d) => d.outcome === 'accepted');
    expect(opened).toHaveLength(1);
    // Newest first: every delivery after the one that opened the incident was a repeat of it.
    expect(seen.map((d) => d.outcome)).toEqual([...Array(seen.length - 1).fill('deduplicated'), 'accepted']);
    expect(new Set(seen.map((d) => d.dedupKey)).size).toBe(1);

    const issues = await sandbox.api.jira(USERS.agent, 'POST', '/rest/api/3/search/jql', { jql: 'project = ITOPS AND labels = "alert-prometheus"', fields: ['summary', 'components'] });
    expect(issues.body.issues).toEqual([expect.objectContaining({ key: opened[0]!.incidentKey, fields: expect.objectContaining({ summary: '[CRITICAL] Always firing (end-to-end test)' }) })]);
  }, 150_000);
});
