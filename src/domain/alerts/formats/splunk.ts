import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { nonEmpty } from './labelledAlert.js';
import type { Normaliser } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';
import { severityFromText } from './severityFromText.js';

// Splunk's webhook alert action posts the first result row plus the search's identity. An
// ad-hoc or unsaved search posts `search_name: null` (Splunk's own documented example does).
const bodySchema = z.object({
  result: z.record(z.unknown()).nullish().transform((r) => r ?? {}),
  sid: z.string().min(1),
  search_name: z.string().nullish(),
  app: z.string().nullish(),
  owner: z.string().nullish(),
  results_link: z.string().nullish(),
});

/** A raw event's text is kept to this many characters in the summary and labels. */
const RAW_MAX = 200;

/**
 * Splunk alert action webhook, for both kinds of search an alert runs: a stats search (the row
 * is its aggregate fields, e.g. `count`, `sourcetype`) and a raw-event search (the row is the
 * event: `_raw`, `_time`, `host`, `source`, `sourcetype`). Splunk alerts never resolve, so
 * every one is `firing`. The dedup key is the saved search (app + name, or the sid without its
 * run suffix when unnamed) and host, never the whole sid: each scheduled run has a new one.
 *
 * @example
 * splunk({ sid: 'scheduler__a_1', search_name: 'Failed logins', app: 'search', owner: 'admin', result: { host: 'web-1' } }, ctx)
 * // => { ok: true, alerts: [{ status: 'firing', summary: 'Failed logins', host: 'web-1', ... }] }
 */
export const splunk: Normaliser = (body, ctx) => {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const s = parsed.data;
  const row = scalarFields(s.result);
  const host = nonEmpty(row['host']);
  const link = nonEmpty(s.results_link);
  const name = nonEmpty(s.search_name);
  // scheduler__admin__search__RMD5…_at_1795770000_1234: the part before `_at_` names the search.
  const search = name ?? s.sid.replace(/_at_\d+_\d+$/, '');
  const raw = nonEmpty(row['_raw']);
  const labels: Record<string, string> = {};
  // `_raw` is the whole event; it is kept shortened as `raw`. Other fields, `_time` too, stay as they are.
  for (const [k, v] of Object.entries(row)) if (k !== '_raw') labels[k] = v;
  if (raw) labels['raw'] = raw.slice(0, RAW_MAX);
  if (s.app) labels['app'] = s.app;
  if (s.owner) labels['owner'] = s.owner;
  labels['search_name'] = search;
  const summary = name ?? (raw ? `Splunk alert: ${raw.slice(0, RAW_MAX)}` : `Splunk alert ${search}`);
  return {
    ok: true,
    alerts: [
      {
        source: 'splunk',
        integration: ctx.integration,
        dedupKey: fingerprint({ app: s.app ?? undefined, search_name: search, host: host ?? undefined }),
        status: 'firing',
        // A search that sets a severity or urgency field in its results decides; otherwise error.
        severity: severityFromText(row['severity']) ?? severityFromText(row['urgency']) ?? 'error',
        summary,
        service: nonEmpty(row['service']) ?? ctx.service,
        host,
        labels,
        links: link ? [{ title: 'Search results', url: link }] : [],
        receivedAt: ctx.receivedAt,
        rawExcerpt: rawExcerpt(body),
      },
    ],
  };
};

// Result rows may hold multivalue fields (arrays); labels keep only single string-like values.
function scalarFields(result: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(result)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}
