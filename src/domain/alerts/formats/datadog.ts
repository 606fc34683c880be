import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import type { AlertStatus, Severity } from '../alert.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { nonEmpty } from './labelledAlert.js';
import type { Normaliser } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';
import { severityFromText } from './severityFromText.js';

// Datadog substitutes template variables as strings; ids may arrive as numbers in custom templates.
const idLike = z.union([z.string(), z.number()]).transform(String);

/**
 * Both shapes Datadog sends: its default template (`body`, `last_updated`, `event_type`,
 * `title`, `date`, `org`, `id`) and custom templates that add `$ALERT_TRANSITION`, `$ALERT_ID`,
 * `$AGGREG_KEY`, `$ALERT_PRIORITY`, `$HOSTNAME`, `$TAGS`, `$LINK` under the names below.
 */
const bodySchema = z.object({
  id: idLike.optional(),
  alert_id: idLike.optional(),
  title: z.string().min(1),
  alert_transition: z.string().optional(),
  alert_type: z.string().optional(),
  alert_status: z.string().optional(),
  priority: z.string().optional(),
  alert_priority: z.string().optional(),
  hostname: z.string().optional(),
  host_name: z.string().optional(),
  tags: z.string().optional(),
  link: z.string().optional(),
  aggregate: z.string().optional(),
  aggreg_key: z.string().optional(),
  body: z.string().optional(),
  event_type: z.string().optional(),
  last_updated: z.string().optional(),
  date: z.string().optional(),
  org: z.object({ id: idLike.optional(), name: z.string().optional() }).optional(),
});

const STATUS: Record<string, AlertStatus> = {
  triggered: 'firing', 're-triggered': 'firing', warn: 'firing', 're-warn': 'firing', warning: 'firing',
  'no data': 'firing', 're-no data': 'firing', renotify: 'firing', alert: 'firing',
  recovered: 'resolved', 'warn recovered': 'resolved', 'no data recovered': 'resolved', resolved: 'resolved', ok: 'resolved',
};

/**
 * A Datadog monitor notification through the Webhooks integration. Status comes from
 * `alert_transition` when the template sends it, else from the title's `[Triggered]`,
 * `[Recovered]`, `[Warn]`, `[No Data]`, `[Re-Triggered]`… prefix that Datadog writes into
 * `$EVENT_TITLE`. Dedup follows the monitor group (`aggreg_key`/`aggregate`), else the
 * monitor (`alert_id`), else a fingerprint of the title without its prefixes and host: never
 * the default payload's `id`, which is the event's and changes with every notification.
 *
 * @example
 * datadog({ title: '[Triggered] CPU high on web-1', event_type: 'query_alert_monitor', id: '7', body: '…', date: '…', last_updated: '…', org: { id: '1', name: 'acme' } }, ctx)
 * // => { ok: true, alerts: [{ status: 'firing', dedupKey: <fingerprint of "CPU high on web-1">, ... }] }
 */
export const datadog: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  const prefixes = titlePrefixes(d.title);
  const transition = nonEmpty(d.alert_transition) ?? prefixes.find((p) => STATUS[p.toLowerCase()] !== undefined) ?? null;
  if (transition === null) return { ok: false, errors: [{ field: 'title', message: 'no [Triggered]/[Recovered]/[Warn]/[No Data] prefix and no alert_transition: is this a monitor notification?' }] };
  const status = STATUS[transition.trim().toLowerCase()];
  if (!status) return { ok: false, errors: [{ field: 'alert_transition', message: `Unknown transition "${transition}"` }] };
  const labels = parseTags(d.tags ?? '');
  if (d.event_type) labels['event_type'] = d.event_type;
  if (d.org?.name) labels['org'] = d.org.name;
  const host = nonEmpty(d.hostname) ?? nonEmpty(d.host_name);
  const link = nonEmpty(d.link);
  const priority = nonEmpty(d.priority) ?? nonEmpty(d.alert_priority) ?? prefixes.find((p) => /^P[1-5]$/i.test(p)) ?? undefined;
  return {
    ok: true,
    alerts: [
      {
        source: 'datadog',
        integration: ctx.integration,
        dedupKey: nonEmpty(d.aggreg_key) ?? nonEmpty(d.aggregate) ?? nonEmpty(d.alert_id) ?? fingerprint({ title: stripPrefixes(d.title), host: host ?? undefined }),
        status,
        severity: severityOf(priority, transition, d.alert_type),
        summary: d.title,
        service: nonEmpty(labels['service']) ?? ctx.service,
        host,
        labels,
        links: link ? [{ title: 'Datadog', url: link }] : [],
        receivedAt: ctx.receivedAt,
        rawExcerpt: rawExcerpt(body),
      },
    ],
  };
};

/** `"env:prod, service:api,canary"` → `{ env: 'prod', service: 'api', canary: '' }`; values may hold colons. */
export function parseTags(tags: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of tags.split(',')) {
    const tag = raw.trim();
    if (tag === '') continue;
    const colon = tag.indexOf(':');
    if (colon === -1) out[tag] = '';
    else out[tag.slice(0, colon)] = tag.slice(colon + 1);
  }
  return out;
}

function severityOf(priority: string | undefined, transition: string, alertType: string | undefined): Severity {
  const fromPriority = severityFromText(priority);
  if (fromPriority) return fromPriority;
  // Without a monitor priority, a warn threshold or missing data is a warning, anything else an error.
  if (/warn|no data/i.test(transition) || alertType === 'warning') return 'warning';
  return 'error';
}

/** `[P1] [Triggered on {host:web-1}] CPU` → `['P1', 'Triggered']`: the bracketed words Datadog puts first. */
function titlePrefixes(title: string): string[] {
  const out: string[] = [];
  let rest = title;
  for (let m = /^\s*\[([^\]]*)\]/.exec(rest); m; m = /^\s*\[([^\]]*)\]/.exec(rest)) {
    out.push(m[1]!.replace(/\s+on\s+\{.*$/, '').trim());
    rest = rest.slice(m[0].length);
  }
  return out;
}

// The fallback key must not change between "[Triggered]" and "[Recovered]" of one monitor.
function stripPrefixes(title: string): string {
  return title.replace(/^(\s*\[[^\]]*\])+\s*/, '');
}
