import type { SourceFormat } from '../alert.js';
import { samplePayload } from '../formats/samplePayload.js';

/**
 * The integration format's own sample alert, made unique to one synthetic run: its identifiers
 * (the fixed dedup material of the sample) name the run, so each run opens its own incident
 * rather than counting as a repeat of the last, and its summary names the check and the run
 * (Splunk's dedup key is the saved search's name, so the run must be in it too).
 *
 * @example JSON.stringify(syntheticPayload('pagerduty-events-v2', null, at, 'nightly.1', 'Pager path')).includes('jsm-synthetic-nightly.1') // => true
 */
export function syntheticPayload(format: SourceFormat, service: string | null, now: Date, runId: string, checkName: string): Record<string, unknown> {
  const sample = JSON.stringify(samplePayload(format, service, now));
  // Only words, spaces, dots and dashes go in, which need no escaping at either depth of JSON
  // (CloudWatch's Message is JSON inside a string), so the text is replaced as it stands.
  const name = checkName.replace(/[^\w .-]/g, '').slice(0, 80);
  const id = runId.replace(/[^\w.-]/g, '');
  return JSON.parse(sample.split('jsm-escalation-test').join(`jsm-synthetic-${id}`).split('Test alert from the escalation app').join(`Synthetic check ${name} run ${id} from the escalation app`)) as Record<string, unknown>;
}
