import type { RenderedMessage } from '../templates/renderTemplate.js';

interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'Bolder';
  readonly size?: 'Medium';
}

interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

/** The JSON body of a Teams incoming-webhook (Workflows) POST carrying one Adaptive Card. */
export interface TeamsMessage {
  readonly type: 'message';
  readonly attachments: readonly [
    {
      readonly contentType: 'application/vnd.microsoft.card.adaptive';
      readonly contentUrl: null;
      readonly content: {
        readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
        readonly type: 'AdaptiveCard';
        readonly version: '1.4';
        readonly body: readonly TextBlock[];
        readonly actions?: readonly OpenUrlAction[];
      };
    },
  ];
}

/**
 * Wraps a message rendered for Teams in an Adaptive Card: the subject as a bold title, the body
 * as wrapped text, and an "Open incident" button when an http(s) link is given.
 *
 * @example
 * teamsMessage({ channel: 'teams', subject: 'P1 ITOPS-7', body: 'DB down', truncated: false, missing: [] })
 *   .attachments[0].content.body[0].text // => 'P1 ITOPS-7'
 */
export function teamsMessage(message: RenderedMessage, incidentUrl?: string): TeamsMessage {
  if (message.channel !== 'teams') throw new Error(`a message rendered for ${message.channel} cannot be sent to Teams`);
  const title: TextBlock[] =
    message.subject === undefined ? [] : [{ type: 'TextBlock', text: message.subject, wrap: true, weight: 'Bolder', size: 'Medium' }];
  // Only web addresses become a button: a card action with another scheme could run anything.
  const link = incidentUrl !== undefined && /^https?:\/\//i.test(incidentUrl) && URL.canParse(incidentUrl) ? incidentUrl : undefined;
  const actions: OpenUrlAction[] = link === undefined ? [] : [{ type: 'Action.OpenUrl', title: 'Open incident', url: link }];
  const content = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [...title, { type: 'TextBlock', text: message.body, wrap: true }],
    ...(actions.length > 0 ? { actions } : {}),
  } as const;
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }],
  };
}
