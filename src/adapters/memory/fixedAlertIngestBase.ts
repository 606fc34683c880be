import type { AlertIngestBase } from '../../ports/alertIngestBase.js';

/** A fixed webtrigger URL, so tests can check the per-integration URLs admins are shown. */
export class FixedAlertIngestBase implements AlertIngestBase {
  constructor(readonly base = 'https://ingest.example.test/x1/alert-ingest') {}
  async alertIngestUrl(): Promise<string> {
    return this.base;
  }
}
