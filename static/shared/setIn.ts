import type { PathSegment } from './fieldPath.js';

/**
 * A copy of `root` with the value at `path` replaced, sharing every untouched branch, so
 * editors can update one field of a nested draft without mutating React state. Missing
 * containers are created (an array when the next segment is a number). `undefined` removes
 * an object key, which is how an optional field is cleared.
 */
export function setIn<T>(root: T, path: readonly PathSegment[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const record = { ...(container as Record<string, unknown>) };
  const next = setIn(record[head as string], rest, value);
  if (next === undefined) delete record[head as string];
  else record[head as string] = next;
  return record as T;
}

/** The value at `path`, or undefined where the path leaves the data. */
export function getIn(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** An array without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
