import type { ZodError, ZodErrorMap, ZodIssue } from 'zod';
import type { FieldErrorDto } from '../../contracts/resolvers.js';

/**
 * One problem with one field of an input, e.g. `paths.technical.levels[1].delayMinutes: must be
 * at least 1`. The same shape the UI receives (the contract's `FieldErrorDto`), so a domain
 * validator's errors reach a form unchanged.
 */
export type FieldError = FieldErrorDto;

/** The outcome of checking input at the boundary: a domain value, or every problem found. */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Writes a path the way an admin reads it in a form or a JSON document.
 *
 * @example
 * fieldPath(['paths', 'technical', 'levels', 1, 'delayMinutes']) // => 'paths.technical.levels[1].delayMinutes'
 */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** zod issues as field errors under `prefix`; a problem with the whole input is `(root)`. */
export function fromZodIssues(issues: readonly ZodIssue[], prefix: ReadonlyArray<string | number> = []): FieldError[] {
  return issues.map((i) => ({ field: fieldPath([...prefix, ...i.path]) || '(root)', message: i.message }));
}

/** A zod error as field errors; a problem with the whole input has the empty field name. */
export function toFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
}

/** One line per problem: `field: message`. */
export function describeFieldError(error: FieldError): string {
  return error.field ? `${error.field}: ${error.message}` : error.message;
}

/** zod's wording for a missing field is "Required"; say it the way the rest of the messages do. */
export const fieldErrorMap: ZodErrorMap = (issue, context) => {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return { message: 'is required' };
  return { message: context.defaultError };
};
