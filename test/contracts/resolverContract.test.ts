import { resolverContract, resolverNames, type RequestOf, type ResponseOf } from '../../src/contracts/resolverContract.js';
import type { IncidentView, PolicySummary } from '../../src/contracts/resolvers.js';
import { resolverTable, type ResolverRun } from '../../src/entry/resolvers/resolverTable.js';

// The checks that matter here are types: `npm test` type-checks this file before jest runs it, so
// each `@ts-expect-error` below fails the build the day the line it marks starts to compile,
// i.e. the day the UI's and the back end's idea of a resolver could drift apart.

// A use case whose result is not the contract's response type is refused.
// @ts-expect-error getIncidentView must return an IncidentView, not a policy summary
const wrongResponse: ResolverRun<'getIncidentView'> = async () => ({}) as PolicySummary;
// A UI payload that misses a required field is refused.
// @ts-expect-error escalate needs issueKey, path, level and reason
const missingField: RequestOf<'escalate'> = { issueKey: 'ITOPS-1' };
// A name the contract does not list is refused.
// @ts-expect-error there is no resolver called getIncidentViews
type Unknown = ResponseOf<'getIncidentViews'>;

// And the positive direction: the UI's response type is exactly the back end's.
const sameResponse: ResponseOf<'acknowledge'> extends IncidentView ? (IncidentView extends ResponseOf<'acknowledge'> ? true : false) : false = true;
// Referenced so the declarations above stay in the program; they are checked by tsc, not at run time.
export type TypeLevelChecks = [typeof wrongResponse, typeof missingField, typeof sameResponse, Unknown];

describe('the resolver contract', () => {
  it('the back end implements exactly the resolvers the contract names', () => {
    expect(Object.keys(resolverTable).sort()).toEqual([...resolverNames].sort());
  });

  it('every resolver has a payload schema that refuses a non-object payload', () => {
    for (const name of resolverNames) expect(resolverContract[name].request.safeParse('not an object').success).toBe(false);
  });
});
