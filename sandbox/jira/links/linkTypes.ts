/**
 * The issue link types a new Jira Cloud site with Jira Service Management has. Real sites let
 * admins add more; the sandbox's set is fixed, like its workflow.
 */
export interface IssueLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export const ISSUE_LINK_TYPES: readonly IssueLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  { id: '10004', name: 'Problem/Incident', inward: 'is caused by', outward: 'causes' },
  { id: '10005', name: 'Post-Incident Reviews', inward: 'is reviewed by', outward: 'reviews' },
];

/** By id or by name, as Jira's link endpoint accepts either in `type`. */
export function findLinkType(ref: { id?: unknown; name?: unknown }): IssueLinkType | undefined {
  if (typeof ref.id === 'string') return ISSUE_LINK_TYPES.find((t) => t.id === ref.id);
  if (typeof ref.name === 'string') return ISSUE_LINK_TYPES.find((t) => t.name.toLowerCase() === String(ref.name).toLowerCase());
  return undefined;
}
