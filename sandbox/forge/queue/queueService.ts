import { randomUUID } from 'node:crypto';
import type { InvocationOutcome } from '../invoke.js';
import { InvocationTimeoutError } from '../invoke/timeLimit.js';
import type { ConsumerDecl } from '../manifest.js';
import type { VirtualClock } from '../virtualClock.js';
import { asRetryRequest, type AsyncEvent } from './asyncEvent.js';
import { PendingEvents } from './pendingEvents.js';
import { QueueJobs, type JobState } from './queueJobs.js';

export const MAX_EVENTS_PER_PUSH = 50;
export const MAX_PUSH_BYTES = 200 * 1024;
export const MAX_DELAY_SECONDS = 900;
export const MAX_RETRIES = 4;

export type DeliverFn = (consumer: ConsumerDecl, event: AsyncEvent) => Promise<InvocationOutcome>;

/**
 * What can go wrong with one published event, as the platform allows: delivery at least once
 * (a second delivery of the same event body, at the same moment) and late delivery.
 */
export interface DeliveryFault {
  duplicate: boolean;
  lateSeconds: number;
}

export interface QueueReply {
  status: number;
  body?: unknown;
}

interface PushEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
}
interface ApiRequest {
  queueName: string;
  jobId: string;
  payload?: PushEvent[];
}

/**
 * The platform side of @forge/events: `POST /webhook/queue/{publish|stats|cancel}/...` (sent as
 * app through the `stargate` remote), delivery on virtual time, and retries on request.
 */
export class QueueService {
  private readonly jobs = new QueueJobs();

  constructor(
    private readonly clock: VirtualClock,
    private readonly consumers: ConsumerDecl[],
    private readonly deliver: DeliverFn,
    private readonly warn: (message: string) => void = () => {},
    private readonly pending: PendingEvents = new PendingEvents(),
    /** Asked once per published event (fault injection); nothing goes wrong by default. */
    private readonly deliveryFault: () => DeliveryFault | undefined = () => undefined,
  ) {}

  /**
   * Schedules again what a previous run left undelivered (same event ids, retry context and due
   * times; past-due events go out on the next turn). Job counters restart from those events.
   */
  restore(): number {
    const left = this.pending.all();
    for (const { event, at } of left) {
      const consumer = this.consumers.find((c) => c.queue === event.queueName);
      if (!consumer) {
        this.warn(`Queue '${event.queueName}' has no consumer in manifest.yml any more; event ${event.eventId} dropped`);
        this.pending.remove(event.eventId);
        continue;
      }
      const job = this.jobs.find(event.jobId, event.queueName) ?? this.jobs.create(event.jobId, event.queueName, 0);
      job.inProgress++;
      this.schedule(job, consumer, event, at);
    }
    return left.length;
  }

  /** Events waiting for delivery or a retry, in due order (what a restart would resume). */
  pendingEvents() {
    return this.pending.all();
  }

  handle(path: string, body: unknown): QueueReply {
    const req = (body ?? {}) as ApiRequest;
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(req);
    const job = this.jobs.find(req.jobId, req.queueName);
    if (path.startsWith('/webhook/queue/stats/')) {
      if (!job) return { status: 404, body: { message: 'Job not found' } };
      return { status: 200, body: { success: job.success, inProgress: job.inProgress, failed: job.failed } };
    }
    if (path.startsWith('/webhook/queue/cancel/')) {
      if (!job) return { status: 404, body: { message: 'Job not found' } };
      this.cancel(job);
      return { status: 204 };
    }
    return { status: 404, body: { message: `No queue operation at ${path}` } };
  }

  private publish(req: ApiRequest): QueueReply {
    const events = req.payload ?? [];
    if (events.length === 0) return { status: 400, body: { message: 'No events pushed.' } };
    if (events.length > MAX_EVENTS_PER_PUSH) {
      return { status: 400, body: { message: `This push contains more than the ${MAX_EVENTS_PER_PUSH} events allowed.` } };
    }
    if (Buffer.byteLength(JSON.stringify(events)) > MAX_PUSH_BYTES) {
      return { status: 413, body: { errorMessage: 'The maximum payload size is 200KB.' } };
    }
    if (events.some((e) => (e.delayInSeconds ?? 0) < 0 || (e.delayInSeconds ?? 0) > MAX_DELAY_SECONDS)) {
      return { status: 400, body: { message: 'The delayInSeconds setting must be between 0 and 900.' } };
    }
    const consumer = this.consumers.find((c) => c.queue === req.queueName);
    const job = this.jobs.create(req.jobId, req.queueName, events.length);
    if (!consumer) {
      this.warn(`Queue '${req.queueName}' has no consumer in manifest.yml; ${events.length} event(s) dropped`);
      for (let i = 0; i < events.length; i++) this.jobs.settle(job, 'failed');
      return { status: 201, body: {} };
    }
    for (const e of events) {
      const event: AsyncEvent = {
        queueName: req.queueName,
        jobId: req.jobId,
        eventId: randomUUID(),
        body: e.body,
        ...(e.delayInSeconds !== undefined ? { delayInSeconds: e.delayInSeconds } : {}),
      };
      const fault = this.deliveryFault();
      const at = this.clock.now() + ((e.delayInSeconds ?? 0) + (fault?.lateSeconds ?? 0)) * 1000;
      this.schedule(job, consumer, event, at);
      if (fault?.duplicate) {
        // A second delivery of the same event; its own id only keeps the two timers apart.
        job.inProgress++;
        this.schedule(job, consumer, { ...event, eventId: randomUUID() }, at);
      }
    }
    return { status: 201, body: {} };
  }

  private schedule(job: JobState, consumer: ConsumerDecl, event: AsyncEvent, at: number): void {
    this.pending.put(event, at);
    const timer = this.clock.schedule(at, async () => {
      job.pending.delete(event.eventId);
      let retried = false;
      try {
        retried = await this.attempt(job, consumer, event);
      } finally {
        // Kept until the attempt is over; a retry has already replaced the row with its new due time.
        if (!retried) this.pending.remove(event.eventId);
      }
    });
    job.pending.set(event.eventId, timer);
  }

  /** Delivers once; true when a retry was scheduled. */
  private async attempt(job: JobState, consumer: ConsumerDecl, event: AsyncEvent): Promise<boolean> {
    if (job.cancelled) return false;
    const outcome = await this.deliver(consumer, event);
    const retry =
      asRetryRequest(outcome.ok ? outcome.value : outcome.thrown) ??
      (outcome.error instanceof InvocationTimeoutError ? { retryAfter: 1, retryReason: 'FUNCTION_TIME_OUT' } : undefined);
    if (!retry) {
      this.jobs.settle(job, outcome.ok ? 'success' : 'failed');
      return false;
    }
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > MAX_RETRIES) {
      this.warn(`Event ${event.eventId} on '${event.queueName}' failed after ${MAX_RETRIES} retries`);
      this.jobs.settle(job, 'failed');
      return false;
    }
    const next: AsyncEvent = {
      ...event,
      retryContext: {
        retryCount,
        retryReason: retry.retryReason,
        ...(retry.retryData !== undefined ? { retryData: retry.retryData } : {}),
      },
    };
    this.schedule(job, consumer, next, this.clock.now() + retry.retryAfter * 1000);
    return true;
  }

  private cancel(job: JobState): void {
    job.cancelled = true;
    for (const [eventId, timer] of job.pending) {
      this.clock.cancel(timer);
      this.pending.remove(eventId);
      this.jobs.settle(job, 'failed');
    }
    job.pending.clear();
  }
}
