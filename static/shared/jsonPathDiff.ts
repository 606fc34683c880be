import { toFieldPath, type PathSegment } from './fieldPath.js';

export interface DiffEntry {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/**
 * Every leaf that differs between two JSON values, named by the same field paths the
 * validators use ("paths.technical.levels[1].delayMinutes"). Arrays compare index by index,
 * which is what an admin reading "level 2 changed" expects; a whole new level shows as its
 * leaves added.
 */
export function jsonPathDiff(before: unknown, after: unknown): DiffEntry[] {
  const out: DiffEntry[] = [];
  walk(before, after, [], out);
  return out;
}

function walk(a: unknown, b: unknown, path: PathSegment[], out: DiffEntry[]): void {
  if (Object.is(a, b)) return;
  const aBranch = isBranch(a);
  const bBranch = isBranch(b);
  if (aBranch && bBranch && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a)
      ? Array.from({ length: Math.max(a.length, (b as unknown[]).length) }, (_, i) => i)
      : [...new Set([...Object.keys(a), ...Object.keys(b as object)])].sort();
    for (const k of keys) {
      const av = (a as Record<string | number, unknown>)[k];
      const bv = (b as Record<string | number, unknown>)[k];
      if (av === undefined && bv !== undefined) leaves(bv, [...path, k], 'added', out);
      else if (bv === undefined && av !== undefined) leaves(av, [...path, k], 'removed', out);
      else walk(av, bv, [...path, k], out);
    }
    return;
  }
  if (a === undefined) return leaves(b, path, 'added', out);
  if (b === undefined) return leaves(a, path, 'removed', out);
  out.push({ path: toFieldPath(path), kind: 'changed', before: a, after: b });
}

function leaves(v: unknown, path: PathSegment[], kind: 'added' | 'removed', out: DiffEntry[]): void {
  if (isBranch(v) && Object.keys(v).length > 0) {
    for (const [k, child] of Object.entries(v)) leaves(child, [...path, Array.isArray(v) ? Number(k) : k], kind, out);
    return;
  }
  out.push(kind === 'added' ? { path: toFieldPath(path), kind, after: v } : { path: toFieldPath(path), kind, before: v });
}

function isBranch(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}
