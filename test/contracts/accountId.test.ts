import { AccountIdSchema } from '../../src/contracts/common.js';

describe('AccountIdSchema', () => {
  test.each(['5b10ac8d82e05b22cc7d4ef5', '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', 'sandbox-agent-ana'])('accepts %s', (id) => {
    expect(AccountIdSchema.parse(id)).toBe(id);
  });

  // Found by the fault campaign's fuzzing: such an id reached a storage key and failed as INTERNAL.
  test.each(['ᗄ𝖉𝜙𝚠⠞', 'ana@example.test', 'a/b', 'a b'])('refuses %j, naming what it must be', (id) => {
    const r = AccountIdSchema.safeParse(id);
    expect(r.success ? null : r.error.issues[0]?.message).toBe('must be an Atlassian account id');
  });
});
