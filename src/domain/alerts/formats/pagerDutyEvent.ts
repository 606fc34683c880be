import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import { SEVERITIES } from '../alert.js';
import { fingerprint } from '../ingest/fingerprint.js';
import type { Normaliser } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';

const payloadSchema = z.object({
  summary: z.string().min(1).max(1024),
  source: z.string().min(1),
  severity: z.enum(SEVERITIES),
  timestamp: z.string().optional(),
  component: z.string().optional(),
  group: z.string().optional(),
  class: z.string().optional(),
  custom_details: z.record(z.unknown()).optional(),
});

const bodySchema = z
  .object({
    routing_key: z.string().min(1),
    event_action: z.enum(['trigger', 'acknowledge', 'resolve']),
    dedup_key: z.string().min(1).max(255).optional(),
    payload: payloadSchema.optional(),
    links: z.array(z.object({ href: z.string(), text: z.string().optional() })).default([]),
  })
  // The same requirements PagerDuty's Events API v2 documents for each action.
  .superRefine((b, ctx) => {
    if (b.event_action === 'trigger' && !b.payload) ctx.addIssue({ code: 'custom', path: ['payload'], message: 'Required for trigger' });
    if (b.event_action !== 'trigger' && !b.dedup_key) ctx.addIssue({ code: 'custom', path: ['dedup_key'], message: `Required for ${b.event_action}` });
  });

/**
 * A PagerDuty Events API v2-style event, for senders that already speak it. `dedup_key` is used
 * verbatim (case-sensitive); a trigger without one gets a fingerprint of its identifying payload
 * fields. `acknowledge` acknowledges the incident its dedup_key opened (its escalation stops),
 * as PagerDuty does. `routing_key` is redacted from the excerpt because it is the integration's
 * credential (with `routing-key` authentication it is the secret itself).
 *
 * @example
 * pagerDutyEvent({ routing_key: 'k', event_action: 'resolve', dedup_key: 'db-1' }, ctx)
 * // => { ok: true, alerts: [{ status: 'resolved', dedupKey: 'db-1', ... }] }
 */
export const pagerDutyEvent: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const e = parsed.data;
  const p = e.payload;
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(p?.custom_details ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') labels[k] = String(v);
  }
  if (p?.component) labels['component'] = p.component;
  if (p?.group) labels['group'] = p.group;
  if (p?.class) labels['class'] = p.class;
  if (p) labels['source'] = p.source;
  const dedupKey = e.dedup_key ?? fingerprint({ source: p?.source, summary: p?.summary, component: p?.component, group: p?.group, class: p?.class });
  return {
    ok: true,
    alerts: [
      {
        source: 'pagerduty-events-v2',
        integration: ctx.integration,
        dedupKey,
        status: e.event_action === 'resolve' ? 'resolved' : e.event_action === 'acknowledge' ? 'acknowledged' : 'firing',
        // A bare resolve or acknowledge carries no payload; it only acts on what its dedup_key opened.
        severity: p?.severity ?? 'info',
        summary: p?.summary ?? `${e.event_action === 'acknowledge' ? 'Acknowledged' : 'Resolved'}: ${dedupKey}`,
        // The routing key picks the service in PagerDuty, as the integration does here.
        service: ctx.service,
        host: p?.source ?? null,
        labels,
        links: e.links.map((l) => ({ title: l.text ?? l.href, url: l.href })),
        receivedAt: ctx.receivedAt,
        rawExcerpt: rawExcerpt(body, ['routing_key']),
      },
    ],
  };
};
