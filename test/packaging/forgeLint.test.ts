import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';

const require = createRequire(import.meta.url);
interface Rule { message: string; reference: string; line: number; column: number }
interface Result { file: string; errors: Rule[]; warnings: Rule[] }
interface Linter { constructor: { name: string } }
const forgeLint = require('@forge/lint') as {
  getClientSideLintersOnly(manifest: unknown, environment: string, logger: unknown, statsig: unknown): Promise<Linter[]>;
  lint(files: string[], manifest: unknown, environment: string, logger: unknown, statsig: unknown, config: { linter: { mode: 'client-side' }; linters?: Linter[] }): Promise<Result[]>;
};

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? walk(p) : [p]; });

/**
 * Atlassian's Forge linter (`forge lint`'s client-side rules), offline, over src/ and manifest.yml.
 * The feature-flag reader answers the one flag the rules read, the deprecated runtimes, as
 * FORGE.md records them (nodejs20.x deprecated since 2026-04-30; nodejs18.x before it).
 *
 * One rule is left out: PermissionLinter, which downloads Atlassian's OpenAPI documents from the
 * internet to map REST calls to scopes, and these machines reach only the npm registry. Its
 * absence is asserted below, so the exclusion cannot silently grow.
 */
describe('forge lint (client-side rules)', () => {
  it('finds no error and no warning in src/ and the manifest', async () => {
    const manifest = load(readFileSync('manifest.yml', 'utf8'));
    const logger = { info: () => {} };
    const statsig = { getDeprecatedRuntimes: async () => ['nodejs18.x', 'nodejs20.x'] };
    const all = await forgeLint.getClientSideLintersOnly(manifest, 'development', logger, statsig);
    const linters = all.filter((l) => l.constructor.name !== 'PermissionLinter');
    expect(all.length - linters.length).toBe(1);
    expect(linters.length).toBeGreaterThanOrEqual(10);
    const files = walk('src').filter((f) => f.endsWith('.ts'));
    const results = await forgeLint.lint(files, manifest, 'development', logger, statsig, { linter: { mode: 'client-side' }, linters });
    const problems = results.flatMap((r) => [...r.errors, ...r.warnings].map((p) => `${r.file}:${p.line}:${p.column} ${p.reference}: ${p.message}`));
    expect(problems).toEqual([]);
  }, 120_000);
});
