import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';

const require = createRequire(import.meta.url);
interface BundlerOutput { outputDir: string; additionalOutputs?: Map<string, string | Buffer>; metadata?: { bundler?: string } }
const bundler = require('@forge/bundler') as {
  getNodeBundler(logger: unknown, wrapperProvider: unknown, configReader: unknown): { bundle(args: { appDirectory: string; entryPoints: Array<{ name: string; path: string }> }): Promise<BundlerOutput> };
  getWrapperProvider(deps: { fileSystemReader: unknown }): unknown;
};
const cliShared = require('@forge/cli-shared') as {
  FileSystemReader: new () => unknown;
  FileSystemWriter: new () => unknown;
  ConfigFile: new (reader: unknown, writer: unknown) => { readConfig(): Promise<unknown>; getAppHandlers(): Promise<Array<{ module: string; func: string }>> };
};
import { buildBackend } from '../../scripts/buildBackend.mjs';

interface Manifest { app: { package?: { bundler?: string; path?: string } }; modules: { function: Array<{ key: string; handler: string }> } }
const logger = { info: () => {}, debug: () => {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m), trace: () => {} };

/**
 * What `forge deploy` does to package the back end, run offline with Atlassian's own
 * `@forge/bundler`: read manifest.yml through `@forge/cli-shared`'s ConfigFile, pick the bundler
 * it names (`manual@2026`), and collect the packaged folder plus the runtime glue.
 *
 * FORGE_RUNTIME_PATH: offline, the bundler takes Atlassian's runtime glue (`dist/wrapper.js` and
 * `dist/loader.js`, which `forge deploy` otherwise downloads from Atlassian's CDN and adds beside
 * the app's code) from a local folder. That glue is not part of the app, so this test puts
 * placeholders there; what is checked is the app's own packaged code.
 */
describe('packaging for forge deploy', () => {
  const runtime = mkdtempSync(join(tmpdir(), 'forge-runtime-'));
  beforeAll(() => {
    mkdirSync(join(runtime, 'dist'));
    writeFileSync(join(runtime, 'dist', 'wrapper.js'), '// placeholder for Atlassian runtime glue (not the app)\n');
    writeFileSync(join(runtime, 'dist', 'loader.js'), '// placeholder for Atlassian runtime glue (not the app)\n');
    process.env.FORGE_RUNTIME_PATH = runtime;
  });
  afterAll(() => { delete process.env.FORGE_RUNTIME_PATH; });

  it('packages the prebuilt back end the manifest declares, and it exports every handler the manifest names', async () => {
    const manifest = load(readFileSync('manifest.yml', 'utf8')) as Manifest;
    expect(manifest.app.package).toEqual({ bundler: 'manual@2026', path: 'dist/forge' });
    await buildBackend();

    const reader = new cliShared.FileSystemReader();
    const config = new cliShared.ConfigFile(reader, new cliShared.FileSystemWriter());
    const handlers = await config.getAppHandlers();
    const entryPoints = [...new Set(handlers.map((h) => h.module))].map((name) => ({ name, path: join('src', `${name}.ts`) }));
    const out = await bundler.getNodeBundler(logger, bundler.getWrapperProvider({ fileSystemReader: reader }), config).bundle({ appDirectory: process.cwd(), entryPoints });

    expect(out.metadata?.bundler).toBe('manual@2026');
    expect(out.outputDir).toBe(join(process.cwd(), 'dist/forge'));
    expect([...(out.additionalOutputs?.keys() ?? [])]).toEqual(expect.arrayContaining(['__forge__.cjs', '__forge_wrapper__.cjs', 'runtime.json']));
    // Forge looks a handler `index.resolver` up as the export `resolver` of `<path>/index.cjs`.
    const mod = require(join(out.outputDir, 'index.cjs')) as Record<string, unknown>;
    const named = manifest.modules.function.map((f) => f.handler);
    expect(handlers.map((h) => `${h.module}.${h.func}`).sort()).toEqual([...named].sort());
    for (const h of handlers) {
      expect(h.module).toBe('index');
      expect(typeof mod[h.func]).toBe('function');
    }
  }, 120_000);
});
