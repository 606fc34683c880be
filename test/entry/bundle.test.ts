import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';

interface Manifest { modules: { function: Array<{ key: string; handler: string }> } }

/**
 * Forge's bundler builds the back end from the handlers in manifest.yml. We cannot run it here
 * (it needs a login), so we check the same thing with esbuild: src/index.ts bundles for Node
 * as CommonJS, loads, and exports a function for every handler the manifest names.
 */
describe('the Forge back end bundle', () => {
  it('bundles src/index.ts and exports every handler named in manifest.yml', async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'forge-bundle-')), 'index.cjs');
    const out = await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'silent' });
    expect(out.errors).toEqual([]);
    const mod = createRequire(import.meta.url)(outfile) as Record<string, unknown>;
    const manifest = load(readFileSync('manifest.yml', 'utf8')) as Manifest;
    const handlers = manifest.modules.function.map((f) => f.handler.replace(/^index\./, '')).sort();
    expect(handlers).toEqual(['ackLink', 'alertIngest', 'issueEvent', 'resolver', 'sweep', 'timer']);
    for (const h of handlers) expect(typeof mod[h]).toBe('function');
  }, 60_000);
});
