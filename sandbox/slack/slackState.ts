/** A member of the emulated Slack workspace. */
export interface SlackUser {
  id: string;
  email: string;
  realName: string;
}

export interface SlackMessage {
  ts: string;
  text: string;
  user: string;
}

export interface SlackChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  created: number;
  creator: string;
  archived: boolean;
  members: string[];
  messages: SlackMessage[];
  pins: string[];
}

/** Everything the workspace remembers; kept as one JSON document so it survives a restart. */
export interface SlackState {
  channels: SlackChannel[];
  nextChannel: number;
  nextTs: number;
  /** Injected rate limits: the next `count` calls of `method` (or any, `*`) answer 429. */
  limits: Array<{ method: string; count: number; retryAfterSeconds: number }>;
}

export const emptySlackState = (): SlackState => ({ channels: [], nextChannel: 1, nextTs: 1, limits: [] });
