import type { Target } from '../contracts/policy.js';
import type { OutboundPurpose } from '../domain/drills/drill/isolation.js';

export interface PageMessage {
  incidentKey: string;
  subject: string;
  body: string;
  targets: Target[];
  /** Who it is for: a drill lets only pages to its responders out. */
  purpose: OutboundPurpose;
  /** The intent's idempotency key, so a sender that supports it can deduplicate too. */
  idempotencyKey: string;
  /**
   * One signed, single-use link per paged user that acknowledges as that user. Each belongs in
   * that user's copy of the page only: anyone holding it can acknowledge in their name.
   */
  ackLinks?: Array<{ accountId: string; url: string }>;
}

/**
 * Delivers pages and template notifications. The Jira email adapter sends through the
 * issue's notify endpoint; chat and SMS channels arrive with the communications work.
 */
export interface Notifier {
  page(message: PageMessage): Promise<void>;
}
