import { authInstructions } from '../../../../src/app/alerts/admin/authInstructions.js';
import { IntegrationSchema } from '../../../../src/contracts/integration.js';
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
});
