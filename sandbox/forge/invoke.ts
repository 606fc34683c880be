import { randomUUID } from 'node:crypto';
import { InflightTracker } from './invoke/inflight.js';
import { invocationStore, type InvocationKind, type InvocationScope } from './invoke/invocationScope.js';
import type { LogBuffer } from './invoke/logBuffer.js';
import { DEFAULT_LIMIT_MS, RESOLVER_LIMIT_MS, WEBTRIGGER_LIMIT_MS, withTimeLimit } from './invoke/timeLimit.js';
import { splitHandler, type ForgeManifest } from './manifest.js';

/** Loads an app module by the name in a handler (`index` for `index.resolver`). */
export type ModuleLoader = (moduleName: string) => Promise<Record<string, unknown>>;

/** Real-millisecond overrides, so tests need not wait 25 s to see a timeout. */
export interface TimeLimitOverrides {
  resolver?: number;
  webtrigger?: number;
  /** Scheduled triggers, product triggers and consumers (otherwise `timeoutSeconds`, default 55). */
  other?: number;
}

export interface InvokeOptions {
  kind: InvocationKind;
  moduleKey: string;
  accountId?: string;
}

export interface InvocationOutcome {
  invocationId: string;
  functionKey: string;
  kind: InvocationKind;
  ok: boolean;
  value?: unknown;
  error?: Error;
  /** What the handler threw, unwrapped (an `InvocationError` is a plain object, not an Error). */
  thrown?: unknown;
  /** Virtual epoch millis. */
  startedAt: number;
  endedAt: number;
}

export interface InvokerDeps {
  manifest: ForgeManifest;
  loadModule: ModuleLoader;
  logs: LogBuffer;
  now: () => number;
  inflight?: InflightTracker;
  timeLimits?: TimeLimitOverrides;
}

/** Runs one Forge function the way the platform does: scoped runtime, time limit, captured logs. */
export class Invoker {
  readonly inflight: InflightTracker;
  readonly history: InvocationOutcome[] = [];

  constructor(private readonly deps: InvokerDeps) {
    this.inflight = deps.inflight ?? new InflightTracker();
  }

  limitFor(kind: InvocationKind, functionKey: string): number {
    const o = this.deps.timeLimits ?? {};
    if (kind === 'resolver') return o.resolver ?? RESOLVER_LIMIT_MS;
    if (kind === 'webtrigger') return o.webtrigger ?? WEBTRIGGER_LIMIT_MS;
    const declared = this.deps.manifest.functions.get(functionKey)?.timeoutSeconds;
    return o.other ?? (declared ? declared * 1000 : DEFAULT_LIMIT_MS);
  }

  /** Never throws: failures come back as `{ok: false, error}` so callers decide (retry, 500...). */
  invoke(functionKey: string, args: unknown[], options: InvokeOptions): Promise<InvocationOutcome> {
    return this.inflight.track(this.run(functionKey, args, options));
  }

  private async run(functionKey: string, args: unknown[], options: InvokeOptions): Promise<InvocationOutcome> {
    const limitMs = this.limitFor(options.kind, functionKey);
    const scope: InvocationScope = {
      invocationId: randomUUID(),
      functionKey,
      moduleKey: options.moduleKey,
      kind: options.kind,
      accountId: options.accountId,
      deadline: Date.now() + limitMs,
    };
    const startedAt = this.deps.now();
    const finish = (fields: Pick<InvocationOutcome, 'ok' | 'value' | 'error' | 'thrown'>): InvocationOutcome => {
      const outcome = { invocationId: scope.invocationId, functionKey, kind: options.kind, startedAt, endedAt: this.deps.now(), ...fields };
      this.history.push(outcome);
      if (this.history.length > 1_000) this.history.shift();
      return outcome;
    };
    try {
      const handler = await this.resolveHandler(functionKey);
      // The limit covers the handler's run, not the sandbox loading (and compiling) app code.
      scope.deadline = Date.now() + limitMs;
      const work = invocationStore.run(scope, () => Promise.resolve().then(() => handler(...args)));
      return finish({ ok: true, value: await withTimeLimit(work, limitMs, functionKey) });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(`Handler threw a non-Error: ${JSON.stringify(e)}`);
      this.deps.logs.record('error', scope.invocationId, functionKey, `Invocation failed: ${error.stack ?? error.message}`);
      return finish({ ok: false, error, thrown: e });
    }
  }

  private async resolveHandler(functionKey: string): Promise<(...args: unknown[]) => unknown> {
    const decl = this.deps.manifest.functions.get(functionKey);
    if (!decl) throw new Error(`manifest.yml declares no function '${functionKey}'`);
    const { module, exportName } = splitHandler(decl.handler);
    const handler = (await this.deps.loadModule(module))[exportName];
    if (typeof handler !== 'function') {
      throw new Error(`Handler '${decl.handler}' of function '${functionKey}' is not an exported function`);
    }
    return handler as (...args: unknown[]) => unknown;
  }
}
