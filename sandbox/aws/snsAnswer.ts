import type { ReceiverAnswer } from '../forge/egress/receiverAnswer.js';
import { SANDBOX_CERT_FILE, sandboxSns } from './sandboxSns.js';

/**
 * How `sns.<region>.amazonaws.com` answers the app: its signing certificate by GET, as SNS
 * serves `SigningCertURL` (404 for any other certificate name), and null for everything else
 * (the ConfirmSubscription call then gets the default receiver's 200).
 */
export function snsAnswer(method: string, url: URL): ReceiverAnswer | null {
  if (!/^sns\.[a-z0-9-]+\.amazonaws\.com$/.test(url.hostname) || method !== 'GET') return null;
  if (url.pathname !== `/${SANDBOX_CERT_FILE}`) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'NoSuchKey' };
  return { status: 200, headers: { 'content-type': 'application/x-x509-ca-cert' }, body: sandboxSns().certPem };
}
