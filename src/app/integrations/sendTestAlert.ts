import { randomUUID } from 'node:crypto';
import { ALERT_SAMPLES } from '../../contracts/alertSamples.js';
import type { Integration } from '../../contracts/integration.js';
import type { SendTestAlertRequest, TestAlertResult } from '../../contracts/integrationAdmin.js';
import { hmacSignature } from '../../domain/alerts/hmacSignature.js';
import type { Actor } from '../actor.js';
import { AppError } from '../appError.js';
import { ingestAlert } from '../alerts/ingestAlert.js';
import type { Deps } from '../deps.js';
import { authorizeIntegrations } from './integrationDeps.js';

/**
 * "Send test alert": runs the sample for the integration's format, or the payload the admin
 * pasted, through the real endpoint pipeline in dry-run mode, signed with the integration's
 * own secret, and answers what would happen. Nothing is stored, no incident is created and
 * nobody is paged. A pasted string is sent as the body verbatim, so a body that is not JSON
 * shows the refusal a sender would get.
 */
export async function sendTestAlert(deps: Deps, actor: Actor, req: SendTestAlertRequest): Promise<TestAlertResult> {
  await authorizeIntegrations(deps, actor, 'sendTestAlert');
  const integration = await deps.alerts.getIntegration(req.id);
  if (!integration) throw new AppError('NOT_FOUND', `no integration "${req.id}"`);
  const secret = await deps.alerts.getSecret(req.id);
  if (!secret) throw new AppError('CONFLICT', `integration "${req.id}" has no secret; rotate it to create one`);
  const now = deps.clock.now();
  const payload = req.payload ?? ALERT_SAMPLES[integration.format];
  const body = typeof payload === 'string' ? payload : JSON.stringify(integration.format === 'cloudwatch-sns' ? snsNotification(payload, now) : payload);
  const outcome = await ingestAlert(deps, signedRequest(integration, secret.current, body, now), { dryRun: true });
  return {
    httpStatus: outcome.status,
    reason: typeof outcome.body['reason'] === 'string' ? outcome.body['reason'] : null,
    results: outcome.results.map((r) => ({
      dedupKey: r.dedupKey, outcome: r.outcome, reason: r.reason, incidentKey: r.incidentKey,
      wouldCreate: r.wouldCreate ? { summary: r.wouldCreate.summary, service: r.wouldCreate.service, priority: r.wouldCreate.priority, impact: r.wouldCreate.impact, urgency: r.wouldCreate.urgency } : null,
    })),
  };
}

/** The request the integration's sender would make, authenticated the way its kind requires. */
function signedRequest(integration: Integration, secret: string, body: string, now: number) {
  const headers: Record<string, string[]> = { 'content-type': ['application/json'] };
  const queryParameters: Record<string, string[]> = { integration: [integration.id] };
  if (integration.auth === 'bearer') headers['authorization'] = [`Bearer ${secret}`];
  if (integration.auth === 'hmac') {
    const timestamp = String(Math.floor(now / 1000));
    headers['x-signature-timestamp'] = [timestamp];
    headers['x-signature'] = [hmacSignature(secret, timestamp, body)];
  }
  if (integration.auth === 'sns') queryParameters['token'] = [secret];
  return { method: 'POST', headers, queryParameters, body };
}

/**
 * A CloudWatch alarm as SNS delivers it. A pasted SNS message is kept as it is but stamped now,
 * so the replay check judges the test, not the age of the example. The signature is a
 * placeholder of the right shape: the endpoint checks the signing fields' form, not the RSA
 * signature (see authenticateRequest).
 */
function snsNotification(payload: unknown, now: number): Record<string, unknown> {
  const timestamp = new Date(now).toISOString();
  if (typeof payload === 'object' && payload !== null && 'Type' in payload) return { ...(payload as Record<string, unknown>), Timestamp: timestamp };
  return {
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: 'arn:aws:sns:eu-west-1:123456789012:jira-test-alert',
    Subject: 'ALARM: test alert',
    Message: JSON.stringify(payload),
    Timestamp: timestamp,
    SignatureVersion: '1',
    Signature: Buffer.from('test alert placeholder signature '.repeat(4)).toString('base64'),
    SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-test.pem',
  };
}
