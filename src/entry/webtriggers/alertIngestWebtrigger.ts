import { forgeDeps } from '../compose/forgeDeps.js';
import type { Deps } from '../../app/shared/deps.js';
import { ingestAlert } from '../../app/alerts/ingest/ingestAlert.js';
import type { WebTriggerResponse } from './ackLinkWebtrigger.js';

/**
 * The handler, with its ports passed in so tests and the benchmark run it on the in-memory
 * adapters. The integration comes from `?integration=<id>`; the use case does every check.
 */
export async function handleAlertIngest(request: unknown, deps: () => Promise<Deps>): Promise<WebTriggerResponse> {
  let res;
  try {
    res = await ingestAlert(await deps(), request);
    // Unauthenticated refusals store nothing, so the log is their only trace.
    if (res.failure !== undefined) console.error('alert ingest failed', res.failure);
    else if (res.status >= 400) console.warn(`alert ingest refused ${res.status}: ${String(res.body['reason'])}`);
  } catch (e) {
    // Building the ports failed (storage unreachable): the sender should retry.
    console.error('alert ingest could not start', e);
    res = { status: 503, headers: { 'Retry-After': '30' }, body: { status: 'refused', reason: 'could not record the alert just now; retry' } };
  }
  const headers: Record<string, string[]> = { 'Content-Type': ['application/json'], 'Cache-Control': ['no-store'] };
  for (const [k, v] of Object.entries(res.headers)) headers[k] = [v];
  return { statusCode: res.status, headers, body: JSON.stringify(res.body) };
}

/** The `alertIngest` function of manifest.yml (webtrigger `alert-ingest`). */
export const alertIngestWebtrigger = (request: unknown): Promise<WebTriggerResponse> => handleAlertIngest(request, () => forgeDeps({ kind: 'app' }));
