import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createForgeRuntime, VirtualClock, type ForgeRuntime } from '../forge/index.js';
import { createJiraSite, type JiraSite } from '../jira/index.js';
import { seedDemo, ITOPS } from '../seed/index.js';
import { loadAppBundle } from './appBundle.js';
import { FaultInjector } from './faultInjector.js';
import { installKvsFaults } from './kvsFaultSeam.js';
import { SandboxMeta } from './sandboxMeta.js';
import { seedRetentionHistory } from './seedRetentionHistory.js';
import { seedEscalation, type DemoSeed } from './seedEscalation.js';
import { siteJiraPort } from './siteJiraPort.js';
import { demoSlackWorkspace } from '../slack/demoSlackWorkspace.js';
import type { SlackWorkspace } from '../slack/slackWorkspace.js';

export interface SandboxOptions {
  /** Project root: manifest.yml, src/, static/. */
  root: string;
  /** Directory for jira.db and kvs.db; in memory when omitted. */
  stateDir?: string;
  /** Where the app bundle is cached between starts. */
  bundleDir?: string;
  /** Virtual time on the very first start (later starts resume the saved clock). */
  startAt?: number;
  /** Virtual ms per real ms; 0 keeps time still until someone advances it (tests). */
  speed?: number;
  /** The origin the server listens on, for webtrigger URLs. */
  origin?: string;
  echoLogs?: boolean;
  /**
   * `showcase` (what `npm start` uses) seeds the product as a newcomer should see it and runs
   * the first sweep at once; `fixture` (the default, for tests) seeds the lighter demo.
   */
  demo?: DemoSeed;
}

export interface Sandbox {
  site: JiraSite;
  runtime: ForgeRuntime;
  clock: VirtualClock;
  faults: FaultInjector;
  /** The Slack workspace war rooms open channels in (`GET /__sandbox/slack`). */
  slack: SlackWorkspace;
  /** True when this start created the demo data. */
  seeded: boolean;
  /** Writes the virtual time to the state file (also done every few seconds and on close). */
  saveClock(): void;
  /**
   * Stops time, lets running invocations finish (up to `graceMs`), persists the clock, stops
   * the runtime and closes both databases.
   */
  close(graceMs?: number): Promise<void>;
}

function openDb(file: string): Database.Database {
  const db = new Database(file);
  // WAL keeps readers and the writer apart; every statement is durable once it returns.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  return db;
}

/** The Jira site, the Forge runtime and the app, wired together and seeded; no HTTP. */
export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (options.stateDir) mkdirSync(options.stateDir, { recursive: true });
  const db = openDb(options.stateDir ? join(options.stateDir, 'jira.db') : ':memory:');
  const meta = new SandboxMeta(db);
  const clock = new VirtualClock({ startAt: meta.clockNow() ?? options.startAt ?? Date.now(), speed: options.speed ?? 1 });
  const faults = new FaultInjector();
  let runtime: ForgeRuntime | undefined;
  const site = createJiraSite({
    db,
    clock: () => new Date(clock.now()),
    // Product events reach the app's trigger the way Forge delivers them: after the write, as the app.
    onEvent: (event) => void runtime?.fireProductEvent(event),
  });
  const slack = demoSlackWorkspace(() => clock.now(), db);
  const loadModule = await loadAppBundle({ root: options.root, cacheDir: options.bundleDir ?? join(options.root, '.sandbox', 'app') });
  runtime = createForgeRuntime({
    manifest: join(options.root, 'manifest.yml'),
    loadModule,
    jira: siteJiraPort(site, faults),
    clock,
    ...(options.stateDir ? { kvsFile: join(options.stateDir, 'kvs.db') } : {}),
    ...(options.origin ? { webtriggerOrigin: options.origin } : {}),
    echoLogs: options.echoLogs ?? false,
    // Captured egress lives beside the emails Jira captured, so both survive a restart.
    egressDb: db,
    // Escalation timers are delayed queue events: kept on disk so a restart still fires them.
    queueDb: db,
    egressFaults: (url) => faults.egressFault(url),
    slack,
    queueFaults: () => faults.queueFault(),
  }).install();
  const undoFaults = installKvsFaults(faults);

  const seeded = !site.context.projects.find(ITOPS.key);
  seedDemo(site, new Date(clock.now()));
  await seedEscalation(runtime, clock.now(), options.demo);
  seedRetentionHistory(runtime, clock.now());
  // Forge runs a scheduled trigger within five minutes of a deploy; the showcase runs the first
  // sweep now, so the demo's open P1s are escalating by the time the dashboard first loads.
  if (options.demo === 'showcase') {
    const first = await runtime.runScheduledNow('escalation-sweep');
    // Not fatal: the sweep runs again every five virtual minutes, and its logs say what failed.
    if (!first.ok) console.error(`[sandbox] the first sweep failed: ${first.error?.message ?? 'see GET /__sandbox/logs'}`);
  }
  meta.saveClock(clock.now());
  if ((options.speed ?? 1) > 0) clock.start(options.speed ?? 1);
  // A running clock is saved now and then, so even a killed process resumes close to where it was.
  const saver = setInterval(() => meta.saveClock(clock.now()), 5_000);
  saver.unref();

  const started = runtime;
  return {
    site,
    runtime: started,
    clock,
    faults,
    slack,
    seeded,
    saveClock: () => meta.saveClock(clock.now()),
    async close(graceMs = 5_000) {
      clearInterval(saver);
      clock.stop();
      // An invocation cut off mid-way would find its database closed; give it a moment to finish.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([started.invoker.inflight.drain(), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
      meta.saveClock(clock.now());
      undoFaults();
      started.close();
      // Folds the WAL back into the main file so the state is one self-contained file at rest.
      if (options.stateDir) db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
