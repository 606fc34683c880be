import { z } from 'zod';

/** What `POST /__sandbox/faults` accepts. Every part is optional; a new POST replaces the old set. */
export const FaultSpecSchema = z.object({
  jira: z.object({
    status: z.number().int().min(400).max(599),
    /** Share of the app's Jira calls that fail, 0..1. */
    share: z.number().min(0).max(1).default(1),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Only calls whose path starts with this, e.g. `/rest/api/3/issue`. */
    pathPrefix: z.string().startsWith('/').optional(),
  }).strict().optional(),
  /** Real milliseconds added before each of the app's Jira calls. */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  kvs: z.object({
    share: z.number().min(0).max(1).default(1),
    status: z.number().int().min(400).max(599).default(500),
    code: z.string().min(1).default('INTERNAL_SERVER_ERROR'),
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
}

/** The faults currently injected into the app's Jira and KVS traffic. */
export class FaultInjector {
  private spec: FaultSpec = {};
  private jiraShare = new EvenShare(0);
  private kvsShare = new EvenShare(0);
  /** How many calls each fault has failed, for `GET /__sandbox/faults`. */
  private injected = { jira: 0, kvs: 0 };

  set(spec: FaultSpec): void {
    this.spec = spec;
    this.jiraShare = new EvenShare(spec.jira?.share ?? 0);
    this.kvsShare = new EvenShare(spec.kvs?.share ?? 0);
    this.injected = { jira: 0, kvs: 0 };
  }

  clear(): void {
    this.set({});
  }

  describe(): { spec: FaultSpec; injected: { jira: number; kvs: number } } {
    return { spec: this.spec, injected: { ...this.injected } };
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
    const body = JSON.stringify({ errorMessages: [`Injected by the sandbox: HTTP ${f.status}`], errors: {} });
    return { status: f.status, headers, body };
  }

  kvsFault(): { status: number; body: { code: string; message: string } } | undefined {
    const f = this.spec.kvs;
    if (!f || !this.kvsShare.next()) return undefined;
    this.injected.kvs++;
    return { status: f.status, body: { code: f.code, message: 'Injected by the sandbox' } };
  }
}
