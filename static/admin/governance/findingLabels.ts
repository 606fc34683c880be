import type { AccessFindingKind } from '../../../src/contracts/accessReview.js';

/** What each kind of access-review finding is called on the page. */
export const FINDING_LABELS: Readonly<Record<AccessFindingKind, string>> = {
  bypassAttempt: 'Bypass attempt',
  refusalFlood: 'Flood of refusals',
  refusals: 'Refused action',
  roleChange: 'Role change',
  unusualActor: 'New actor',
};
