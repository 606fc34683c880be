import { z } from 'zod';
import { forgeDeps } from '../compose/forgeDeps.js';
import { evaluateIncident } from '../../app/escalation/evaluateIncident.js';

const IssueEventSchema = z.object({
  eventType: z.string(),
  issue: z.object({ key: z.string().min(1) }).passthrough(),
  changelog: z.object({ items: z.array(z.object({ field: z.string() }).passthrough()).default([]) }).passthrough().optional(),
}).passthrough();

/** Only our own property write changed nothing the engine reads; re-evaluating would loop. */
const IGNORED_ONLY = new Set(['escalation']);

/**
 * Issue created or updated: start, re-evaluate or end the escalation. A priority, status or
 * assignee change re-runs the engine at once instead of waiting for the sweep.
 */
export async function issueEventTrigger(event: unknown): Promise<void> {
  const parsed = IssueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('issue event ignored: unexpected shape', parsed.error.issues[0]);
    return;
  }
  const items = parsed.data.changelog?.items ?? [];
  if (items.length && items.every((i) => IGNORED_ONLY.has(i.field))) return;
  await evaluateIncident(await forgeDeps({ kind: 'app' }), parsed.data.issue.key);
}
