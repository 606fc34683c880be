// Packages the back end for `forge deploy` (manifest.yml `app.package: {bundler: manual@2026, path: dist/forge}`).
// Forge's default packaging runs webpack with ts-loader over the handlers, which cannot build
// this project (NodeNext `./x.js` specifiers for `.ts` files, `noEmit` in tsconfig), so the
// back end is bundled here with esbuild (the same bundler the sandbox uses to run the app) and
// Forge packages the folder as it is. The handler `index.resolver` is looked up in index.cjs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = 'dist/forge';

export async function buildBackend(outdir = `${root}/${OUT_DIR}`) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Forge runs nodejs22.x; these machines run Node 20, so the output must run on both.
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(`back-end build failed with ${result.errors.length} error(s)`);
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildBackend();
  console.log(`built the Forge back end into ${out}`);
}
