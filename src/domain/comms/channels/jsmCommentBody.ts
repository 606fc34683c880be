import type { RenderedMessage } from '../templates/renderTemplate.js';

/** The body of JSM's `POST /rest/servicedeskapi/request/{key}/comment`. */
export interface JsmCommentBody {
  readonly body: string;
  readonly public: true;
}

/**
 * Builds the customer-visible comment for a message rendered for `jsmPublicComment`. Only
 * that channel's rendering is accepted: its values are escaped for Jira wiki markup, and its
 * template was written to be seen by the requester.
 *
 * @example
 * jsmCommentBody({ channel: 'jsmPublicComment', body: 'We are on it.', truncated: false, missing: [] })
 * // => { body: 'We are on it.', public: true }
 */
export function jsmCommentBody(message: RenderedMessage): JsmCommentBody {
  if (message.channel !== 'jsmPublicComment') throw new Error(`a message rendered for ${message.channel} cannot be a public comment`);
  return { body: message.body, public: true };
}
