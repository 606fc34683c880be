import { Resolver } from '../forgeResolver.js';
import { forgeDeps } from '../compose/forgeDeps.js';
import { resolverNames } from '../../contracts/resolverContract.js';
import { handleResolverCall } from './handleResolverCall.js';

const resolver = new Resolver();
for (const name of resolverNames) {
  resolver.define(name, ({ payload, context }) => {
    const c = context as { accountId?: string; extension?: { issue?: { key?: unknown } } };
    const issueKey = typeof c.extension?.issue?.key === 'string' ? c.extension.issue.key : undefined;
    return handleResolverCall(name, payload, { accountId: c.accountId, issueKey }, () => forgeDeps({ kind: 'user' }));
  });
}

/** The `resolver` function of manifest.yml. */
export const resolverHandler = resolver.getDefinitions();
