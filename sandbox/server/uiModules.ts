import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Custom UI module of the manifest and the resource (built app) it shows. */
export interface UiModule {
  moduleKey: string;
  type: string;
  title: string;
  resource: string;
  /** Directory of the build, relative to the project root. */
  path: string;
  /** Where the shell loads it from. */
  url: string;
  built: boolean;
}

type Raw = Record<string, unknown>;
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

/** Reads the UI modules and their resources from manifest.yml (the runtime only needs their resolvers). */
export function uiModules(root: string): UiModule[] {
  const manifest = (load(readFileSync(join(root, 'manifest.yml'), 'utf8')) ?? {}) as Raw;
  const resources = new Map(list(manifest.resources).map((r) => [String(r.key), String(r.path)]));
  const modules = (manifest.modules ?? {}) as Raw;
  const out: UiModule[] = [];
  for (const [type, decls] of Object.entries(modules)) {
    for (const m of list(decls)) {
      const resource = typeof m.resource === 'string' ? m.resource : undefined;
      const path = resource ? resources.get(resource) : undefined;
      if (!resource || !path) continue;
      out.push({
        moduleKey: String(m.key),
        type,
        title: String(m.title ?? m.key),
        resource,
        path,
        url: `/ui/${encodeURIComponent(resource)}/index.html`,
        built: existsSync(join(root, path, 'index.html')),
      });
    }
  }
  return out;
}
