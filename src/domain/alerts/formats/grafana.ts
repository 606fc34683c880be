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
  fingerprint: z.string().optional(),
  generatorURL: z.string().optional(),
  dashboardURL: z.string().optional(),
  panelURL: z.string().optional(),
  silenceURL: z.string().optional(),
});

// Grafana unified alerting's webhook contact point body (Alertmanager-like, plus Grafana URLs).
const bodySchema = z.object({
  receiver: z.string().optional(),
  status: z.enum(['firing', 'resolved']),
  orgId: z.number().optional(),
  title: z.string().optional(),
  alerts: z.array(alertSchema),
  /** How many alerts of the group the sender left out (`max_alerts`); they arrive in a later notification. */
  truncatedAlerts: z.number().int().min(0).default(0),
});

/**
 * Grafana unified alerting webhook: one domain alert per `alerts[]` entry, with links to the
 * rule, dashboard, panel and a ready-made silence.
 *
 * @example
 * grafana({ status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'CPU' }, dashboardURL: 'https://g/d/x' }] }, ctx)
 * // => { ok: true, alerts: [{ source: 'grafana', links: [{ title: 'Dashboard', url: 'https://g/d/x' }], ... }] }
 */
export const grafana: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const excerpt = rawExcerpt(body);
  const alerts = parsed.data.alerts.map((a) => {
    const candidates: Array<[string, string | undefined]> = [
      ['Alert rule', a.generatorURL],
      ['Dashboard', a.dashboardURL],
      ['Panel', a.panelURL],
      ['Silence', a.silenceURL],
    ];
    // Grafana sends "" for URLs it cannot build (e.g. no dashboard), which are not links.
    const links: AlertLink[] = candidates.flatMap(([title, url]) => (nonEmpty(url) ? [{ title, url: url as string }] : []));
    return labelledAlert('grafana', { status: a.status, labels: a.labels, annotations: a.annotations, fingerprint: a.fingerprint, links }, ctx, excerpt);
  });
  const t = parsed.data.truncatedAlerts;
  return t > 0 ? { ok: true, alerts, note: `${t} alert(s) of the group were truncated by the sender and are not in this request` } : { ok: true, alerts };
};
