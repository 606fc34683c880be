import type { SnsConfirmation } from '../../../domain/alerts/formats/normaliser.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

/**
 * The SNS handshake. SNS sends a SubscriptionConfirmation with a SubscribeURL on
 * `sns.<region>.amazonaws.com`; the subscription only delivers alarms once that URL's
 * ConfirmSubscription action has been called. We call it as the Query API's form POST (the
 * outbound port sends POST/PUT only) through the manifest-declared egress to
 * `*.amazonaws.com`. If that fails, the delivery record carries the URL so an admin can open
 * it by hand. The URL's host is checked first so a forged message cannot make us call elsewhere.
 */
export async function confirmSnsSubscription(p: Pipeline, c: SnsConfirmation['confirmation']): Promise<{ status: number; result: AlertResult }> {
  if (c.type === 'UnsubscribeConfirmation') {
    const r = result(null, 'ignored', `SNS unsubscribe confirmation for ${c.topicArn}; nothing to do`);
    if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, 200, r, null));
    return { status: 200, result: r };
  }
  const url = safeSubscribeUrl(c.subscribeUrl);
  if (!url) {
    const r = result(null, 'refused', 'SubscribeURL must be https://sns.<region>.amazonaws.com/?Action=ConfirmSubscription…');
    if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, 400, r, null));
    return { status: 400, result: r };
  }
  if (p.dryRun) return { status: 200, result: result(null, 'confirmed', `would confirm the SNS subscription to ${c.topicArn}`) };
  let failure: string | null = null;
  try {
    const res = await p.deps.http.send({
      about: null,
      url: `${url.origin}/`, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: url.searchParams.toString(),
    });
    if (res.status < 200 || res.status >= 300) failure = `SNS answered ${res.status}`;
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const r = failure === null
    ? result(null, 'confirmed', `confirmed the SNS subscription to ${c.topicArn}`)
    : result(null, 'refused', `could not confirm the SNS subscription (${failure}); open ${c.subscribeUrl} to confirm by hand`);
  await p.deps.alerts.commit(deliveryWrite(p, failure === null ? 200 : 503, r, null));
  // 503 lets SNS resend the confirmation; the recorded URL is the manual way out meanwhile.
  return { status: failure === null ? 200 : 503, result: r };
}

function safeSubscribeUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const ok = url.protocol === 'https:' && /^sns\.[a-z0-9-]+\.amazonaws\.com$/.test(url.hostname) && url.port === ''
    && url.searchParams.get('Action') === 'ConfirmSubscription' && url.searchParams.has('Token') && url.searchParams.has('TopicArn');
  return ok ? url : null;
}
