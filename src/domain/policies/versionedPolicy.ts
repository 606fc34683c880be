import type { Policy } from '../../contracts/policy.js';

/** A policy as saved: every save is a new version with who, when and why. */
export interface VersionedPolicy {
  policy: Policy;
  version: number;
}

export interface PolicyVersionRecord extends VersionedPolicy {
  author: string;
  savedAt: string;
  reason: string;
  reviewDueAt: string;
}
