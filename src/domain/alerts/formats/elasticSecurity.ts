import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import type { Alert } from '../alert.js';
import { nonEmpty } from './labelledAlert.js';
import type { Normaliser, NormaliseContext } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';
import { severityFromText } from './severityFromText.js';

/**
 * The body template the integration page gives for Kibana's Webhook connector, used as a
 * detection rule's action (Kibana renders the mustache variables JSON-escaped):
 *
 * {"rule": {"id": "{{rule.id}}", "name": "{{rule.name}}", "severity": "{{context.rule.severity}}",
 *   "risk_score": "{{context.rule.risk_score}}", "tags": "{{rule.tags}}"},
 *  "alerts_count": "{{state.signals_count}}", "results_link": "{{{context.results_link}}}", "date": "{{date}}",
 *  "alerts": [{{#context.alerts}}{"id": "{{_id}}", "host": "{{host.name}}", "user": "{{user.name}}", "reason": "{{kibana.alert.reason}}"},{{/context.alerts}}{}]}
 *
 * The trailing `{}` keeps the list valid JSON after the last comma; empty entries are skipped.
 */
export const ELASTIC_BODY_TEMPLATE = [
  '{"rule": {"id": "{{rule.id}}", "name": "{{rule.name}}", "severity": "{{context.rule.severity}}",',
  '  "risk_score": "{{context.rule.risk_score}}", "tags": "{{rule.tags}}"},',
  ' "alerts_count": "{{state.signals_count}}", "results_link": "{{{context.results_link}}}", "date": "{{date}}",',
  ' "alerts": [{{#context.alerts}}{"id": "{{_id}}", "host": "{{host.name}}", "user": "{{user.name}}", "reason": "{{kibana.alert.reason}}"},{{/context.alerts}}{}]}',
].join('\n');

const text = z.union([z.string(), z.number()]).transform(String).optional();
const bodySchema = z.object({
  rule: z.object({ id: z.string().min(1), name: z.string().min(1), severity: text, risk_score: text, tags: z.union([z.string(), z.array(z.string())]).optional() }),
  alerts_count: text,
  results_link: z.string().optional(),
  date: z.string().optional(),
  alerts: z.array(z.object({ id: text, host: text, user: text, reason: text })).default([]),
});

/**
 * Elastic Security detection alerts through Kibana's Webhook connector with the template above.
 * One domain alert per host the rule run flagged (or one for the rule when the alerts name no
 * host), keyed by rule and host so the rule's later runs roll up into the same incident.
 * Severity is the rule's (`low`/`medium`/`high`/`critical`); security rules never recover, so
 * every alert is `firing`.
 *
 * @example
 * elasticSecurity({ rule: { id: 'r1', name: 'Brute force', severity: 'high' }, alerts: [{ host: 'vpn-1' }, {}] }, ctx)
 * // => { ok: true, alerts: [{ dedupKey: 'elastic:r1:vpn-1', severity: 'error', host: 'vpn-1', ... }] }
 */
export const elasticSecurity: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const b = parsed.data;
  const entries = b.alerts.filter((a) => Object.values(a).some((v) => nonEmpty(v) !== null));
  const byHost = new Map<string | null, typeof entries>();
  for (const a of entries) {
    const h = nonEmpty(a.host) ?? null;
    byHost.set(h, [...(byHost.get(h) ?? []), a]);
  }
  if (byHost.size === 0) byHost.set(null, []);
  const excerpt = rawExcerpt(body);
  return { ok: true, alerts: [...byHost].map(([host, group]) => toAlert(b, host, group, ctx, excerpt)) };
};

function toAlert(b: z.infer<typeof bodySchema>, host: string | null, group: z.infer<typeof bodySchema>['alerts'], ctx: NormaliseContext, excerpt: string): Alert {
  const tags = Array.isArray(b.rule.tags) ? b.rule.tags : (b.rule.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const labels: Record<string, string> = { rule: b.rule.name, rule_id: b.rule.id };
  if (b.rule.severity) labels['severity'] = b.rule.severity;
  if (b.rule.risk_score) labels['risk_score'] = b.rule.risk_score;
  if (tags.length) labels['tags'] = tags.join(',');
  const users = [...new Set(group.map((a) => nonEmpty(a.user)).filter((u): u is string => u !== null))];
  if (users.length) labels['users'] = users.slice(0, 10).join(',');
  labels['alerts'] = String(group.length || Number(b.alerts_count ?? 0) || 1);
  // A `service:<name>` rule tag names the service, as Datadog's tags do.
  const service = tags.find((t) => t.startsWith('service:'))?.slice('service:'.length) ?? null;
  const reason = group.map((a) => nonEmpty(a.reason)).find((r) => r !== null);
  const link = nonEmpty(b.results_link);
  return {
    source: 'elastic-security',
    integration: ctx.integration,
    dedupKey: `elastic:${b.rule.id}:${host ?? '*'}`,
    status: 'firing',
    severity: severityFromText(b.rule.severity) ?? 'warning',
    summary: `${b.rule.name}${host ? ` on ${host}` : ''}${reason ? `: ${reason}` : ''}`,
    service: nonEmpty(service) ?? ctx.service,
    host,
    labels,
    links: link ? [{ title: 'Elastic Security alerts', url: link }] : [],
    receivedAt: ctx.receivedAt,
    rawExcerpt: excerpt,
  };
}
