import { z } from 'zod';
import { IsoInstantSchema } from './common.js';

/** The payload formats an integration can accept; the domain's normalisers are keyed by these. */
export const SOURCE_FORMATS = ['alertmanager', 'grafana', 'datadog', 'cloudwatch-sns', 'splunk', 'pagerduty-events-v2', 'elastic-security'] as const;
export const SourceFormatSchema = z.enum(SOURCE_FORMATS);
export type SourceFormatName = z.infer<typeof SourceFormatSchema>;

/**
 * How a sender proves it is the integration. Each is something a real tool can send as it ships:
 * - `bearer`: `Authorization: Bearer <secret>` (Alertmanager `http_config.authorization`,
 *   Grafana's authorization header, a Datadog or Kibana custom header);
 * - `basic`: `Authorization: Basic` with the integration id as user and the secret as password
 *   (Alertmanager `basic_auth`, Grafana basic auth, a Datadog URL's userinfo, Kibana's user);
 * - `hmac`: the app's own scheme for senders you write: HMAC-SHA256 of `${timestamp}.${body}` in
 *   X-Signature, timestamp in X-Signature-Timestamp;
 * - `grafana-hmac`: Grafana 12's webhook HMAC: lower-case hex HMAC-SHA256 over the body (or
 *   `${timestamp}:${body}` when a timestamp header is set) in `X-Grafana-Alerting-Signature`;
 * - `url-token`: the secret as `&token=` in the URL (Splunk's webhook action can set nothing else);
 * - `routing-key`: the secret as the Events v2 body's `routing_key`;
 * - `sns`: the secret as `&token=` in the URL plus a verified SNS message signature.
 */
export const AUTH_KINDS = ['bearer', 'basic', 'hmac', 'grafana-hmac', 'url-token', 'routing-key', 'sns'] as const;
export const AuthKindSchema = z.enum(AUTH_KINDS);
export type AuthKind = z.infer<typeof AuthKindSchema>;

/**
 * The schemes each format's tool can actually send, the tool's most natural one first (the
 * default for a new integration). The app's `hmac` stays open to every format whose body a
 * custom sender could produce; SNS can only be the URL token plus its own signature.
 */
export const AUTH_BY_FORMAT: Readonly<Record<SourceFormatName, readonly AuthKind[]>> = {
  alertmanager: ['bearer', 'basic', 'hmac'],
  grafana: ['bearer', 'basic', 'grafana-hmac', 'hmac'],
  datadog: ['bearer', 'basic', 'hmac'],
  'cloudwatch-sns': ['sns'],
  splunk: ['url-token', 'hmac'],
  'pagerduty-events-v2': ['routing-key', 'bearer', 'hmac'],
  'elastic-security': ['bearer', 'basic', 'hmac'],
};

/** Grafana's HMAC settings as its contact point has them (`hmacConfig.header`, `timestampHeader`). */
export const GrafanaSignatureSchema = z.object({
  header: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name').default('X-Grafana-Alerting-Signature'),
  /** Empty means Grafana signs the body alone and sends no timestamp. */
  timestampHeader: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name').nullable().default(null),
});
export type GrafanaSignature = z.infer<typeof GrafanaSignatureSchema>;

/** What a resolved alert does beyond annotating its incident, which always happens. */
export const ON_RESOLVED = ['annotate', 'resolve', 'stop-escalation'] as const;
export const OnResolvedSchema = z.enum(ON_RESOLVED);

export const IntegrationIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lower-case letters, digits or dashes, starting with a letter or digit');

export const CorrelationRuleSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string().min(1).max(64), kind: z.literal('same-service'), withinMinutes: z.number().int().min(1).max(1440) }),
  /** `keys` empty means the identical label set. */
  z.object({ id: z.string().min(1).max(64), kind: z.literal('same-labels'), keys: z.array(z.string().min(1).max(120)).max(20) }),
]);

/** Escalate once firing for `forMinutes` or `occurrences` times, whichever first; empty = at once. */
export const SustainRuleSchema = z.object({
  forMinutes: z.number().int().min(1).max(1440).optional(),
  occurrences: z.number().int().min(2).max(1000).optional(),
});

export const OutboundWebhookSchema = z.object({
  url: z.string().url().refine((u) => u.startsWith('https://'), 'must be an https URL'),
  on: z.array(z.enum(['acknowledged', 'resolved'])).min(1, 'choose at least one event'),
});
export type OutboundWebhook = z.infer<typeof OutboundWebhookSchema>;

export const IntegrationSchema = z.object({
  id: IntegrationIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  format: SourceFormatSchema,
  /** Service used when the payload names none; also the key for maintenance windows. */
  service: z.string().trim().min(1).max(255).nullable().default(null),
  /** Label whose value names the service (e.g. `service` or `job`), overriding `service`. */
  serviceLabel: z.string().trim().min(1).max(120).nullable().default(null),
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key such as ITOPS'),
  auth: AuthKindSchema,
  grafanaSignature: GrafanaSignatureSchema.default({}),
  /**
   * SNS "raw message delivery": the body is the alarm JSON itself, with the signing fields (and
   * so the signature) left out by SNS; only the URL token then authenticates.
   */
  snsRawDelivery: z.boolean().default(false),
  rateLimitPerMinute: z.number().int().min(1).max(10_000).default(600),
  /** Minimum gap between two rolled-up "repeated N times" comments on one incident. */
  dedupDebounceSeconds: z.number().int().min(0).max(86_400).default(300),
  correlation: z.array(CorrelationRuleSchema).max(10).default([]),
  sustain: SustainRuleSchema.default({}),
  onResolved: OnResolvedSchema.default('annotate'),
  /** The workflow transition `onResolved: 'resolve'` uses. */
  resolveTransition: z.string().trim().min(1).max(120).default('Resolve'),
  outboundWebhook: OutboundWebhookSchema.nullable().default(null),
  enabled: z.boolean().default(true),
});
export type Integration = z.infer<typeof IntegrationSchema>;
export type IntegrationInput = z.input<typeof IntegrationSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:mm');
const weekly = {
  timeZone: z.string().min(1).refine(validTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  days: z.array(z.number().int().min(1).max(7)).min(1, 'choose at least one day'),
  start: hhmm,
  end: hhmm,
};

export const MaintenanceWindowSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string().min(1).max(64), service: z.string().min(1).max(255), kind: z.literal('one-off'), start: IsoInstantSchema, end: IsoInstantSchema }),
  z.object({ id: z.string().min(1).max(64), service: z.string().min(1).max(255), kind: z.literal('weekly'), ...weekly }),
]).superRefine((w, ctx) => {
  if (w.kind === 'one-off' && !(Date.parse(w.end) > Date.parse(w.start))) ctx.addIssue({ code: 'custom', message: 'must end after it starts', path: ['end'] });
});

/** During these hours only critical alerts page; `services` null means every service. */
export const PeakHoursRuleSchema = z.object({ id: z.string().min(1).max(64), services: z.array(z.string().min(1)).nullable(), ...weekly });

export const AlertSettingsSchema = z.object({
  maintenanceWindows: z.array(MaintenanceWindowSchema).max(200).default([]),
  peakHours: z.array(PeakHoursRuleSchema).max(50).default([]),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

export const DELIVERY_OUTCOMES = ['accepted', 'deduplicated', 'suppressed', 'held', 'refused', 'ignored', 'confirmed', 'notified', 'notify-failed'] as const;
export const DeliveryOutcomeSchema = z.enum(DELIVERY_OUTCOMES);
export type DeliveryOutcome = z.infer<typeof DeliveryOutcomeSchema>;

/**
 * One thing that happened at the endpoint (or, for `notified`/`notify-failed`, one outbound
 * webhook call), as admins see it. Only authenticated requests are recorded: an unauthenticated
 * one (404/401/403/413) leaves nothing stored.
 */
export const DeliveryRecordSchema = z.object({
  id: z.string().min(1).max(128),
  integrationId: IntegrationIdSchema,
  receivedAt: IsoInstantSchema,
  outcome: DeliveryOutcomeSchema,
  httpStatus: z.number().int().min(100).max(599),
  reason: z.string().max(1000),
  dedupKey: z.string().max(1000).nullable(),
  incidentKey: z.string().max(64).nullable(),
  summary: z.string().max(500).nullable(),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecordSchema>;

/** How many delivery records are kept per integration; older ones are overwritten. */
export const DELIVERIES_KEPT = 200;

/** A delivery's id carries its zero-padded seq, so ids sort in arrival order. */
export const deliveryId = (integrationId: string, seq: number): string => `${integrationId}-${String(seq).padStart(10, '0')}`;

/**
 * An integration's secret with rotation overlap: after a rotation the previous secret still
 * authenticates until `previousValidUntil`, so senders can be reconfigured without a gap.
 */
export const IntegrationSecretSchema = z.object({
  current: z.string().min(16),
  previous: z.string().min(16).nullable(),
  previousValidUntil: IsoInstantSchema.nullable(),
});
export type IntegrationSecret = z.infer<typeof IntegrationSecretSchema>;

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
