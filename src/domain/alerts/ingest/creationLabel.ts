import { createHash } from 'node:crypto';

/**
 * The label an alert-created incident carries so a retry can find it: derived from the
 * integration and dedup key (hashed, since dedup keys are free text and labels take no spaces).
 * If an invocation dies between creating the issue and saving the dedup record, the retry
 * searches for this label and adopts the open incident instead of opening a second one.
 */
export function creationLabel(integrationId: string, dedupKey: string): string {
  return `alertkey-${createHash('sha256').update(`${integrationId}\u0000${dedupKey}`).digest('hex').slice(0, 24)}`;
}
