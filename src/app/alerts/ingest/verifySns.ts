import { verifySnsSignature } from '../../../domain/alerts/auth/snsSignature.js';
import type { Deps } from '../../shared/deps.js';
import type { SnsToVerify } from './authenticateRequest.js';

export type SnsCheck = { ok: true } | { ok: false; status: 403 | 503; reason: string };

/**
 * The second half of SNS authentication: the certificate named by the (already checked)
 * `SigningCertURL`, fetched through the port (which caches it), then the signature. A
 * certificate that cannot be fetched right now is a 503, so SNS retries; a missing or bad one is a 403.
 */
export async function verifySns(deps: Pick<Deps, 'certificates'>, sns: SnsToVerify, now: Date): Promise<SnsCheck> {
  if (!deps.certificates) return { ok: false, status: 503, reason: 'SNS signatures cannot be checked here; retry' };
  let pem: string | null;
  try {
    pem = await deps.certificates.fetchPem(sns.certUrl);
  } catch {
    return { ok: false, status: 503, reason: 'could not fetch the SNS signing certificate; retry' };
  }
  if (pem === null) return { ok: false, status: 403, reason: 'SNS signing field SigningCertURL: no certificate there' };
  const v = verifySnsSignature(sns.message, pem, deps.certificates.anchors(), sns.region, now);
  return v.ok ? v : { ok: false, status: 403, reason: v.reason };
}
