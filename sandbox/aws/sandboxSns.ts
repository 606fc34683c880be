import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { snsStringToSign } from '../../src/domain/alerts/auth/snsStringToSign.js';
import { makeCertificate, type DistinguishedName } from './x509.js';

/** The sandbox's stand-in for Amazon SNS's signing: its own CA, signing certificate and key. */
export interface SandboxSns {
  /** The sandbox CA (issuer of the signing certificate), for tests that pass it as a trust anchor. */
  caPem: string;
  /** What `https://sns.<region>.amazonaws.com/SimpleNotificationService-sandbox.pem` serves: the signer alone, as SNS serves it. */
  certPem: string;
  certUrl(region: string): string;
  /** `message` with MessageId/Timestamp filled when absent, SigningCertURL and a real Signature. */
  sign(message: Record<string, unknown>, opts?: { version?: '1' | '2'; key?: KeyObject; nowMs?: number }): Record<string, unknown>;
}

export const SANDBOX_CERT_FILE = 'SimpleNotificationService-sandbox.pem';
const CA_NAME: DistinguishedName = [['C', 'US'], ['O', 'Amazon'], ['CN', 'Sandbox Amazon RSA 2048 M01']];

let made: SandboxSns | null = null;

/**
 * One per process, made on first use: a CA named like Amazon's intermediates and a signing
 * certificate for `sns.amazonaws.com`, valid from 2020 to 2040 so virtual clocks stay inside.
 */
export function sandboxSns(): SandboxSns {
  if (made) return made;
  const ca = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const notBefore = new Date('2020-01-01T00:00:00Z');
  const notAfter = new Date('2040-01-01T00:00:00Z');
  const caPem = makeCertificate({ serial: 1, subject: CA_NAME, issuer: CA_NAME, publicKey: ca.publicKey, signingKey: ca.privateKey, notBefore, notAfter, ca: true });
  const certPem = makeCertificate({
    serial: 2, subject: [['CN', 'sns.amazonaws.com']], issuer: CA_NAME, publicKey: signer.publicKey, signingKey: ca.privateKey,
    notBefore, notAfter, ca: false, dnsNames: ['sns.amazonaws.com'],
  });
  const certUrl = (region: string) => `https://sns.${region}.amazonaws.com/${SANDBOX_CERT_FILE}`;
  made = {
    caPem, certPem, certUrl,
    sign(message, opts = {}) {
      const topic = String(message['TopicArn'] ?? '');
      const region = topic.split(':')[3] ?? 'us-east-1';
      const version = opts.version ?? '2';
      const filled: Record<string, unknown> = {
        MessageId: randomUUID(), Timestamp: new Date(opts.nowMs ?? Date.now()).toISOString(), ...message,
        SignatureVersion: version, SigningCertURL: certUrl(region),
      };
      const text = snsStringToSign(filled);
      if (text === null) throw new Error('sandbox SNS: the message lacks a field SNS signs');
      const signature = createSign(version === '2' ? 'RSA-SHA256' : 'RSA-SHA1').update(text, 'utf8').sign(opts.key ?? signer.privateKey, 'base64');
      return { ...filled, Signature: signature };
    },
  };
  return made;
}
