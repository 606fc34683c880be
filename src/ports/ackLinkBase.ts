/**
 * Where acknowledgement links point: the `ack-link` webtrigger's URL. On Forge it comes from
 * `webTrigger.getUrl`; in memory it is a fixed base so tests can follow the links.
 */
export interface AckLinkBase {
  ackLinkUrl(): Promise<string>;
}
