/** Forge's documented limits: UI resolvers 25 s, webtriggers 55 s, others `timeoutSeconds` (55 s). */
export const RESOLVER_LIMIT_MS = 25_000;
export const WEBTRIGGER_LIMIT_MS = 55_000;
export const DEFAULT_LIMIT_MS = 55_000;

export class InvocationTimeoutError extends Error {
  readonly code = 'FUNCTION_TIME_OUT';
  constructor(
    readonly functionKey: string,
    readonly limitMs: number,
  ) {
    super(`Forge function '${functionKey}' timed out after ${limitMs / 1000} s (FUNCTION_TIME_OUT)`);
    this.name = 'InvocationTimeoutError';
  }
}

/**
 * Fails once `limitMs` of real time has passed. Node cannot stop the handler itself, so its late
 * result is dropped, as the platform drops a killed lambda's.
 */
export function withTimeLimit<T>(work: Promise<T>, limitMs: number, functionKey: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InvocationTimeoutError(functionKey, limitMs)), limitMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
