import type { Severity } from '../alert.js';

// Words monitoring tools and teams commonly put in a severity label or priority field.
const WORDS: Record<string, Severity> = {
  critical: 'critical', crit: 'critical', page: 'critical', fatal: 'critical', emergency: 'critical', p1: 'critical', sev1: 'critical',
  error: 'error', err: 'error', high: 'error', major: 'error', p2: 'error', sev2: 'error',
  warning: 'warning', warn: 'warning', medium: 'warning', minor: 'warning', p3: 'warning', sev3: 'warning',
  info: 'info', informational: 'info', low: 'info', none: 'info', p4: 'info', p5: 'info', sev4: 'info', sev5: 'info',
};

/**
 * Reads a free-text severity (a Prometheus `severity` label, a Datadog priority), or null when
 * the word is unknown so the caller chooses its documented default instead of guessing here.
 *
 * @example
 * severityFromText('P2') // => 'error'
 */
export function severityFromText(text: string | null | undefined): Severity | null {
  if (text === null || text === undefined) return null;
  return WORDS[text.trim().toLowerCase()] ?? null;
}
