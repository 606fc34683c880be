import type { Target } from '../contracts/policy.js';

export interface PageMessage {
  incidentKey: string;
  subject: string;
  body: string;
  targets: Target[];
  /** The intent's idempotency key, so a sender that supports it can deduplicate too. */
  idempotencyKey: string;
}

/**
 * Delivers pages and template notifications. The Jira email adapter sends through the
 * issue's notify endpoint; chat and SMS channels arrive with the communications work.
 */
export interface Notifier {
  page(message: PageMessage): Promise<void>;
}
