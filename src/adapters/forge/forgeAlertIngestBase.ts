import { webTrigger } from '@forge/api';
import type { AlertIngestBase } from '../../ports/alertIngestBase.js';

/** The `alert-ingest` webtrigger module key in manifest.yml. */
export const ALERT_INGEST_TRIGGER_KEY = 'alert-ingest';

/** The installation's URL for the alert-ingest webtrigger, asked once per invocation. */
export class ForgeAlertIngestBase implements AlertIngestBase {
  private url: Promise<string> | null = null;

  alertIngestUrl(): Promise<string> {
    this.url ??= webTrigger.getUrl(ALERT_INGEST_TRIGGER_KEY);
    return this.url;
  }
}
