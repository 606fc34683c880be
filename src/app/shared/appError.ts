import type { FieldError } from '../../domain/shared/fieldError.js';

export type AppErrorCode = 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** `issueKey: ITOPS-1 has no open bridge`: the field a refusal's message starts with, by the messages' convention. */
const NAMED = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+|\[\d+\])*): (.+)$/s;

/**
 * A refusal a person can act on. Entry points map the code to a resolver error or HTTP status.
 * An INVALID refusal always names a field, so a form can show it beside the input: given no
 * fields, the one its message starts with (`accountId: ...`), else `fallbackField`.
 */
export class AppError extends Error {
  readonly fields: FieldError[];
  constructor(
    readonly code: AppErrorCode,
    message: string,
    fields: FieldError[] = [],
    fallbackField?: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.fields = fields.length > 0 || code !== 'INVALID' ? fields : namedFields(message, fallbackField);
  }
}

function namedFields(message: string, fallbackField: string | undefined): FieldError[] {
  const m = NAMED.exec(message);
  if (m) return [{ field: m[1]!, message: m[2]! }];
  return fallbackField ? [{ field: fallbackField, message }] : [];
}
