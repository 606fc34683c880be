/** Per-job counters behind `queue.getJob(jobId).getStats()`. */
export interface JobState {
  queueName: string;
  success: number;
  inProgress: number;
  failed: number;
  /** Pending clock timers by event id, so `cancel()` can drop undelivered events. */
  pending: Map<string, number>;
  cancelled: boolean;
}

export class QueueJobs {
  private readonly jobs = new Map<string, JobState>();

  create(jobId: string, queueName: string, events: number): JobState {
    const job: JobState = { queueName, success: 0, inProgress: events, failed: 0, pending: new Map(), cancelled: false };
    this.jobs.set(jobId, job);
    return job;
  }

  find(jobId: string, queueName: string): JobState | undefined {
    const job = this.jobs.get(jobId);
    return job && job.queueName === queueName ? job : undefined;
  }

  settle(job: JobState, outcome: 'success' | 'failed'): void {
    job.inProgress = Math.max(0, job.inProgress - 1);
    job[outcome] += 1;
  }
}
