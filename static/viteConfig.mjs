// One Vite configuration for every Custom UI surface, so all three build the same way.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const staticDir = dirname(fileURLToPath(import.meta.url));

/** @param {string} app one of panel, admin, dashboard @returns {import('vite').InlineConfig} */
export function uiViteConfig(app) {
  const root = join(staticDir, app);
  return {
    root,
    // Forge serves each resource from its own path, so asset URLs must be relative.
    base: './',
    configFile: false,
    logLevel: 'warn',
    resolve: {
      // See shared/featureGatesStub.ts: Atlaskit's feature-gate client is dead weight in a Forge app.
      alias: [{ find: /^@atlaskit\/feature-gate-js-client(\/.*)?$/, replacement: join(staticDir, 'shared/featureGatesStub.ts') }],
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(root, 'build'),
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
    },
  };
}
