import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { backendAddresses } from './egress/egressAllowlist.js';
import type { EntityDeclaration } from './kvs/entitySchema.js';

/** The parts of manifest.yml the emulated runtime acts on. */
export interface FunctionDecl {
  key: string;
  handler: string;
  timeoutSeconds?: number;
}
export interface ConsumerDecl {
  key: string;
  queue: string;
  /** @forge/events ≥ 2 style: the function receives `(asyncEvent, context)`. */
  function?: string;
  /** Resolver style: the function is a `@forge/resolver` definition and `method` its key. */
  resolver?: { function: string; method: string };
}
export interface ScheduledTriggerDecl {
  key: string;
  function: string;
  interval: 'fiveMinute' | 'hour' | 'day' | 'week';
}
export interface TriggerDecl {
  key: string;
  function: string;
  events: Array<string | { eventType: string }>;
}
export interface WebtriggerDecl {
  key: string;
  function: string;
}
/** Any module with a resolver (issue panels, admin pages...). */
export interface UiModuleDecl {
  type: string;
  key: string;
  resolverFunction?: string;
}

export interface ForgeManifest {
  appId: string;
  functions: Map<string, FunctionDecl>;
  consumers: ConsumerDecl[];
  scheduledTriggers: ScheduledTriggerDecl[];
  triggers: TriggerDecl[];
  webtriggers: WebtriggerDecl[];
  uiModules: Map<string, UiModuleDecl>;
  entities: EntityDeclaration[];
  scopes: string[];
  /** `permissions.external.fetch.backend` addresses: the only hosts app code may fetch. */
  egress: string[];
}

type Raw = Record<string, unknown>;
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Reads the app's manifest.yml from disk. */
export function loadManifest(path: string): ForgeManifest {
  return parseManifest(readFileSync(path, 'utf8'));
}

export function parseManifest(text: string): ForgeManifest {
  const raw = (loadYaml(text) ?? {}) as Raw;
  const modules = (raw.modules ?? {}) as Raw;
  const app = (raw.app ?? {}) as Raw;
  const functions = new Map(list<FunctionDecl>(modules.function).map((f) => [f.key, f]));
  const uiModules = new Map<string, UiModuleDecl>();
  const platformKinds = new Set(['function', 'consumer', 'scheduledTrigger', 'trigger', 'webtrigger']);
  for (const [type, entries] of Object.entries(modules)) {
    if (platformKinds.has(type)) continue;
    for (const m of list<Raw>(entries)) {
      const resolver = m.resolver as { function?: string } | undefined;
      uiModules.set(String(m.key), { type, key: String(m.key), resolverFunction: resolver?.function });
    }
  }
  const idMatch = /app\/([^/]+)$/.exec(String(app.id ?? ''));
  const storage = (app.storage ?? {}) as Raw;
  const permissions = (raw.permissions ?? {}) as Raw;
  return {
    appId: idMatch?.[1] ?? String(app.id ?? 'sandbox-app'),
    functions,
    consumers: list<ConsumerDecl>(modules.consumer),
    scheduledTriggers: list<ScheduledTriggerDecl>(modules.scheduledTrigger),
    triggers: list<TriggerDecl>(modules.trigger),
    webtriggers: list<WebtriggerDecl>(modules.webtrigger),
    uiModules,
    entities: list<EntityDeclaration>(storage.entities),
    scopes: list<string>(permissions.scopes),
    egress: backendAddresses(permissions),
  };
}

/** `index.resolver` → module `index`, export `resolver` (the module path may contain dots/slashes). */
export function splitHandler(handler: string): { module: string; exportName: string } {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) throw new Error(`Function handler '${handler}' must look like '<module>.<export>'`);
  return { module: handler.slice(0, dot), exportName: handler.slice(dot + 1) };
}
