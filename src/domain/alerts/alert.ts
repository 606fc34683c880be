import { SOURCE_FORMATS } from '../../contracts/integration.js';

/** The payload formats an integration can be configured to accept, listed once in the contract the admin UI shares. */
export { SOURCE_FORMATS };
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** `acknowledged`: the sender says someone is on it (Events v2 `acknowledge`); it stops the escalation. */
export type AlertStatus = 'firing' | 'resolved' | 'acknowledged';

/** Ordered most to least severe, the same four levels as PagerDuty Events v2. */
export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AlertLink {
  title: string;
  url: string;
}

/**
 * One vendor alert, normalised. Every normaliser produces this shape so dedup, correlation,
 * suppression and the priority matrix never see a vendor format.
 */
export interface Alert {
  /** The payload format it arrived in, or `heartbeat` for one the app raised for a missed ping. */
  source: SourceFormat | 'heartbeat';
  /** The configured integration's name, so two Alertmanagers stay distinguishable. */
  integration: string;
  /** Case-sensitive, used verbatim: repeats with the same key roll into one incident. */
  dedupKey: string;
  status: AlertStatus;
  severity: Severity;
  summary: string;
  service: string | null;
  host: string | null;
  labels: Record<string, string>;
  links: AlertLink[];
  /** ISO instant the webtrigger received the payload; passed in, never read from a clock. */
  receivedAt: string;
  /** The original payload as JSON, truncated to at most 2 KB, with credentials redacted. */
  rawExcerpt: string;
}
