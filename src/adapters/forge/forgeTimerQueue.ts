import { Queue } from '@forge/events';
import type { TimerQueue } from '../../ports/queue.js';

export const TIMER_QUEUE_KEY = 'escalation-timers';

/** Exact timers (incident evaluations, heartbeat deadlines) as delayed events on a Forge queue (0–900 s), consumed by `timer`. */
export class ForgeTimerQueue implements TimerQueue {
  private readonly queue = new Queue({ key: TIMER_QUEUE_KEY });

  async scheduleEvaluation(incidentKey: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    await this.queue.push({ body: { incidentKey, dueAtMs }, delayInSeconds: Math.max(0, Math.min(900, delaySeconds)) });
  }

  async scheduleHeartbeatCheck(heartbeatId: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    // The same queue and consumer: the body's `heartbeatId` tells the consumer what to check.
    await this.queue.push({ body: { heartbeatId, dueAtMs }, delayInSeconds: Math.max(0, Math.min(900, delaySeconds)) });
  }

  async scheduleSyntheticVerdict(syntheticRunId: string, delaySeconds: number, dueAtMs: number): Promise<void> {
    await this.queue.push({ body: { syntheticRunId, dueAtMs }, delayInSeconds: Math.max(0, Math.min(900, delaySeconds)) });
  }
}
