import type { Clock, TimerQueue } from '../../ports/queue.js';

export interface ScheduledTimer {
  incidentKey: string;
  delaySeconds: number;
  dueAtMs: number;
}

/** Records timers; tests fire them by advancing a ManualClock and calling the consumer. */
export class MemoryQueue implements TimerQueue {
  readonly timers: ScheduledTimer[] = [];
  async scheduleEvaluation(incidentKey: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    this.timers.push({ incidentKey, delaySeconds, dueAtMs });
  }
  readonly heartbeatTimers: Array<{ heartbeatId: string; delaySeconds: number; dueAtMs: number }> = [];
  async scheduleHeartbeatCheck(heartbeatId: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    this.heartbeatTimers.push({ heartbeatId, delaySeconds, dueAtMs });
  }
  readonly syntheticTimers: Array<{ runId: string; delaySeconds: number; dueAtMs: number }> = [];
  async scheduleSyntheticVerdict(runId: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    this.syntheticTimers.push({ runId, delaySeconds, dueAtMs });
  }
}

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}
