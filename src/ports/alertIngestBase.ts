/**
 * Where monitoring tools send alerts: the `alert-ingest` webtrigger's URL, one per installation.
 * On Forge it comes from `webTrigger.getUrl`; in memory it is a fixed base. Integrations are told
 * apart by `?integration=<id>` on top of it.
 */
export interface AlertIngestBase {
  alertIngestUrl(): Promise<string>;
}
