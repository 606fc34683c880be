/** The marker every drill message starts with, so nobody mistakes a drill for a real outage. */
export const DRILL_MARK = '[DRILL]';

/**
 * Subjects start with the marker once, however many layers mark them.
 *
 * @example markSubject('[ITOPS-7] Escalation') // => '[DRILL] [ITOPS-7] Escalation'
 */
export function markSubject(subject: string): string {
  return subject.startsWith(DRILL_MARK) ? subject : `${DRILL_MARK} ${subject}`;
}

/** Chat and SMS bodies: the marker is the whole first line, which previews and lock screens show. */
export function markBody(body: string): string {
  return body.startsWith(DRILL_MARK) ? body : `${DRILL_MARK} This is a drill: acknowledge as you would for real; do not act on the systems.\n${body}`;
}
