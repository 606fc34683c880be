import type { RenderedMessage } from '../templates/renderTemplate.js';

// Block Kit limits: a header's plain text and a section's text field.
const HEADER_MAX = 150;
const SECTION_MAX = 3000;

export type SlackBlock =
  | { readonly type: 'header'; readonly text: { readonly type: 'plain_text'; readonly text: string } }
  | { readonly type: 'section'; readonly text: { readonly type: 'mrkdwn'; readonly text: string } };

/** The JSON body of a Slack incoming-webhook POST. */
export interface SlackMessage {
  /** Shown in notifications and by clients without blocks. */
  readonly text: string;
  readonly blocks?: readonly SlackBlock[];
}

function chunks(text: string, size: number): string[] {
  const points = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < points.length; i += size) out.push(points.slice(i, i + size).join(''));
  return out;
}

/**
 * Builds the incoming-webhook body for a message rendered for Slack. With a subject, the
 * subject becomes a header block and the body one or more sections; without one, plain text.
 *
 * @example
 * slackMessage({ channel: 'slack', body: 'DB down', truncated: false, missing: [] })
 * // => { text: 'DB down' }
 */
export function slackMessage(message: RenderedMessage): SlackMessage {
  if (message.channel !== 'slack') throw new Error(`a message rendered for ${message.channel} cannot be sent to Slack`);
  if (message.subject === undefined) return { text: message.body };
  // The header is plain text, so Slack shows entities literally: undo the mrkdwn escaping there.
  const header = message.subject.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: Array.from(header).slice(0, HEADER_MAX).join('') } },
    ...chunks(message.body, SECTION_MAX).map((text): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })),
  ];
  return { text: `${message.subject}\n${message.body}`, blocks };
}
