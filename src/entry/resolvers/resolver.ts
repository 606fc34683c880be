import { Resolver } from '../forgeResolver.js';
import { forgeDeps } from '../compose/forgeDeps.js';
import { resolverNames } from '../../contracts/resolverContract.js';
import { handleResolverCall } from './handleResolverCall.js';

const resolver = new Resolver();
for (const name of resolverNames) {
  resolver.define(name, ({ payload, context }) =>
    handleResolverCall(name, payload, (context as { accountId?: string }).accountId, () => forgeDeps({ kind: 'user' })));
}

/** The `resolver` function of manifest.yml. */
export const resolverHandler = resolver.getDefinitions();
