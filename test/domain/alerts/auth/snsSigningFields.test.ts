import { snsSigningFields } from '../../../../src/domain/alerts/auth/snsSigningFields.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const message = (change: Record<string, unknown> = {}) => ({
  Type: 'Notification',
  MessageId: '2f1b7a8e-5c3d-4e6f-9a0b-1c2d3e4f5a6b',
  TopicArn: 'arn:aws:sns:eu-west-1:123456789012:jira-alarms',
  Timestamp: '2026-11-27T08:59:00.000Z',
  SignatureVersion: '1',
  Signature: 'A'.repeat(172) + '==',
  SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem',
  ...change,
});

describe('snsSigningFields', () => {
  it('accepts well-formed fields and reports the topic region', () => {
    expect(snsSigningFields(message(), NOW)).toEqual({
      ok: true, region: 'eu-west-1', messageId: '2f1b7a8e-5c3d-4e6f-9a0b-1c2d3e4f5a6b',
      certUrl: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem', timestampMs: Date.parse('2026-11-27T08:59:00.000Z'),
    });
  });
  test.each([
    ['an hour old, as an SNS retry under its delivery policy keeps it', '2026-11-27T08:00:00.000Z'],
    ['just under two hours old', '2026-11-27T07:00:01.000Z'],
    ['four minutes ahead (clock skew)', '2026-11-27T09:04:00.000Z'],
  ])('accepts a Timestamp %s', (_name, Timestamp) => {
    expect(snsSigningFields(message({ Timestamp }), NOW).ok).toBe(true);
  });
  test.each([
    ['Type', { Type: 'Other' }],
    ['MessageId', { MessageId: undefined }],
    ['TopicArn', { TopicArn: 'arn:aws:sqs:eu-west-1:123456789012:q' }],
    ['Timestamp', { Timestamp: 'yesterday' }],
    ['SignatureVersion', { SignatureVersion: '3' }],
    ['Signature', { Signature: 'not base64 !!' }],
    ['SigningCertURL', { SigningCertURL: 'https://sns.eu-west-1.amazonaws.com.evil.example/x.pem' }],
    ['SigningCertURL', { SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/cert.txt' }],
    ['SigningCertURL', { SigningCertURL: 'https://sns.eu-west-1.amazonaws.com:8443/cert.pem' }],
    ['SigningCertURL', { SigningCertURL: 'https://sns.us-east-1.amazonaws.com/cert.pem' }],
    ['Timestamp', { Timestamp: '2026-11-27T06:59:59.000Z' }],
    ['Timestamp', { Timestamp: '2026-11-27T09:05:01.000Z' }],
    ['SigningCertURL', { SigningCertURL: 'https://user:pw@sns.eu-west-1.amazonaws.com/cert.pem' }],
    ['SigningCertURL', { SigningCertURL: 'http://sns.eu-west-1.amazonaws.com/cert.pem' }],
  ])('refuses, naming %s', (field, change) => {
    const r = snsSigningFields(message(change), NOW);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(field);
  });
  it('refuses something that is not an object', () => {
    expect(snsSigningFields('hello', NOW).ok).toBe(false);
  });
});
