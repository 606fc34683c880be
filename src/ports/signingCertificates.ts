import type { X509Certificate } from 'node:crypto';

/**
 * Where SNS signing certificates come from. `fetchPem` is only ever called with a URL the
 * caller has already checked is `https://sns.<region>.amazonaws.com/….pem`. It resolves null
 * when the host answers that there is no such certificate (4xx), and rejects when it cannot
 * be fetched just now (network, egress, 5xx), which is worth a retry. Implementations cache.
 */
export interface SigningCertificates {
  fetchPem(url: string): Promise<string | null>;
  /** The trust anchors a certificate chain may end at. */
  anchors(): readonly X509Certificate[];
}
