import type { Deps } from '../../app/shared/deps.js';
import { AppError } from '../../app/shared/appError.js';
import { z } from 'zod';
import { resolverContract, resolverNames, type ResolverName } from '../../contracts/resolverContract.js';
import type { Envelope } from '../../contracts/resolvers.js';
import { toEnvelope } from '../envelope.js';
import { resolverTable } from './resolverTable.js';

const AnyObject = z.object({}).passthrough();

/**
 * One resolver call: parse the payload at the boundary, identify the caller from Forge's
 * context (never from the payload), run the use case, wrap the result.
 */
export async function handleResolverCall(name: string, payload: unknown, accountId: string | undefined, deps: () => Promise<Deps>): Promise<Envelope<unknown>> {
  return toEnvelope(async () => {
    if (!(resolverNames as readonly string[]).includes(name)) throw new AppError('NOT_FOUND', `no resolver "${name}"`);
    if (!accountId) throw new AppError('FORBIDDEN', 'this action needs a signed-in user');
    const n = name as ResolverName;
    const def = resolverContract[n];
    // A use case that parses its own payload still gets an object, never a bare value.
    const parsed: unknown = (def.boundary === 'useCase' ? AnyObject : def.request).parse(payload ?? {});
    const run = resolverTable[n] as (d: Deps, a: { accountId: string }, p: unknown) => Promise<unknown>;
    return run(await deps(), { accountId }, parsed);
  });
}
