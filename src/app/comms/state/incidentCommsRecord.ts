import { COMMS_PROPERTY, emptyIncidentComms, IncidentCommsSchema, type IncidentComms } from '../../../contracts/incidentComms.js';
import type { Deps } from '../../shared/deps.js';

/**
 * The incident's `comms` property, parsed. A property that does not parse is an error naming
 * the field, not an empty record: overwriting it would lose who joined the bridge.
 */
export async function readIncidentComms(host: Deps['host'], key: string): Promise<IncidentComms> {
  const raw = await host.getIssueProperty(key, COMMS_PROPERTY);
  if (raw === undefined || raw === null) return emptyIncidentComms;
  const parsed = IncidentCommsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${key} comms property: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Writes the property only when it changed, so re-running a step writes nothing. */
export async function writeIncidentComms(host: Deps['host'], key: string, before: IncidentComms, after: IncidentComms): Promise<void> {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  await host.setIssueProperty(key, COMMS_PROPERTY, after);
}
