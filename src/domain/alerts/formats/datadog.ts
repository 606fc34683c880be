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

const bodySchema = z.object({
  id: idLike.optional(),
  alert_id: idLike.optional(),
  title: z.string().min(1),
  alert_transition: z.string(),
  alert_type: z.string().optional(),
  priority: z.string().optional(),
  hostname: z.string().optional(),
  tags: z.string().optional(),
  link: z.string().optional(),
  aggregate: z.string().optional(),
  body: z.string().optional(),
});

const STATUS: Record<string, AlertStatus> = {
  triggered: 'firing', 're-triggered': 'firing', warn: 'firing', 're-warn': 'firing',
  'no data': 'firing', 're-no data': 'firing', renotify: 'firing', recovered: 'resolved',
};

/**
 * Datadog webhook with the template variables `$ID`, `$EVENT_TITLE`, `$ALERT_TRANSITION`,
 * `$ALERT_PRIORITY`, `$HOSTNAME`, `$TAGS`, `$LINK`, `$AGGREG_KEY` mapped to the fields below.
 * Dedup follows the monitor group (`aggregate`), so each notification of a monitor rolls up.
 *
 * @example
 * datadog({ id: '1', title: '[Triggered] CPU high', alert_transition: 'Triggered', priority: 'P1', tags: 'service:api' }, ctx)
 * // => { ok: true, alerts: [{ status: 'firing', severity: 'critical', service: 'api', ... }] }
 */
export const datadog: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  const status = STATUS[d.alert_transition.trim().toLowerCase()];
  if (!status) return { ok: false, errors: [{ field: 'alert_transition', message: `Unknown transition "${d.alert_transition}"` }] };
  const labels = parseTags(d.tags ?? '');
  const host = nonEmpty(d.hostname);
  const link = nonEmpty(d.link);
  return {
    ok: true,
    alerts: [
      {
        source: 'datadog',
        integration: ctx.integration,
        dedupKey: nonEmpty(d.aggregate) ?? nonEmpty(d.alert_id) ?? fingerprint({ title: stripTransition(d.title), host: host ?? undefined }),
        status,
        severity: severityOf(d.priority, d.alert_transition, d.alert_type),
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

// Datadog prefixes titles with "[Triggered]" / "[Recovered]"; the fallback key must ignore it.
function stripTransition(title: string): string {
  return title.replace(/^\[[^\]]*\]\s*/, '');
}
