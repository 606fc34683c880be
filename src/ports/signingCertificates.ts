import type { X509Certificate } from 'node:crypto';

/**
 * Where SNS signing certificates come from. `fetchPem` is only ever called with a URL the
 * caller has already checked is `https://sns.<region>.amazonaws.com/….pem`; it rejects when
 * the certificate cannot be fetched (network, egress, non-2xx). Implementations cache.
 */
export interface SigningCertificates {
  fetchPem(url: string): Promise<string>;
  /** The trust anchors a certificate chain may end at. */
  anchors(): readonly X509Certificate[];
}
