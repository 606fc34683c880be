import type { Integration } from '../../../contracts/integration.js';
import type { AuthInstructions } from '../../../contracts/integrationAdmin.js';
import { ELASTIC_BODY_TEMPLATE } from '../../../domain/alerts/formats/elasticSecurity.js';

type Tool = Pick<AuthInstructions, 'toolSettings' | 'snippet'>;
const s = (setting: string, value: string) => ({ setting, value });

/**
 * The settings to enter in the tool itself, by the names its own UI or config uses, for the
 * integration's format and scheme. `<secret>` stands for the secret shown once on creation or
 * rotation. Schemes a tool cannot send natively (the app's HMAC) say so instead.
 */
export function toolSettings(i: Integration, url: string): Tool {
  const user = i.id;
  const withToken = `${url}&token=<secret>`;
  if (i.auth === 'hmac') {
    return { toolSettings: [s('URL', url), s('Signing', 'your sender signs each request (see the headers below); no monitoring tool does this by itself')], snippet: null };
  }
  switch (i.format) {
    case 'alertmanager': {
      const auth = i.auth === 'basic'
        ? `        basic_auth:\n          username: ${user}\n          password: <secret>`
        : '        authorization:\n          type: Bearer\n          credentials: <secret>';
      return {
        toolSettings: [s('receivers[].webhook_configs[].url', url), s('send_resolved', 'true'), s(i.auth === 'basic' ? 'http_config.basic_auth' : 'http_config.authorization', i.auth === 'basic' ? `username ${user}, password <secret>` : 'type Bearer, credentials <secret>')],
        snippet: `receivers:\n  - name: jira-escalation\n    webhook_configs:\n      - url: '${url}'\n        send_resolved: true\n        http_config:\n${auth}`,
      };
    }
    case 'grafana':
      if (i.auth === 'grafana-hmac') {
        return {
          toolSettings: [
            s('Integration', 'Webhook'), s('URL', url), s('HMAC Signature: Secret', '<secret>'), s('HMAC Signature: Header', i.grafanaSignature.header),
            s('HMAC Signature: Timestamp header', i.grafanaSignature.timestampHeader ?? '(leave empty)'),
          ],
          snippet: null,
        };
      }
      return {
        toolSettings: i.auth === 'basic'
          ? [s('Integration', 'Webhook'), s('URL', url), s('Basic Authentication Username', user), s('Basic Authentication Password', '<secret>')]
          : [s('Integration', 'Webhook'), s('URL', url), s('Authentication Header Scheme', 'Bearer'), s('Authentication Header Credentials', '<secret>')],
        snippet: null,
      };
    case 'datadog':
      if (i.auth === 'basic') {
        const u = new URL(url);
        return { toolSettings: [s('Webhooks: URL', `${u.protocol}//${user}:<secret>@${u.host}${u.pathname}${u.search}`), s('Payload', 'leave the default, or any template with $EVENT_TITLE as "title"')], snippet: null };
      }
      return {
        toolSettings: [s('Webhooks: URL', url), s('Custom Headers', '{"Authorization": "Bearer <secret>"}'), s('Payload', 'leave the default, or any template with $EVENT_TITLE as "title"')],
        snippet: null,
      };
    case 'splunk':
      return { toolSettings: [s('Trigger Actions: Webhook URL', withToken)], snippet: null };
    case 'pagerduty-events-v2':
      return {
        toolSettings: [s('Events API v2 URL', url), s('Integration key (routing_key)', i.auth === 'routing-key' ? '<secret>' : 'any'), ...(i.auth === 'bearer' ? [s('Header', 'Authorization: Bearer <secret>')] : [])],
        // Alertmanager's own PagerDuty receiver can point at any Events v2 endpoint.
        snippet: i.auth === 'routing-key' ? `receivers:\n  - name: jira-escalation\n    pagerduty_configs:\n      - routing_key: <secret>\n        url: '${url}'` : null,
      };
    case 'cloudwatch-sns':
      return { toolSettings: [s('Subscription protocol', 'HTTPS'), s('Endpoint', withToken), s('Raw message delivery', i.snsRawDelivery ? 'enabled' : 'disabled')], snippet: null };
    case 'elastic-security':
      return {
        toolSettings: i.auth === 'basic'
          ? [s('Connector', 'Webhook'), s('Method', 'POST'), s('URL', url), s('Authentication', 'Basic'), s('Username', user), s('Password', '<secret>'), s('Rule action: Body', 'the template below')]
          : [s('Connector', 'Webhook'), s('Method', 'POST'), s('URL', url), s('Authentication', 'None'), s('HTTP headers', 'Authorization: Bearer <secret>'), s('Rule action: Body', 'the template below')],
        snippet: ELASTIC_BODY_TEMPLATE,
      };
  }
}
