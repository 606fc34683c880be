import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import type { AlertLink } from '../alert.js';
import { labelledAlert, nonEmpty } from './labelledAlert.js';
import type { Normaliser } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';

const alertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: z.record(z.string()),
  annotations: z.record(z.string()).default({}),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().optional(),
});

// Alertmanager's documented webhook body; only version "4" exists and is accepted.
const bodySchema = z.object({
  version: z.literal('4'),
  groupKey: z.string().optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string().optional(),
  externalURL: z.string().optional(),
  alerts: z.array(alertSchema),
  /** How many alerts of the group the sender left out (`max_alerts`); they arrive in a later notification. */
  truncatedAlerts: z.number().int().min(0).default(0),
});

/**
 * Prometheus Alertmanager webhook (version 4): one domain alert per entry of the group's
 * `alerts[]`, each keeping its own firing/resolved status.
 *
 * @example
 * alertmanager({ version: '4', status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'Down' } }] }, ctx)
 * // => { ok: true, alerts: [{ source: 'alertmanager', summary: 'Down', ... }] }
 */
export const alertmanager: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const excerpt = rawExcerpt(body);
  const alerts = parsed.data.alerts.map((a) => {
    const generator = nonEmpty(a.generatorURL);
    const links: AlertLink[] = generator ? [{ title: 'Source', url: generator }] : [];
    return labelledAlert('alertmanager', { status: a.status, labels: a.labels, annotations: a.annotations, fingerprint: a.fingerprint, links }, ctx, excerpt);
  });
  const t = parsed.data.truncatedAlerts;
  return t > 0 ? { ok: true, alerts, note: `${t} alert(s) of the group were truncated by the sender and are not in this request` } : { ok: true, alerts };
};
