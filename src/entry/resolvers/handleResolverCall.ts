import type { Deps } from '../../app/shared/deps.js';
import { AppError } from '../../app/shared/appError.js';
import { z } from 'zod';
import { resolverContract, resolverNames, type ResolverName } from '../../contracts/resolverContract.js';
import type { Envelope } from '../../contracts/resolvers.js';
import { toEnvelope } from '../envelope.js';
import { resolverTable } from './resolverTable.js';
import { withContextIssue } from './contextIssue.js';

/** What the handler takes from Forge's context: who calls, and the issue a panel is shown on. */
export interface ResolverCaller {
  accountId?: string | undefined;
  issueKey?: string | undefined;
}

const AnyObject = z.object({}).passthrough();

/**
 * One resolver call: parse the payload at the boundary, identify the caller and the issue from
 * Forge's context (never from the payload), run the use case, wrap the result.
 */
export async function handleResolverCall(name: string, payload: unknown, caller: ResolverCaller, deps: () => Promise<Deps>): Promise<Envelope<unknown>> {
  const { accountId } = caller;
  return toEnvelope(async () => {
    if (!(resolverNames as readonly string[]).includes(name)) throw new AppError('NOT_FOUND', `no resolver "${name}"`);
    if (!accountId) throw new AppError('FORBIDDEN', 'this action needs a signed-in user');
    const n = name as ResolverName;
    const def = resolverContract[n];
    // A use case that parses its own payload still gets an object, never a bare value.
    const scoped = withContextIssue(n, payload, caller.issueKey);
    const parsed: unknown = (def.boundary === 'useCase' ? AnyObject : def.request).parse(scoped ?? {});
    const run = resolverTable[n] as (d: Deps, a: { accountId: string }, p: unknown) => Promise<unknown>;
    return run(await deps(), { accountId }, parsed);
  });
}
