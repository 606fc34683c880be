import type { ReviewRecord } from '../../contracts/reviewRecord.js';

export interface OwnerCandidates {
  /** Whoever last acknowledged the escalation: they owned it when it ended. */
  escalationOwner: string | null;
  commsLead: string | null;
  assignee: string | null;
}

/**
 * The review's owner: the escalation's last owner, else the comms lead, else the assignee.
 * An escalation nobody acknowledged still gets a review, owned by whoever led comms.
 */
export function chooseReviewOwner(c: OwnerCandidates): Pick<ReviewRecord, 'ownerAccountId' | 'ownerSource'> {
  if (c.escalationOwner) return { ownerAccountId: c.escalationOwner, ownerSource: 'escalation' };
  if (c.commsLead) return { ownerAccountId: c.commsLead, ownerSource: 'commsLead' };
  if (c.assignee) return { ownerAccountId: c.assignee, ownerSource: 'assignee' };
  return { ownerAccountId: null, ownerSource: 'none' };
}
