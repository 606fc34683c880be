import type { AckLinkBase } from '../../ports/ackLinkBase.js';

/** A fixed webtrigger URL, so tests can read links out of the outbox and follow them. */
export class FixedAckLinkBase implements AckLinkBase {
  constructor(readonly base = 'https://ack.example.test/x1/ack-link') {}
  async ackLinkUrl(): Promise<string> {
    return this.base;
  }
}
