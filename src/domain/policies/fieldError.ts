import type { ZodIssue } from 'zod';

/** One problem with an input, named by its field path, e.g. `paths.technical.levels[1].delayMinutes`. */
export interface FieldError {
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** `['paths', 'technical', 'levels', 1, 'delayMinutes']` → `paths.technical.levels[1].delayMinutes`. */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

export function fromZodIssues(issues: readonly ZodIssue[], prefix: ReadonlyArray<string | number> = []): FieldError[] {
  return issues.map((i) => ({ field: fieldPath([...prefix, ...i.path]) || '(root)', message: i.message }));
}
