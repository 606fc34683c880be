import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validate } = require('@forge/manifest') as {
  validate(lint: boolean, path: string): Promise<{ success: boolean; errors?: Array<{ message: string; level?: string }> }>;
};

describe('manifest.yml', () => {
  it('validates with @forge/manifest with no errors or warnings', async () => {
    const result = await validate(false, 'manifest.yml');
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });
});
