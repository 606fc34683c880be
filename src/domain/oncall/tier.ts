/** Who an escalation level pages: everyone on call in a schedule, or one named person. */
export type TierTarget =
  | { readonly kind: 'schedule'; readonly scheduleId: string }
  | { readonly kind: 'user'; readonly accountId: string };

/**
 * One escalation tier. The backup is mandatory: a tier whose primary schedule has a gap must
 * still reach a human, which is exactly when a page matters most.
 */
export interface Tier {
  readonly name: string;
  readonly primary: TierTarget;
  readonly backup: TierTarget;
}

/** Whether two targets name the same schedule or the same person. */
export function sameTarget(a: TierTarget, b: TierTarget): boolean {
  if (a.kind === 'schedule' && b.kind === 'schedule') return a.scheduleId === b.scheduleId;
  if (a.kind === 'user' && b.kind === 'user') return a.accountId === b.accountId;
  return false;
}
