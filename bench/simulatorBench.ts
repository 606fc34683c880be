import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Measures the simulator as it ships: the workload (bench/simulatorWorkload.ts) is bundled by
 * esbuild, as the Forge back end is (scripts/buildBackend.mjs), and run from the bundle. Run
 * through tsx instead, every call pays tsx's module hooks and its `__name` wrappers, which
 * production code never does (about 2.5× slower here), so those figures would measure the dev
 * loader, not the code. The baselines (minute stepping) run from the same bundle in the same run.
 */
export async function runSimulatorBench() {
  const dir = mkdtempSync(join(tmpdir(), 'simulator-bench-'));
  try {
    const outfile = join(dir, 'simulatorWorkload.mjs');
    await build({
      entryPoints: [new URL('./simulatorWorkload.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm',
      target: 'node20', outfile, logLevel: 'warning', packages: 'bundle',
    });
    const mod = (await import(pathToFileURL(outfile).href)) as { measureSimulator: () => Promise<{ simulator: Record<string, unknown> }> };
    const r = await mod.measureSimulator();
    return { simulator: { ...r.simulator, measuredFrom: 'esbuild bundle (as the Forge back end is built)' } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
