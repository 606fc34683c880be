import type { WarRoom } from '../../contracts/warRoom.js';
import type { CoordinationStore } from '../../ports/coordinationStore.js';
import type { SlackApi, SlackMethod } from '../../ports/slackApi.js';
import type { Deps } from '../shared/deps.js';

/** Slack asked us to wait (429): the room stores when, and the incident's timer is armed for it. */
export class SlackRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) { super(`Slack rate-limited the war room; retry after ${retryAfterSeconds} s`); }
}

/** A Slack error this step cannot get past now; the room stores it and retries later. */
export class SlackRefused extends Error {
  constructor(readonly method: SlackMethod, readonly error: string) { super(`${method}: ${error}`); }
}

/**
 * One invocation's hold on a war room record: every change is saved as the next revision at
 * once, so what Slack already did (a channel created, a message posted) is never forgotten.
 */
export class WarRoomSession {
  constructor(
    private readonly deps: Pick<Deps, 'clock'> & { coordination: CoordinationStore; slack: SlackApi },
    private readonly token: string,
    public room: WarRoom,
    private revision: number,
  ) {}

  async save(change: Partial<WarRoom>): Promise<void> {
    const next = { ...this.room, ...change };
    if (!(await this.deps.coordination.saveWarRoom(next, this.revision + 1))) {
      throw new Error(`${this.room.incidentKey}: war room record changed under the sync lock; the next evaluation continues`);
    }
    this.revision += 1;
    this.room = next;
  }

  /** Calls Slack; `ok` gives the body, the listed errors come back as strings, others throw. */
  async call(method: SlackMethod, args: Record<string, string | boolean>, expected: readonly string[] = []): Promise<Record<string, unknown> | string> {
    const answer = await this.deps.slack.call(this.token, method, args);
    if (answer.kind === 'rateLimited') throw new SlackRateLimited(answer.retryAfterSeconds);
    if (answer.kind === 'error') {
      if (expected.includes(answer.error)) return answer.error;
      throw new SlackRefused(method, answer.error);
    }
    return answer.body;
  }
}
