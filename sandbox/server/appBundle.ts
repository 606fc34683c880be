import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ModuleLoader } from '../forge/index.js';

export interface AppBundleOptions {
  /** Project root holding src/ and package-lock.json. */
  root: string;
  /** Where the bundle and its stamp are kept between starts. */
  cacheDir: string;
}

/** Newest modification time and file count under src/: cheap, and changes whenever a source does. */
function sourceStamp(root: string): string {
  let newest = 0;
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        count++;
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  walk(join(root, 'src'));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) newest = Math.max(newest, statSync(lock).mtimeMs);
  return `${newest}:${count}`;
}

/**
 * Bundles the back end the way Forge's bundler does (src/index.ts → one CommonJS file) and
 * loads it. Requiring one file takes a fraction of a second where transpiling the sources on
 * import takes several, so a warm start stays fast; the bundle is rebuilt when a source changes.
 */
export async function loadAppBundle(options: AppBundleOptions): Promise<ModuleLoader> {
  mkdirSync(options.cacheDir, { recursive: true });
  const outfile = join(options.cacheDir, 'index.cjs');
  const stampFile = join(options.cacheDir, 'stamp.txt');
  const stamp = sourceStamp(options.root);
  const fresh = existsSync(outfile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!fresh) {
    await build({
      entryPoints: [join(options.root, 'src/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: `${outfile}.${process.pid}.tmp`,
      logLevel: 'warning',
    });
    // Rename into place so that parallel starts (test workers) never read a half-written bundle.
    renameSync(`${outfile}.${process.pid}.tmp`, outfile);
    writeFileSync(stampFile, stamp);
  }
  const mod = createRequire(import.meta.url)(outfile) as Record<string, unknown>;
  return async (name) => {
    if (name !== 'index') throw new Error(`The app bundle only has the "index" module, not "${name}"`);
    return mod;
  };
}
