/**
 * A place in a setting that names a person or a group, by the field path the form and the
 * validators use (`paths.technical.levels[0].targets[1].accountId`).
 */
export type PersonReference =
  | { readonly field: string; readonly kind: 'user'; readonly accountId: string }
  | { readonly field: string; readonly kind: 'group'; readonly groupName: string };

/** References that `after` has and `before` did not: the ones a save must check exist. */
export function newReferences(after: readonly PersonReference[], before: readonly PersonReference[]): PersonReference[] {
  const had = new Set(before.map(referenceKey));
  return after.filter((r) => !had.has(referenceKey(r)));
}

/** Who or what is named, wherever it is named. */
export function referenceKey(r: PersonReference): string {
  return r.kind === 'user' ? `user:${r.accountId}` : `group:${r.groupName.toLowerCase()}`;
}
