import { z } from 'zod';
import type { AlertSettings, AuthKind, DeliveryRecord, Integration } from './integration.js';
import { IntegrationIdSchema } from './integration.js';

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

/** The integration itself is checked by the use case, which names every field it refuses. */
export const SaveIntegrationRequestSchema = z.object({ integration: z.unknown(), reason });
export type SaveIntegrationRequest = z.infer<typeof SaveIntegrationRequestSchema>;

export const IntegrationIdRequestSchema = z.object({ id: IntegrationIdSchema });
export const DeleteIntegrationRequestSchema = z.object({ id: IntegrationIdSchema, reason });

/** Longest overlap a rotation allows: a week is enough to reconfigure any sender. */
export const MAX_OVERLAP_HOURS = 168;
export const RotateSecretRequestSchema = z.object({
  id: IntegrationIdSchema,
  /** How long the previous secret keeps authenticating; 0 revokes it at once (a leaked secret). */
  overlapHours: z.number().int().min(0).max(MAX_OVERLAP_HOURS).default(24),
  reason,
});
export type RotateSecretRequest = z.input<typeof RotateSecretRequestSchema>;

export const ListDeliveriesRequestSchema = z.object({ id: IntegrationIdSchema, limit: z.number().int().min(1).max(200).default(50) });
export type ListDeliveriesRequest = z.input<typeof ListDeliveriesRequestSchema>;

/**
 * `payload` omitted means "the sample for the integration's format". `asTool`: send it as the
 * tool would (real authentication, rate limit and incident) instead of previewing it.
 */
export const SendTestAlertRequestSchema = z.object({ id: IntegrationIdSchema, payload: z.unknown().optional(), asTool: z.boolean().default(false) });
export type SendTestAlertRequest = z.input<typeof SendTestAlertRequestSchema>;

/** Maintenance windows and peak-hours rules, checked by the use case field by field. */
export const SaveAlertSettingsRequestSchema = z.object({ settings: z.unknown(), reason });
export type SaveAlertSettingsRequest = z.infer<typeof SaveAlertSettingsRequestSchema>;

/** How a sender has to present its secret, in words and the exact header or URL shape. */
export interface AuthInstructions {
  kind: AuthKind;
  summary: string;
  /** Headers to send, with `<secret>`, `<timestamp>` or `<signature>` where a value goes. */
  headers: Array<{ name: string; value: string }>;
  /** For HMAC: what is signed, exactly. */
  signingString: string | null;
  /** For SNS and Splunk: the URL the tool must post to, with `<secret>` as the token. */
  subscriptionUrl: string | null;
  /** The tool's own settings, by the names its UI or config file uses, and what to put in each. */
  toolSettings: Array<{ setting: string; value: string }>;
  /** A config excerpt to paste where the tool takes one (Alertmanager YAML, a Kibana body template), else null. */
  snippet: string | null;
  /** Limits the endpoint applies to every request. */
  notes: string[];
}

export interface IntegrationView {
  integration: Integration;
  /** The URL senders post to (`?integration=<id>`); null when the app cannot tell its URL. */
  url: string | null;
  auth: AuthInstructions;
  /** When the secret that was rotated out stops working; null when there is none. */
  previousSecretValidUntil: string | null;
  /** A firing alert in the integration's format, which the test-alert box starts with. */
  samplePayload: Record<string, unknown>;
}

/** The secret is in this response and nowhere else: it is never shown again. */
export interface IntegrationCreated {
  view: IntegrationView;
  secret: string;
}

export interface SecretRotated {
  view: IntegrationView;
  secret: string;
  previousSecretValidUntil: string | null;
}

export type DeliveriesView = DeliveryRecord[];
export type AlertSettingsView = AlertSettings;

/** What the endpoint would have done with a test alert; nothing of it was stored or sent. */
export interface TestAlertResult {
  httpStatus: number;
  /** The endpoint's reason, for a refusal or a request without alerts. */
  reason: string | null;
  results: Array<{
    dedupKey: string | null;
    outcome: DeliveryRecord['outcome'];
    reason: string;
    /** The incident a repeat would count against. */
    incidentKey: string | null;
    /** The incident it would open, as the priority matrix would set it. */
    wouldCreate: { summary: string; service: string | null; priority: string | null; impact: string; urgency: string } | null;
  }>;
}

/**
 * The integration as the form has it (saved or not): the server checks it as a save would,
 * naming fields, and shows what its correlation and sustain rules would do with sample alerts.
 * `repeatEveryMinutes`: how often the simulated tool repeats a firing alert.
 */
export const PreviewIntegrationRulesRequestSchema = z.object({
  integration: z.unknown(),
  repeatEveryMinutes: z.number().int().min(1).max(60).default(5),
});
export type PreviewIntegrationRulesRequest = z.input<typeof PreviewIntegrationRulesRequestSchema>;

export interface IntegrationRulesPreview {
  /** Sample alerts in arrival order, each with the incident it opens or joins. */
  correlation: Array<{
    minute: number; summary: string; service: string | null; labels: Record<string, string>;
    incident: number; joinedBy: string | null;
  }>;
  sustain: { everyMinutes: number; pagesAfterMinutes: number; because: 'no-rule' | 'duration' | 'occurrences'; occurrences: number };
}
