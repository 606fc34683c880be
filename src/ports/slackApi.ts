/** The Slack Web API methods war rooms call. */
export type SlackMethod = 'conversations.create' | 'conversations.invite' | 'users.lookupByEmail' | 'chat.postMessage' | 'pins.add' | 'conversations.archive';

/**
 * What Slack answered: `ok` with the method's body, Slack's own error code (`name_taken`,
 * `users_not_found`, `invalid_auth`, …), or a rate limit with its Retry-After seconds.
 */
export type SlackAnswer =
  | { kind: 'ok'; body: Record<string, unknown> }
  | { kind: 'error'; error: string }
  | { kind: 'rateLimited'; retryAfterSeconds: number };

/** Calls one Slack Web API method with the bot token. Rejects only when no answer came back. */
export interface SlackApi {
  call(token: string, method: SlackMethod, args: Record<string, string | boolean>): Promise<SlackAnswer>;
}
