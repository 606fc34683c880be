import { authInstructions } from '../../../../src/app/alerts/admin/authInstructions.js';
import { AUTH_BY_FORMAT, IntegrationSchema, type AuthKind, type SourceFormatName } from '../../../../src/contracts/integration.js';
import { anIntegrationInput } from './integrationHarness.js';

const URL = 'https://ingest.example.test/x1/alert-ingest?integration=prom-prod';

describe('authentication instructions per kind', () => {
  test.each([
    ['bearer', 'alertmanager', [{ name: 'Authorization', value: 'Bearer <secret>' }], null, null],
    ['hmac', 'splunk', [{ name: 'X-Signature-Timestamp', value: '<timestamp: Unix seconds>' }, { name: 'X-Signature', value: '<signature: hex HMAC-SHA256>' }], '<timestamp>.<raw request body>', null],
    ['sns', 'cloudwatch-sns', [], null, `${URL}&token=<secret>`],
  ] as const)('%s (%s): headers, signing string and subscription URL', (auth, format, headers, signingString, subscriptionUrl) => {
    const i = IntegrationSchema.parse(anIntegrationInput({ auth, format }));
    expect(authInstructions(i, URL)).toMatchObject({ kind: auth, headers, signingString, subscriptionUrl });
  });

  it('HMAC senders are told about the 5-minute replay window', () => {
    const i = IntegrationSchema.parse(anIntegrationInput({ auth: 'hmac' }));
    expect(authInstructions(i, URL).notes[0]).toBe('Requests whose timestamp is more than 5 minutes from now are refused as replays.');
  });

  test.each([
    ['basic', 'alertmanager', [{ name: 'Authorization', value: 'Basic base64(prom-prod:<secret>)' }], null, null],
    ['grafana-hmac', 'grafana', [{ name: 'X-Grafana-Alerting-Signature', value: '<hex HMAC-SHA256>' }], '<raw request body>', null],
    ['url-token', 'splunk', [], null, `${URL}&token=<secret>`],
    ['routing-key', 'pagerduty-events-v2', [], null, null],
  ] as const)('%s (%s): what the tool sends', (auth, format, headers, signingString, subscriptionUrl) => {
    const i = IntegrationSchema.parse(anIntegrationInput({ auth, format }));
    expect(authInstructions(i, URL)).toMatchObject({ kind: auth, headers, signingString, subscriptionUrl });
  });

  test.each([
    ['alertmanager', 'bearer', 'http_config.authorization', "credentials: <secret>"],
    ['alertmanager', 'basic', 'http_config.basic_auth', 'password: <secret>'],
    ['grafana', 'grafana-hmac', 'HMAC Signature: Secret', null],
    ['datadog', 'basic', 'Webhooks: URL', null],
    ['splunk', 'url-token', 'Trigger Actions: Webhook URL', null],
    ['pagerduty-events-v2', 'routing-key', 'Integration key (routing_key)', 'routing_key: <secret>'],
    ['elastic-security', 'bearer', 'HTTP headers', '{{#context.alerts}}'],
  ] as const)('%s with %s names the tool\'s own setting %s', (format, auth, setting, snippet) => {
    const a = authInstructions(IntegrationSchema.parse(anIntegrationInput({ format, auth })), URL);
    expect(a.toolSettings.map((t) => t.setting)).toContain(setting);
    if (snippet) expect(a.snippet).toContain(snippet);
  });

  it('puts the Datadog Basic credentials in the URL\'s userinfo, as Datadog sends them', () => {
    const a = authInstructions(IntegrationSchema.parse(anIntegrationInput({ format: 'datadog', auth: 'basic' })), URL);
    expect(a.toolSettings[0]).toEqual({ setting: 'Webhooks: URL', value: 'https://prom-prod:<secret>@ingest.example.test/x1/alert-ingest?integration=prom-prod' });
  });

  const every = (Object.entries(AUTH_BY_FORMAT) as Array<[SourceFormatName, readonly AuthKind[]]>).flatMap(([f, ks]) => ks.map((k) => [f, k] as const));
  test.each(every)('%s with %s: settings to enter, with the secret only as a placeholder', (format, auth) => {
    const a = authInstructions(IntegrationSchema.parse(anIntegrationInput({ format, auth })), URL);
    expect(a.toolSettings.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });
});
