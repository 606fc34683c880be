import { webTrigger } from '@forge/api';
import type { AckLinkBase } from '../../ports/ackLinkBase.js';

/** The `ack-link` webtrigger module key in manifest.yml. */
export const ACK_LINK_TRIGGER_KEY = 'ack-link';

/** The installation's URL for the ack-link webtrigger, asked once per invocation. */
export class ForgeAckLinkBase implements AckLinkBase {
  private url: Promise<string> | null = null;

  ackLinkUrl(): Promise<string> {
    this.url ??= webTrigger.getUrl(ACK_LINK_TRIGGER_KEY);
    return this.url;
  }
}
