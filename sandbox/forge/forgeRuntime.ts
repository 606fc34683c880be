// First: the fetch dispatcher must be in place before any @forge/api copy is loaded (see egressSeam).
import { installEgress } from './egress/egressSeam.js';
import type Database from 'better-sqlite3';
import { EgressAllowlist } from './egress/egressAllowlist.js';
import { EgressEmulator, type EgressFault } from './egress/egressEmulator.js';
import { EgressOutbox } from './egress/egressOutbox.js';
import { createForgeFetch } from './forgeFetch.js';
import { Invoker, type InvocationOutcome, type InvokeOptions, type ModuleLoader, type TimeLimitOverrides } from './invoke.js';
import type { ResolverCall, WebtriggerRequest, WebtriggerResponse } from './invoke/eventPayloads.js';
import { LogBuffer, type LogEntry, type LogQuery } from './invoke/logBuffer.js';
import type { InstallationInfo } from './invoke/runtimeGlobal.js';
import type { JiraHandler } from './jiraPort.js';
import { KvsService } from './kvs/kvsService.js';
import { loadManifest, type ForgeManifest } from './manifest.js';
import { ModuleInvocations } from './moduleInvocations.js';
import { PendingEvents } from './queue/pendingEvents.js';
import { QueueService, type DeliveryFault } from './queue/queueService.js';
import { startScheduledTriggers } from './scheduledTriggers.js';
import { installForgeSeams } from './seams.js';
import { installClockSeam, VirtualClock } from './virtualClock.js';
import type { SlackWorkspace } from '../slack/slackWorkspace.js';

export interface ForgeRuntimeOptions {
  /** Parsed manifest, or the path of manifest.yml. */
  manifest: ForgeManifest | string;
  loadModule: ModuleLoader;
  jira: JiraHandler;
  clock?: VirtualClock;
  /** SQLite file for KVS; in memory when omitted. */
  kvsFile?: string;
  installation?: Partial<InstallationInfo>;
  /** Origin webtrigger URLs are built on (`<origin>/x/webtrigger/<moduleKey>`). */
  webtriggerOrigin?: string;
  timeLimits?: TimeLimitOverrides;
  /** Also print captured app logs to the real console. */
  echoLogs?: boolean;
  /** Where captured egress is kept (a table is added); in memory when omitted. */
  egressDb?: Database.Database;
  /** Where undelivered queue events are kept, so they survive a restart; in memory when omitted. */
  queueDb?: Database.Database;
  /** Failures to inject into the app's egress, asked once per allowed request. */
  egressFaults?: (url: URL) => EgressFault | undefined;
  /** The Slack workspace answering the Web API at slack.com (war rooms). */
  slack?: SlackWorkspace;
  /** Duplicate or late queue deliveries to inject, asked once per published event. */
  queueFaults?: () => DeliveryFault | undefined;
}

/** The emulated Forge platform under one app: run it with `install()`, drive it, `close()` it. */
export class ForgeRuntime {
  readonly clock: VirtualClock;
  readonly manifest: ForgeManifest;
  readonly info: InstallationInfo;
  readonly kvs: KvsService;
  readonly queue: QueueService;
  readonly logs: LogBuffer;
  readonly invoker: Invoker;
  readonly modules: ModuleInvocations;
  /** Every request app code sent to an external host. */
  readonly egressOutbox: EgressOutbox;
  readonly egress: EgressEmulator;
  private readonly origin: string;
  private undo: Array<() => void> = [];

  constructor(private readonly options: ForgeRuntimeOptions) {
    this.clock = options.clock ?? new VirtualClock();
    this.manifest = typeof options.manifest === 'string' ? loadManifest(options.manifest) : options.manifest;
    this.info = {
      appId: this.manifest.appId,
      appVersion: '1.0.0',
      environmentId: 'sandbox-environment',
      environmentType: 'DEVELOPMENT',
      installationId: 'sandbox-installation',
      cloudId: 'sandbox-cloud',
      siteUrl: 'http://127.0.0.1',
      scopes: this.manifest.scopes,
      ...options.installation,
    };
    this.origin = options.webtriggerOrigin ?? 'http://127.0.0.1:8787';
    const now = () => this.clock.now();
    this.logs = new LogBuffer(now, 5_000, options.echoLogs ?? false);
    this.kvs = new KvsService({ now, filename: options.kvsFile, entities: this.manifest.entities });
    this.invoker = new Invoker({ manifest: this.manifest, loadModule: options.loadModule, logs: this.logs, now, timeLimits: options.timeLimits });
    this.modules = new ModuleInvocations(this.manifest, this.info, this.invoker);
    this.queue = new QueueService(this.clock, this.manifest.consumers, (c, e) => this.modules.consumer(c, e), (m) => this.platformLog(m), new PendingEvents(options.queueDb), options.queueFaults);
    this.clock.setIdleWaiter(() => this.settle());
    this.egressOutbox = new EgressOutbox(options.egressDb);
    this.egress = new EgressEmulator({
      allowlist: new EgressAllowlist(this.manifest.egress),
      outbox: this.egressOutbox,
      now,
      warn: (m) => this.platformLog(m),
      ...(options.egressFaults ? { faultFor: options.egressFaults } : {}),
      ...(options.slack ? { slack: options.slack } : {}),
    });
  }

  /** Installs `__forge_fetch__`, `__forge_runtime__`, `__sandbox_clock__` and log capture; arms scheduled triggers. */
  install(): this {
    const fetch = createForgeFetch({
      kvs: this.kvs,
      queue: () => this.queue,
      jira: this.options.jira,
      webtriggers: { urlFor: (k) => this.webtriggerUrl(k), moduleKeys: () => this.manifest.webtriggers.map((w) => w.key) },
    });
    this.undo.push(installForgeSeams(fetch, this.info), installClockSeam(this.clock), installEgress((input, init) => this.egress.fetch(input, init)));
    this.logs.install();
    this.undo.push(() => this.logs.uninstall());
    // After the seams: a restored event already due is delivered on the next turn.
    this.queue.restore();
    this.undo.push(startScheduledTriggers(this.clock, this.manifest.scheduledTriggers, (t) => this.runScheduledNow(t.key)));
    return this;
  }

  close(): void {
    for (const undo of this.undo.reverse()) undo();
    this.undo = [];
    this.clock.stop();
    this.kvs.close();
  }

  webtriggerUrl(moduleKey: string): string {
    return `${this.origin}/x/webtrigger/${encodeURIComponent(moduleKey)}`;
  }

  invokeFunction(functionKey: string, args: unknown[], options: InvokeOptions): Promise<InvocationOutcome> {
    return this.invoker.invoke(functionKey, args, options);
  }

  /** A Custom UI `invoke(functionKey, payload)` from `call.moduleKey`, as `call.accountId`. */
  invokeResolver(call: ResolverCall): Promise<unknown> {
    return this.modules.resolver(call);
  }

  /** Invokes every `trigger` module whose `events` include `event.eventType`. */
  fireProductEvent(event: { eventType: string } & Record<string, unknown>): Promise<InvocationOutcome[]> {
    return this.modules.productEvent(event);
  }

  runScheduledNow(moduleKey: string): Promise<InvocationOutcome> {
    return this.modules.scheduled(moduleKey);
  }

  invokeWebtrigger(moduleKey: string, request: WebtriggerRequest): Promise<WebtriggerResponse> {
    return this.modules.webtrigger(moduleKey, request);
  }

  /** Resolves once nothing runs and nothing is due at the current virtual time. */
  async settle(): Promise<void> {
    for (let round = 0; round < 10_000; round++) {
      const fired = this.clock.fireDue();
      if (fired > 0 || this.clock.busy || this.invoker.inflight.size > 0) {
        await Promise.all([this.clock.idle(), this.invoker.inflight.drain()]);
        continue;
      }
      // One macrotask turn lets stray async work (setImmediate, I/O callbacks) surface.
      await new Promise((resolve) => setImmediate(resolve));
      if (!this.clock.hasDue() && !this.clock.busy && this.invoker.inflight.size === 0) return;
    }
    throw new Error('settle(): work keeps being rescheduled at the current virtual time');
  }

  advance(ms: number): Promise<void> {
    return this.clock.advance(ms);
  }

  getLogs(query?: LogQuery): LogEntry[] {
    return this.logs.getLogs(query);
  }

  private platformLog(message: string): void {
    this.logs.record('warn', 'platform', 'platform', message);
  }
}

export const createForgeRuntime = (options: ForgeRuntimeOptions): ForgeRuntime => new ForgeRuntime(options);
