import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface ShellAssets {
  html: string;
  css: string;
  shellJs: string;
  guestJs: string;
  /** Atlaskit design tokens, light and dark, for `view.theme.enable()` inside the iframes. */
  themeCss: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', write: false, logLevel: 'warning' });
  return out.outputFiles[0]?.text ?? '';
}

/**
 * The same token style sheets Jira injects into a themed Custom UI. They ship inside
 * @atlaskit/tokens as JS modules exporting CSS text.
 */
function tokenCss(): string {
  const require = createRequire(import.meta.url);
  const themes = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography-adg3'];
  return themes.map((t) => {
    try {
      return (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${t}.js`) as { default: string }).default;
    } catch {
      return `/* ${t} not found */`;
    }
  }).join('\n');
}

/** Compiles the shell and the iframe's bridge from TypeScript once, at start (tens of ms). */
export async function buildShellAssets(root: string): Promise<ShellAssets> {
  const dir = join(root, 'sandbox', 'shell');
  const [shellJs, guestJs] = await Promise.all([bundle(join(dir, 'main.ts')), bundle(join(dir, 'bridgeGuest.ts'))]);
  return {
    html: readFileSync(join(dir, 'index.html'), 'utf8'),
    css: readFileSync(join(dir, 'shell.css'), 'utf8'),
    shellJs,
    guestJs,
    themeCss: tokenCss(),
  };
}
