/** What a consumer receives, matching `AsyncEvent` in @forge/events' types. */
export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData?: unknown;
}

export interface AsyncEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  delayInSeconds?: number;
  retryContext?: RetryContext;
}

/** `{_retry: true, retryOptions}` is what `new InvocationError(...)` (and `QueueResponse.retry()`) become. */
export interface RetryRequest {
  retryAfter: number;
  retryReason: string;
  retryData?: unknown;
}

export function asRetryRequest(value: unknown): RetryRequest | undefined {
  if (value === null || typeof value !== 'object' || (value as { _retry?: unknown })._retry !== true) return undefined;
  const options = ((value as { retryOptions?: Partial<RetryRequest> }).retryOptions ?? {}) as Partial<RetryRequest>;
  return {
    // The SDK clamps retryAfter to at least 1 second; missing options mean its defaults.
    retryAfter: Math.max(1, options.retryAfter ?? 1),
    retryReason: options.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    ...(options.retryData !== undefined ? { retryData: options.retryData } : {}),
  };
}
