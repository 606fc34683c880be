import type { Integration } from '../../../contracts/integration.js';
import type { AuthInstructions } from '../../../contracts/integrationAdmin.js';
import { toolSettings } from './toolSettings.js';

const LIMIT_NOTES = (perMinute: number): string[] => [
  'Bodies over 256 KB are refused with 413.',
  `At most ${perMinute} requests a minute; more are answered 429 with Retry-After.`,
  'A wrong or missing credential is answered 401 or 403 and nothing is recorded.',
];

/**
 * What an admin enters in the monitoring tool, per authentication scheme and tool: the headers
 * or URL, and the tool's own setting names (toolSettings). Values are placeholders: the secret
 * itself is shown only when it is created or rotated, and never logged.
 *
 * @example
 * authInstructions(bearerIntegration, 'https://…/alert-ingest?integration=am').headers
 * // => [{ name: 'Authorization', value: 'Bearer <secret>' }]
 */
export function authInstructions(integration: Integration, url: string | null): AuthInstructions {
  const notes = LIMIT_NOTES(integration.rateLimitPerMinute);
  const target = url ?? '<integration URL>';
  const tool = toolSettings(integration, target);
  const base = { kind: integration.auth, signingString: null, subscriptionUrl: null, notes, ...tool };
  switch (integration.auth) {
    case 'bearer':
      return { ...base, summary: 'Send the secret as a bearer token in the Authorization header.', headers: [{ name: 'Authorization', value: 'Bearer <secret>' }] };
    case 'basic':
      return {
        ...base,
        summary: `Use HTTP Basic authentication with the user "${integration.id}" and the secret as the password.`,
        headers: [{ name: 'Authorization', value: `Basic base64(${integration.id}:<secret>)` }],
      };
    case 'hmac':
      return {
        ...base,
        summary: 'For a sender you write: sign every request with HMAC-SHA256, keyed with the secret, over the timestamp, a dot and the raw body; send the signature as lower-case hex and the timestamp as Unix seconds.',
        headers: [
          { name: 'X-Signature-Timestamp', value: '<timestamp: Unix seconds>' },
          { name: 'X-Signature', value: '<signature: hex HMAC-SHA256>' },
        ],
        signingString: '<timestamp>.<raw request body>',
        notes: ['Requests whose timestamp is more than 5 minutes from now are refused as replays.', 'Each signature is accepted once.', ...notes],
      };
    case 'grafana-hmac': {
      const g = integration.grafanaSignature;
      return {
        ...base,
        summary: 'Grafana signs each notification with HMAC-SHA256 using the secret; enter it in the contact point\'s HMAC signature settings.',
        headers: [{ name: g.header, value: '<hex HMAC-SHA256>' }, ...(g.timestampHeader ? [{ name: g.timestampHeader, value: '<timestamp: Unix seconds>' }] : [])],
        signingString: g.timestampHeader ? '<timestamp>:<raw request body>' : '<raw request body>',
        notes: [
          ...(g.timestampHeader ? ['Notifications whose timestamp is more than 5 minutes from now are refused, and each signature is accepted once.'] : ['Without a timestamp header a captured notification could be resent; set one to refuse replays.']),
          ...notes,
        ],
      };
    }
    case 'url-token':
      return {
        ...base,
        summary: 'The tool cannot set headers, so the secret goes in the URL as the token parameter. Treat the whole URL as a secret.',
        headers: [], subscriptionUrl: `${target}&token=<secret>`,
      };
    case 'routing-key':
      return {
        ...base,
        summary: 'Use the secret as the integration (routing) key: Events v2 senders put it in the body\'s routing_key. No header is needed.',
        headers: [],
      };
    case 'sns':
      return {
        ...base,
        summary: 'Subscribe the SNS topic over HTTPS to the URL below; the token in the URL is the secret, and each message\'s SNS signature is verified with Amazon\'s signing certificate. The subscription confirmation is answered automatically.',
        headers: [], subscriptionUrl: `${target}&token=<secret>`,
        notes: [
          integration.snsRawDelivery
            ? 'Raw message delivery is on: SNS leaves the signature out of notifications, so only the token authenticates them.'
            : 'Leave raw message delivery off, so every notification carries its signature.',
          'SNS retries keep the original Timestamp: messages up to 2 hours old are accepted, each MessageId once.',
          ...notes,
        ],
      };
  }
}
