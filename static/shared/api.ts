import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/contracts/resolvers.js';
import type { RequestOf, ResolverName, ResponseOf } from '../../src/contracts/resolverContract.js';

/**
 * The one way the UI calls the back end. A transport failure (the bridge itself throwing, or a
 * response that is not an envelope) becomes an INTERNAL error envelope, so screens handle
 * every failure through the same `ok: false` branch.
 */
export async function invokeResolver<N extends ResolverName>(
  name: N,
  payload: RequestOf<N>,
): Promise<Envelope<ResponseOf<N>>> {
  try {
    const result = await invoke<Envelope<ResponseOf<N>>>(name, payload as Record<string, unknown>);
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return internalError(`${name} returned something that is not an envelope`);
  } catch (err) {
    return internalError(err instanceof Error ? err.message : String(err));
  }
}

function internalError<T>(message: string): Envelope<T> {
  return { ok: false, error: { code: 'INTERNAL', message, fields: [] } };
}

export type ResolverError = Extract<Envelope<unknown>, { ok: false }>['error'];
