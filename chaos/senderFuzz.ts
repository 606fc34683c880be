import fc from 'fast-check';
import { sandboxSns } from '../sandbox/aws/sandboxSns.js';
import { grafanaSignature } from '../src/domain/alerts/auth/grafanaSignature.js';

/** One webtrigger request a tool could send with a credential that must not be accepted. */
export interface ForgedRequest {
  what: string;
  request: { method: string; headers: Record<string, string[]>; queryParameters: Record<string, string[]>; body: string };
}

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:jira-alarms';
const alarm = JSON.stringify({ AlarmName: 'fuzz', NewStateValue: 'ALARM', AWSAccountId: '123456789012' });
const wrongSecret = fc.oneof(fc.string({ maxLength: 60 }), fc.base64String({ minLength: 40, maxLength: 48 }), fc.constant(''));
const json = (o: unknown) => JSON.stringify(o);

/**
 * Requests for the seeded integrations' native schemes with everything but the credential
 * right, or a near miss of it: wrong Events v2 routing keys, Splunk URL tokens, Grafana
 * signatures (also under Grafana's fallback header name), and SNS messages whose certificate
 * URL is on another host, whose signature is forged, or which were changed after signing. None
 * may be accepted, none may give a 5xx, and none may store anything. `secrets` are the seeded
 * ones, so a mutation can start from the real secret.
 */
export function forgedRequests(secrets: { events: string; splunk: string; grafana: string; sns: string }): fc.Arbitrary<ForgedRequest> {
  const near = (real: string) => fc.oneof(wrongSecret, fc.nat({ max: Math.max(0, real.length - 1) }).map((i) => real.slice(0, i) + (real[i] === 'A' ? 'B' : 'A') + real.slice(i + 1)), fc.constant(real.toUpperCase()), fc.constant(`${real} `));
  const events = near(secrets.events).filter((k) => k !== secrets.events).map((key): ForgedRequest => ({
    what: 'events-v2 routing_key',
    request: { method: 'POST', headers: { 'content-type': ['application/json'] }, queryParameters: { integration: ['events-v2'] }, body: json({ routing_key: key, event_action: 'trigger', payload: { summary: 's', source: 'h', severity: 'critical' } }) },
  }));
  const splunk = near(secrets.splunk).filter((k) => k !== secrets.splunk).map((token): ForgedRequest => ({
    what: 'splunk URL token',
    request: { method: 'POST', headers: {}, queryParameters: { integration: ['splunk'], token: [token] }, body: json({ sid: 'scheduler__x_at_1_2', search_name: 'fuzz', result: {} }) },
  }));
  const grafana = fc.tuple(fc.constantFrom('X-Grafana-Alerting-Signature', 'X-Grafana-Alert-Signature', 'x-grafana-alerting-signature'), near(secrets.grafana), fc.boolean()).filter(([, k]) => k !== secrets.grafana).map(([header, key, overTimestamp]): ForgedRequest => {
    const body = json({ status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'fuzz' } }] });
    return { what: `grafana signature under ${header}`, request: { method: 'POST', headers: { [header]: [grafanaSignature(key, body, overTimestamp ? '1795770000' : null)] }, queryParameters: { integration: ['grafana'] }, body } };
  });
  const snsHosts = fc.constantFrom('https://sns.eu-west-1.amazonaws.com.evil.example/x.pem', 'https://evil.example/sns.eu-west-1.amazonaws.com/x.pem', 'http://sns.eu-west-1.amazonaws.com/x.pem',
    'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-sandbox.pem', 'https://sns.eu-west-1.amazonaws.com:8443/x.pem', 'https://sns.eu-west-1.amazonaws.com/other.pem');
  const sns = fc.tuple(fc.constantFrom('cert-host', 'forged', 'changed'), snsHosts, fc.string({ maxLength: 20 })).map(([kind, certUrl, noise]): ForgedRequest => {
    const signed = sandboxSns().sign({ Type: 'Notification', TopicArn: TOPIC, Message: alarm, Subject: 'ALARM' });
    const message = kind === 'cert-host' ? { ...signed, SigningCertURL: certUrl }
      : kind === 'forged' ? { ...signed, Signature: Buffer.from(`${noise}forged`.padEnd(256, 'x')).toString('base64') }
        : { ...signed, Message: alarm.replace('fuzz', `fuzz${noise}x`) };
    return { what: `sns ${kind}`, request: { method: 'POST', headers: { 'x-amz-sns-message-type': ['Notification'] }, queryParameters: { integration: ['cloudwatch'], token: [secrets.sns] }, body: json(message) } };
  });
  return fc.oneof(events, splunk, grafana, sns);
}
