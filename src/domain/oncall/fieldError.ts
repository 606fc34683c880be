import type { ZodError, ZodErrorMap } from 'zod';

/** A problem with one field of an input, e.g. `layers[0].rotation.participants: must not be empty`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The outcome of checking input at the boundary: a domain value, or every problem found. */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Writes a path the way an admin reads it in a form or a JSON document.
 *
 * @example
 * fieldPath(['layers', 0, 'rotation', 'participants']) // => 'layers[0].rotation.participants'
 */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${part}` : part;
  }, '');
}

/** One line per problem: `path: message`. */
export function describeFieldError(error: FieldError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** zod's wording for a missing field is "Required"; say it the way the rest of the messages do. */
export const fieldErrorMap: ZodErrorMap = (issue, context) => {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return { message: 'is required' };
  return { message: context.defaultError };
};

export function toFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
}
