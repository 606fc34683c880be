/**
 * Virtual time for the sandbox: every platform timer (queue delays, retries, scheduled triggers,
 * TTL expiry) reads this clock, so tests can jump hours ahead without waiting.
 */
export type TimerCallback = () => void | Promise<unknown>;

interface Timer {
  id: number;
  at: number;
  seq: number;
  callback: TimerCallback;
}

export interface VirtualClockOptions {
  /** Virtual epoch millis to start at. */
  startAt?: number;
  /** Virtual milliseconds per real millisecond while running (`--speed 60` = 1 min per s). */
  speed?: number;
}

export class VirtualClock {
  private current: number;
  private readonly timers = new Map<number, Timer>();
  private nextId = 1;
  private readonly callbacks = new Set<Promise<unknown>>();
  private ticker: NodeJS.Timeout | undefined;
  private waitForIdle: () => Promise<void> = () => this.idle();
  speed: number;

  constructor(options: VirtualClockOptions = {}) {
    this.current = options.startAt ?? Date.UTC(2026, 0, 5, 9, 0, 0);
    this.speed = options.speed ?? 1;
  }

  now(): number {
    return this.current;
  }

  /** Schedules `callback` at virtual time `at`; a time already passed fires on the next turn. */
  schedule(at: number, callback: TimerCallback): number {
    const id = this.nextId++;
    this.timers.set(id, { id, at, seq: id, callback });
    // Due work must not wait for someone to move the clock (e.g. a queue push with no delay).
    if (at <= this.current) setImmediate(() => this.fireDue());
    return id;
  }

  cancel(id: number): void {
    this.timers.delete(id);
  }

  /** Earliest pending timer time, if any. */
  nextDueAt(): number | undefined {
    let earliest: number | undefined;
    for (const t of this.timers.values()) if (earliest === undefined || t.at < earliest) earliest = t.at;
    return earliest;
  }

  hasDue(): boolean {
    const next = this.nextDueAt();
    return next !== undefined && next <= this.current;
  }

  /**
   * Fires every timer due at the current time, in time order, and returns how many fired. Each
   * callback starts synchronously and its whole promise is tracked, so `idle()` covers work a
   * callback does after its first await (e.g. scheduling a retry).
   */
  fireDue(): number {
    const due = [...this.timers.values()]
      .filter((t) => t.at <= this.current)
      .sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const t of due) {
      this.timers.delete(t.id);
      let result: unknown;
      try {
        result = t.callback();
      } catch {
        continue; // Callbacks own their error handling (the runtime logs invocation failures).
      }
      if (result instanceof Promise) {
        const tracked: Promise<unknown> = result.catch(() => {}).finally(() => this.callbacks.delete(tracked));
        this.callbacks.add(tracked);
      }
    }
    return due.length;
  }

  /** Resolves once every fired callback (and any it chained) has finished. */
  async idle(): Promise<void> {
    while (this.callbacks.size > 0) await Promise.allSettled([...this.callbacks]);
  }

  get busy(): boolean {
    return this.callbacks.size > 0;
  }

  /** Lets `advance` wait for work started by a timer before moving on (the runtime's settle). */
  setIdleWaiter(waiter: () => Promise<void>): void {
    this.waitForIdle = waiter;
  }

  /**
   * Moves virtual time forward by `ms`, stopping at each due timer and waiting until the work it
   * started is idle, so a retry scheduled by a delivery lands at its own virtual time.
   */
  async advance(ms: number): Promise<void> {
    if (ms < 0) throw new Error('Virtual time cannot go backwards');
    const target = this.current + ms;
    await this.waitForIdle();
    for (;;) {
      const next = this.nextDueAt();
      if (next === undefined || next > target) break;
      this.current = Math.max(this.current, next);
      this.fireDue();
      await this.waitForIdle();
    }
    this.current = target;
    await this.waitForIdle();
  }

  /** Runs virtual time off the real clock at `speed` until `stop()`. */
  start(speed = this.speed, tickMs = 25): void {
    this.stop();
    this.speed = speed;
    let last = Date.now();
    this.ticker = setInterval(() => {
      const realNow = Date.now();
      this.current += (realNow - last) * this.speed;
      last = realNow;
      this.fireDue();
    }, tickMs);
    this.ticker.unref();
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  get running(): boolean {
    return this.ticker !== undefined;
  }
}

/** The one seam through which app code reads time in the sandbox. */
export interface ClockSeam {
  now: () => number;
}

declare global {
  // eslint-disable-next-line no-var
  var __sandbox_clock__: ClockSeam | undefined;
}

/** Installs `globalThis.__sandbox_clock__ = { now }` so the app's Clock adapter reads virtual time. */
export function installClockSeam(clock: { now(): number }): () => void {
  const previous = globalThis.__sandbox_clock__;
  globalThis.__sandbox_clock__ = { now: () => clock.now() };
  return () => {
    globalThis.__sandbox_clock__ = previous;
  };
}
