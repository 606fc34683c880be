// Builds every Custom UI surface into static/<app>/build (the paths manifest.yml's resources name).
// Type-checks static/ first so a green build means the UI agrees with src/contracts;
// UI_SKIP_TYPECHECK=1 skips that when only the bundle is wanted.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { uiViteConfig } from '../static/viteConfig.mjs';

const apps = ['panel', 'admin', 'dashboard'];
const started = Date.now();

if (process.env.UI_SKIP_TYPECHECK !== '1') {
  execFileSync('npx', ['tsc', '-p', 'static/tsconfig.json'], { stdio: 'inherit' });
}
for (const app of apps) {
  await build(uiViteConfig(app));
  if (!existsSync(`static/${app}/build/index.html`)) {
    throw new Error(`static/${app}/build/index.html was not produced`);
  }
  console.log(`built static/${app}/build`);
}
console.log(`UI built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
