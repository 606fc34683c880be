import { z } from 'zod';
import type { EgressFault } from '../forge/egress/egressEmulator.js';

/** The next `count` egress requests to `host` fail: with an HTTP status, or with no answer at all. */
const EgressFaultSchema = z.object({
  /** Exact host name, e.g. `hooks.slack.com`. */
  host: z.string().min(1).transform((h) => h.toLowerCase()),
  count: z.number().int().min(1).max(10_000).default(1),
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  networkError: z.literal(true).optional(),
}).strict().refine((f) => (f.status === undefined) !== (f.networkError === undefined), {
  message: 'give either status or networkError: true',
}).refine((f) => f.retryAfterSeconds === undefined || f.status !== undefined, {
  message: 'retryAfterSeconds goes with a status',
  path: ['retryAfterSeconds'],
});

/** What `POST /__sandbox/faults` accepts. Every part is optional; a new POST replaces the old set. */
export const FaultSpecSchema = z.object({
  jira: z.object({
    status: z.number().int().min(400).max(599),
    /** Share of the app's Jira calls that fail, 0..1. */
    share: z.number().min(0).max(1).default(1),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Only calls whose path starts with this, e.g. `/rest/api/3/issue`. */
    pathPrefix: z.string().startsWith('/').optional(),
    /**
     * Jira carries the call out and then the answer is lost: the app sees the failure although
     * the write happened (a gateway time-out after the fact). A retry must find the effect.
     */
    afterEffect: z.boolean().optional(),
  }).strict().optional(),
  /** Real milliseconds added before each of the app's Jira calls. */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  kvs: z.object({
    share: z.number().min(0).max(1).default(1),
    status: z.number().int().min(400).max(599).default(500),
    code: z.string().min(1).default('INTERNAL_SERVER_ERROR'),
  }).strict().optional(),
  /** Failures for the app's calls to external hosts (chat webhooks, SMS gateways). */
  egress: z.array(EgressFaultSchema).max(50).optional(),
  /**
   * Kills the next `count` invocations (of `functionKey`, when given) after `afterCalls` platform
   * calls (Jira, KVS, queue): from then on every platform call of that invocation fails, as if
   * its process had died at that step boundary. Nothing it does afterwards reaches Jira or storage.
   */
  kill: z.object({
    afterCalls: z.number().int().min(0).max(1000),
    count: z.number().int().min(1).max(10_000).default(1),
    functionKey: z.string().min(1).optional(),
  }).strict().optional(),
}).strict();
export type FaultSpec = z.infer<typeof FaultSpecSchema>;

/**
 * Spreads failures evenly instead of at random: with share 0.25 exactly every fourth matching
 * call fails, so a test or a demo sees the same sequence every time.
 */
class EvenShare {
  private credit = 0;
  constructor(private readonly share: number) {}
  next(): boolean {
    this.credit += this.share;
    if (this.credit < 1 - 1e-9) return false;
    this.credit -= 1;
    return true;
  }
}

export interface JiraFault {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Let the call reach Jira first, then answer with this failure instead of Jira's answer. */
  afterEffect: boolean;
}

/** The faults currently injected into the app's Jira and KVS traffic. */
export class FaultInjector {
  private spec: FaultSpec = {};
  private jiraShare = new EvenShare(0);
  private kvsShare = new EvenShare(0);
  /** How many calls each fault has failed, for `GET /__sandbox/faults`. */
  private injected = { jira: 0, kvs: 0, egress: 0, killed: 0 };
  /** Failures still to inject per egress rule, counted down as requests go out. */
  private egressLeft: number[] = [];
  /** Invocations still to kill, and the platform calls seen so far by each doomed one. */
  private killsLeft = 0;
  private doomed = new Map<string, { calls: number; dead: boolean }>();
  private spared = new Set<string>();

  /** Parses a spec as `POST /__sandbox/faults` does; throws naming the field that is wrong. */
  static parse(raw: unknown): FaultSpec {
    const r = FaultSpecSchema.safeParse(raw);
    if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    return r.data;
  }

  set(spec: FaultSpec): void {
    this.spec = spec;
    this.jiraShare = new EvenShare(spec.jira?.share ?? 0);
    this.kvsShare = new EvenShare(spec.kvs?.share ?? 0);
    this.egressLeft = (spec.egress ?? []).map((f) => f.count);
    this.killsLeft = spec.kill?.count ?? 0;
    this.doomed.clear();
    this.spared.clear();
    this.injected = { jira: 0, kvs: 0, egress: 0, killed: 0 };
  }

  clear(): void {
    this.set({});
  }

  describe(): { spec: FaultSpec; injected: { jira: number; kvs: number; egress: number; killed: number }; egressRemaining: number[] } {
    return { spec: this.spec, injected: { ...this.injected }, egressRemaining: [...this.egressLeft] };
  }

  async delay(): Promise<void> {
    const ms = this.spec.latencyMs ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** A failure for this Jira call, or undefined to let it through. */
  jiraFault(path: string): JiraFault | undefined {
    const f = this.spec.jira;
    if (!f || (f.pathPrefix && !path.startsWith(f.pathPrefix)) || !this.jiraShare.next()) return undefined;
    this.injected.jira++;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (f.retryAfterSeconds !== undefined) headers['retry-after'] = String(f.retryAfterSeconds);
    const body = JSON.stringify({ errorMessages: [`Injected by the sandbox: HTTP ${f.status}${f.afterEffect ? ' (after Jira carried the call out)' : ''}`], errors: {} });
    return { status: f.status, headers, body, afterEffect: f.afterEffect === true };
  }

  /**
   * Whether this platform call of the invocation must fail because the invocation was killed.
   * An invocation is chosen when its first call arrives while kills are left; it dies once it
   * has made `afterCalls` calls, and stays dead for the rest of its run.
   */
  killed(invocationId: string | undefined, functionKey: string | undefined): boolean {
    const k = this.spec.kill;
    if (!k || invocationId === undefined) return false;
    let d = this.doomed.get(invocationId);
    if (!d) {
      if (this.spared.has(invocationId)) return false;
      if (this.killsLeft <= 0 || (k.functionKey && k.functionKey !== functionKey)) {
        this.spared.add(invocationId);
        return false;
      }
      this.killsLeft--;
      d = { calls: 0, dead: false };
      this.doomed.set(invocationId, d);
    }
    if (!d.dead && d.calls >= k.afterCalls) {
      d.dead = true;
      this.injected.killed++;
    }
    d.calls++;
    return d.dead;
  }

  kvsFault(): { status: number; body: { code: string; message: string } } | undefined {
    const f = this.spec.kvs;
    if (!f || !this.kvsShare.next()) return undefined;
    this.injected.kvs++;
    return { status: f.status, body: { code: f.code, message: 'Injected by the sandbox' } };
  }

  /** The failure for this egress request, or undefined to let it reach the emulated receiver. */
  egressFault(url: URL): EgressFault | undefined {
    const host = url.hostname.toLowerCase();
    const i = (this.spec.egress ?? []).findIndex((f, k) => f.host === host && (this.egressLeft[k] ?? 0) > 0);
    const f = this.spec.egress?.[i];
    if (!f) return undefined;
    this.egressLeft[i] = (this.egressLeft[i] ?? 1) - 1;
    this.injected.egress++;
    if (f.networkError) return { networkError: true };
    return { status: f.status ?? 500, ...(f.retryAfterSeconds !== undefined ? { retryAfterSeconds: f.retryAfterSeconds } : {}) };
  }
}
