import type { Deps } from '../../app/shared/deps.js';
import { AppError } from '../../app/shared/appError.js';
import { resolverNames, type Envelope, type ResolverName } from '../../contracts/resolvers.js';
import { toEnvelope } from '../envelope.js';
import { resolverTable } from './resolverTable.js';

/**
 * One resolver call: parse the payload at the boundary, identify the caller from Forge's
 * context (never from the payload), run the use case, wrap the result.
 */
export async function handleResolverCall(name: string, payload: unknown, accountId: string | undefined, deps: () => Promise<Deps>): Promise<Envelope<unknown>> {
  return toEnvelope(async () => {
    if (!(resolverNames as readonly string[]).includes(name)) throw new AppError('NOT_FOUND', `no resolver "${name}"`);
    if (!accountId) throw new AppError('FORBIDDEN', 'this action needs a signed-in user');
    const spec = resolverTable[name as ResolverName];
    const parsed = spec.schema.parse(payload ?? {});
    return spec.run(await deps(), { accountId }, parsed);
  });
}
