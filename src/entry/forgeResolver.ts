import ResolverPkg from '@forge/resolver';

type ResolverCtor = typeof ResolverPkg.default;

/**
 * @forge/resolver is CommonJS with an ES-style default export. Node's ESM loader (tests, the
 * sandbox) hands us the exports object; Forge's bundler unwraps it to the class. Accept both.
 */
export const Resolver: ResolverCtor =
  (ResolverPkg as unknown as { default?: ResolverCtor }).default ?? (ResolverPkg as unknown as ResolverCtor);
