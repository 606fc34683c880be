import { z } from 'zod';
import { fromZodIssues } from '../../shared/fieldError.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { nonEmpty } from './labelledAlert.js';
import type { Normaliser } from './normaliser.js';
import { rawExcerpt } from '../ingest/rawExcerpt.js';
import { severityFromText } from './severityFromText.js';

// Splunk's webhook alert action posts the first result row plus the search's identity.
const bodySchema = z.object({
  result: z.record(z.unknown()).default({}),
  sid: z.string(),
  search_name: z.string().min(1),
  app: z.string(),
  owner: z.string(),
  results_link: z.string().optional(),
});

/**
 * Splunk alert action webhook. Splunk alerts never resolve, so every one is `firing`. The dedup
 * key is the saved search (app + name) and host, not `sid`: each scheduled run has a new sid,
 * and keying on it would open an incident per run.
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
  return {
    ok: true,
    alerts: [
      {
        source: 'splunk',
        integration: ctx.integration,
        dedupKey: fingerprint({ app: s.app, search_name: s.search_name, host: host ?? undefined }),
        status: 'firing',
        // A search that sets a severity or urgency field in its results decides; otherwise error.
        severity: severityFromText(row['severity']) ?? severityFromText(row['urgency']) ?? 'error',
        summary: s.search_name,
        service: nonEmpty(row['service']) ?? ctx.service,
        host,
        labels: { ...row, app: s.app, owner: s.owner, search_name: s.search_name },
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
