import { createVerify, X509Certificate } from 'node:crypto';
import { snsStringToSign } from './snsStringToSign.js';

export type SnsVerification = { ok: true } | { ok: false; reason: string };

/** The signing certificate's issuer must be an Amazon CA when no trust anchor issued it. */
const AMAZON_ISSUER = /^O=Amazon$/m;

/**
 * Verifies an SNS message's signature with the certificate fetched from its `SigningCertURL`:
 * - every certificate in the PEM is in date at `now`;
 * - the first (the signer) is for `sns.amazonaws.com` or `sns.<region>.amazonaws.com`;
 * - each certificate is issued and signed by the next; the last is one of `anchors` or issued
 *   and signed by one. SNS serves the signer alone, issued by an Amazon intermediate that no
 *   root store lists: then the issuer must name Amazon as its organisation. What makes that
 *   enough is where the PEM came from: only https://sns.<region>.amazonaws.com, over TLS.
 * - the signature (base64 RSA, SHA1 for SignatureVersion 1, SHA256 for 2) covers the
 *   canonical string of the signed fields.
 *
 * @example
 * verifySnsSignature(message, pemFromSigningCertUrl, tlsRoots, 'eu-west-1', now) // => { ok: true }
 */
export function verifySnsSignature(message: Record<string, unknown>, pem: string, anchors: readonly X509Certificate[], region: string, now: Date): SnsVerification {
  const chain = parseChain(pem);
  if (!chain) return { ok: false, reason: 'SNS signing certificate: not a PEM certificate' };
  const t = now.getTime();
  if (chain.some((c) => Date.parse(c.validFrom) > t || Date.parse(c.validTo) < t)) return { ok: false, reason: 'SNS signing certificate: expired or not yet valid' };
  const signer = chain[0]!;
  if (signer.checkHost('sns.amazonaws.com') === undefined && signer.checkHost(`sns.${region}.amazonaws.com`) === undefined) {
    return { ok: false, reason: 'SNS signing certificate: not issued to sns.amazonaws.com' };
  }
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!issuedBy(chain[i]!, chain[i + 1]!)) return { ok: false, reason: 'SNS signing certificate: broken chain' };
  }
  const last = chain[chain.length - 1]!;
  const anchored = anchors.some((a) => a.fingerprint256 === last.fingerprint256 || issuedBy(last, a));
  if (!anchored && !AMAZON_ISSUER.test(last.issuer)) return { ok: false, reason: 'SNS signing certificate: not issued by Amazon' };

  const text = snsStringToSign(message);
  if (text === null) return { ok: false, reason: 'SNS message: a signed field is missing' };
  const algorithm = message['SignatureVersion'] === '2' ? 'RSA-SHA256' : 'RSA-SHA1';
  const ok = createVerify(algorithm).update(text, 'utf8').verify(signer.publicKey, String(message['Signature']), 'base64');
  return ok ? { ok: true } : { ok: false, reason: 'SNS message: the signature does not match' };
}

function parseChain(pem: string): X509Certificate[] | null {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!blocks || blocks.length > 5) return null;
  try {
    return blocks.map((b) => new X509Certificate(b));
  } catch {
    return null;
  }
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
