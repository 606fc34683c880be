/** Exact timers: re-evaluate an incident at a given time, finer than the five-minute sweep. */
export interface TimerQueue {
  /** Schedules an evaluation `delaySeconds` from now (0..900, Forge's queue limit). */
  scheduleEvaluation(incidentKey: string, delaySeconds: number, dueAtMs: number): Promise<void>;
  /** Schedules a check of a heartbeat's deadline `delaySeconds` from now (0..900). */
  scheduleHeartbeatCheck(heartbeatId: string, delaySeconds: number, dueAtMs: number): Promise<void>;
  /** Schedules the verdict on a synthetic check's run `delaySeconds` from now (0..900). */
  scheduleSyntheticVerdict(runId: string, delaySeconds: number, dueAtMs: number): Promise<void>;
}

/** The only way use cases read the time, so tests and the sandbox can control it. */
export interface Clock {
  now(): number;
}
