import type { FieldError } from '../../domain/shared/fieldError.js';

export type AppErrorCode = 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** A refusal a person can act on. Entry points map the code to a resolver error or HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
