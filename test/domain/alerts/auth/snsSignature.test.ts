import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { sandboxSns } from '../../../../sandbox/aws/sandboxSns.js';
import { makeCertificate, type DistinguishedName } from '../../../../sandbox/aws/x509.js';
import { verifySnsSignature } from '../../../../src/domain/alerts/auth/snsSignature.js';
import { snsStringToSign } from '../../../../src/domain/alerts/auth/snsStringToSign.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:jira-alarms';
const sns = sandboxSns();
const ca = new X509Certificate(sns.caPem);
const signed = (change: Record<string, unknown> = {}, version: '1' | '2' = '2') =>
  sns.sign({ Type: 'Notification', TopicArn: TOPIC, Message: '{"AlarmName":"cpu"}', Subject: 'ALARM', ...change }, { version, nowMs: NOW.getTime() });

/** A certificate chain made here, for the cases the sandbox's own certificate does not cover. */
function certFor(subject: DistinguishedName, issuer: DistinguishedName, o: { notAfter?: Date; dns?: string[]; signingKey?: ReturnType<typeof generateKeyPairSync>['privateKey'] } = {}) {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return makeCertificate({ serial: 9, subject, issuer, publicKey: keys.publicKey, signingKey: o.signingKey ?? keys.privateKey, notBefore: new Date('2020-01-01Z'), notAfter: o.notAfter ?? new Date('2040-01-01Z'), ca: false, dnsNames: o.dns ?? ['sns.amazonaws.com'] });
}

describe('snsStringToSign', () => {
  it('lists the signed fields in AWS\'s order, leaving out an absent Subject', () => {
    expect(snsStringToSign({ Type: 'Notification', Message: 'm', MessageId: 'id', Timestamp: 't', TopicArn: 'a', Signature: 'ignored' }))
      .toBe('Message\nm\nMessageId\nid\nTimestamp\nt\nTopicArn\na\nType\nNotification\n');
  });
  it('signs SubscribeURL and Token for a subscription confirmation', () => {
    expect(snsStringToSign({ Type: 'SubscriptionConfirmation', Message: 'm', MessageId: 'id', SubscribeURL: 'u', Timestamp: 't', Token: 'k', TopicArn: 'a' }))
      .toBe('Message\nm\nMessageId\nid\nSubscribeURL\nu\nTimestamp\nt\nToken\nk\nTopicArn\na\nType\nSubscriptionConfirmation\n');
  });
  it('gives null when a required field is missing or the type is unknown', () => {
    expect(snsStringToSign({ Type: 'Notification', Message: 'm', Timestamp: 't', TopicArn: 'a' })).toBeNull();
    expect(snsStringToSign({ Type: 'Other' })).toBeNull();
  });
});

describe('verifySnsSignature', () => {
  it.each(['1', '2'] as const)('accepts SignatureVersion %s by the certificate served at SigningCertURL', (v) => {
    expect(verifySnsSignature(signed({}, v), sns.certPem, [], 'eu-west-1', NOW)).toEqual({ ok: true });
    expect(verifySnsSignature(signed({}, v), sns.certPem, [ca], 'eu-west-1', NOW)).toEqual({ ok: true });
  });

  it.each([
    ['a changed Message', { Message: '{"AlarmName":"other"}' }],
    ['a changed Subject', { Subject: 'OK' }],
    ['a changed TopicArn', { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:other' }],
    ['the version switched after signing', { SignatureVersion: '1' }],
  ])('refuses %s', (_name, change) => {
    expect(verifySnsSignature({ ...signed(), ...change }, sns.certPem, [ca], 'eu-west-1', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('signature does not match') });
  });

  const AMAZON: DistinguishedName = [['O', 'Amazon'], ['CN', 'Amazon RSA 2048 M02']];
  it.each([
    ['a certificate for another host', () => certFor([['CN', 'evil.example.com']], AMAZON, { dns: ['evil.example.com'] }), 'not issued to sns.amazonaws.com'],
    ['an expired certificate', () => certFor([['CN', 'sns.amazonaws.com']], AMAZON, { notAfter: new Date('2025-01-01Z') }), 'expired'],
    ['a certificate not issued by Amazon', () => certFor([['CN', 'sns.amazonaws.com']], [['O', 'Evil'], ['CN', 'Evil CA']]), 'not issued by Amazon'],
    ['something that is not a certificate', () => 'hello', 'not a PEM certificate'],
  ])('refuses %s', (_name, pem, reason) => {
    expect(verifySnsSignature(signed(), pem(), [], 'eu-west-1', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('checks a served chain link by link, and accepts one that ends at a trust anchor', () => {
    const chain = sns.certPem + sns.caPem;
    expect(verifySnsSignature(signed(), chain, [ca], 'eu-west-1', NOW)).toEqual({ ok: true });
    const stranger = certFor([['O', 'Amazon'], ['CN', 'Sandbox Amazon RSA 2048 M01']], [['O', 'Amazon'], ['CN', 'Sandbox Amazon RSA 2048 M01']]);
    expect(verifySnsSignature(signed(), sns.certPem + stranger, [], 'eu-west-1', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('broken chain') });
  });
});
