import type { Integration } from '../../../contracts/integration.js';
import type { AuthInstructions } from '../../../contracts/integrationAdmin.js';

const LIMIT_NOTES = (perMinute: number): string[] => [
  'Bodies over 256 KB are refused with 413.',
  `At most ${perMinute} requests a minute; more are answered 429 with Retry-After.`,
  'A wrong or missing secret is answered 401 or 403 and nothing is recorded.',
];

/**
 * What an admin tells the team that configures the sender, per authentication kind. Values
 * are placeholders: the secret itself is shown only when it is created or rotated.
 *
 * @example
 * authInstructions(bearerIntegration, 'https://…/alert-ingest?integration=am').headers
 * // => [{ name: 'Authorization', value: 'Bearer <secret>' }]
 */
export function authInstructions(integration: Integration, url: string | null): AuthInstructions {
  const notes = LIMIT_NOTES(integration.rateLimitPerMinute);
  const target = url ?? '<integration URL>';
  switch (integration.auth) {
    case 'bearer':
      return {
        kind: 'bearer',
        summary: 'Send the secret as a bearer token in the Authorization header (Alertmanager: http_config.authorization.credentials; Datadog: a custom header in the webhook).',
        headers: [{ name: 'Authorization', value: 'Bearer <secret>' }],
        signingString: null,
        subscriptionUrl: null,
        notes,
      };
    case 'hmac':
      return {
        kind: 'hmac',
        summary: 'Sign every request with HMAC-SHA256, keyed with the secret, over the timestamp, a dot and the raw body; send the signature as lower-case hex and the timestamp as Unix seconds.',
        headers: [
          { name: 'X-Signature-Timestamp', value: '<timestamp: Unix seconds>' },
          { name: 'X-Signature', value: '<signature: hex HMAC-SHA256>' },
        ],
        signingString: '<timestamp>.<raw request body>',
        subscriptionUrl: null,
        notes: ['Requests whose timestamp is more than 5 minutes from now are refused as replays.', ...notes],
      };
    case 'sns':
      return {
        kind: 'sns',
        summary: 'Subscribe the SNS topic over HTTPS to the URL below; the token in the URL is the secret, and each message\'s SNS signing fields are checked. The subscription confirmation is answered automatically.',
        headers: [],
        signingString: null,
        subscriptionUrl: `${target}&token=<secret>`,
        notes,
      };
  }
}
