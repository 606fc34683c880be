import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import type { Alert } from '../alert.js';
import type { Normaliser, NormaliseContext } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';

const envelopeSchema = z.discriminatedUnion('Type', [
  z.object({ Type: z.literal('Notification'), TopicArn: z.string(), Message: z.string() }),
  z.object({
    Type: z.enum(['SubscriptionConfirmation', 'UnsubscribeConfirmation']),
    TopicArn: z.string(),
    SubscribeURL: z.string().url(),
    Token: z.string(),
  }),
]);

const alarmSchema = z.object({
  AlarmName: z.string().min(1),
  AlarmDescription: z.string().nullish(),
  AlarmArn: z.string().optional(),
  AWSAccountId: z.string().optional(),
  NewStateValue: z.enum(['ALARM', 'OK', 'INSUFFICIENT_DATA']),
  NewStateReason: z.string().optional(),
  Trigger: z
    .object({
      MetricName: z.string().optional(),
      Namespace: z.string().optional(),
      Dimensions: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
    })
    .optional(),
});

/**
 * A CloudWatch alarm state change delivered by an SNS HTTPS subscription. The SNS signature is
 * the adapter's job; this only reads the envelope and the alarm JSON inside `Message`.
 * Subscription handshakes come back as a distinct `confirmation` result. With raw message
 * delivery (`ctx.snsRawDelivery`) a notification's body is the alarm JSON alone.
 *
 * @example
 * cloudwatchSns({ Type: 'Notification', TopicArn: 'arn:…', Message: '{"AlarmName":"cpu","NewStateValue":"ALARM"}' }, ctx)
 * // => { ok: true, alerts: [{ source: 'cloudwatch-sns', status: 'firing', severity: 'error', ... }] }
 */
export const cloudwatchSns: Normaliser = (body, ctx) => {
  // Raw message delivery posts the alarm JSON itself; handshakes still come in the envelope.
  if (ctx.snsRawDelivery && typeof body === 'object' && body !== null && !('Type' in body)) {
    const raw = alarmSchema.safeParse(body);
    if (!raw.success) return { ok: false, errors: fromZodIssues(raw.error.issues) };
    return { ok: true, alerts: [toAlert(raw.data, ctx, rawExcerpt(body))] };
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, errors: fromZodIssues(envelope.error.issues) };
  const e = envelope.data;
  if (e.Type !== 'Notification') {
    return { ok: true, alerts: [], confirmation: { type: e.Type, topicArn: e.TopicArn, subscribeUrl: e.SubscribeURL, token: e.Token } };
  }
  let message: unknown;
  try {
    message = JSON.parse(e.Message);
  } catch {
    return { ok: false, errors: [{ field: 'Message', message: 'Message is not JSON: is this topic carrying CloudWatch alarms?' }] };
  }
  const alarm = alarmSchema.safeParse(message);
  if (!alarm.success) return { ok: false, errors: fromZodIssues(alarm.error.issues, ['Message']) };
  return { ok: true, alerts: [toAlert(alarm.data, ctx, rawExcerpt({ ...e, Message: message }))] };
};

function toAlert(a: z.infer<typeof alarmSchema>, ctx: NormaliseContext, excerpt: string): Alert {
  const dimensions = Object.fromEntries((a.Trigger?.Dimensions ?? []).map((d) => [d.name, d.value]));
  const region = a.AlarmArn?.split(':')[3];
  const labels: Record<string, string> = { ...dimensions, alarm: a.AlarmName };
  if (a.Trigger?.Namespace) labels['namespace'] = a.Trigger.Namespace;
  if (a.Trigger?.MetricName) labels['metric'] = a.Trigger.MetricName;
  if (region) labels['region'] = region;
  if (a.AWSAccountId) labels['account'] = a.AWSAccountId;
  const reason = a.NewStateReason ? `: ${a.NewStateReason}` : '';
  return {
    source: 'cloudwatch-sns',
    integration: ctx.integration,
    // The ARN names one alarm in one account and region; the name alone can repeat across them.
    dedupKey: a.AlarmArn ?? `${a.AWSAccountId ?? 'unknown-account'}:${a.AlarmName}`,
    // OK is CloudWatch's recovery; INSUFFICIENT_DATA means the metric went silent, which still needs a look.
    status: a.NewStateValue === 'OK' ? 'resolved' : 'firing',
    // CloudWatch alarms carry no severity; missing data is a warning, a breached alarm an error.
    severity: a.NewStateValue === 'INSUFFICIENT_DATA' ? 'warning' : 'error',
    summary: `${a.AlarmName} is ${a.NewStateValue}${reason}`,
    service: ctx.service,
    host: dimensions['InstanceId'] ?? null,
    labels,
    links: region
      ? [{ title: 'CloudWatch alarm', url: `https://console.aws.amazon.com/cloudwatch/home?region=${region}#alarmsV2:alarm/${encodeURIComponent(a.AlarmName)}` }]
      : [],
    receivedAt: ctx.receivedAt,
    rawExcerpt: excerpt,
  };
}
