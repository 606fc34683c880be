import type { InvocationScope } from './invocationScope.js';

/** Identity of the emulated installation, shared by every invocation. */
export interface InstallationInfo {
  appId: string;
  appVersion: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  installationId: string;
  cloudId: string;
  siteUrl: string;
  scopes: string[];
}

export const installContextOf = (info: InstallationInfo): string => `ari:cloud:jira::site/${info.cloudId}`;

const noopMetrics = {
  counter: () => ({ incr: () => {}, decr: () => {} }),
  gauge: () => ({ set: () => {} }),
  timing: () => ({ measure: () => ({ stop: () => {} }) }),
};

/**
 * The `global.__forge_runtime__` object @forge/api reads (`__getRuntime`, `getAppContext`,
 * `wrapInMetrics`, webTrigger's `contextAri`). `kvs` is left out on purpose: without
 * `kvs.url/host`, @forge/kvs sends its requests as `{type: 'kvs', provider: 'app'}`.
 */
export function buildRuntimeGlobal(info: InstallationInfo, scope: InvocationScope | undefined): Record<string, unknown> {
  return {
    appContext: {
      appId: info.appId,
      appVersion: info.appVersion,
      environmentId: info.environmentId,
      environmentType: info.environmentType,
      invocationId: scope?.invocationId ?? 'outside-invocation',
      installationId: info.installationId,
      moduleKey: scope?.moduleKey ?? '',
      license: { isActive: true },
      installation: { id: info.installationId, contexts: [installContextOf(info)] },
      permissions: { scopes: info.scopes, external: {} },
    },
    // As on Forge: what @forge/api's getAppContext().invocationRemainingTimeInMillis reads.
    lambdaContext: {
      awsRequestId: scope?.invocationId ?? 'outside-invocation',
      getRemainingTimeInMillis: () => (scope ? Math.max(0, scope.deadline - Date.now()) : 55_000),
    },
    contextAri: installContextOf(info),
    proxy: { token: 'sandbox-proxy-token', url: 'http://127.0.0.1/forge-proxy' },
    tracing: { traceId: scope?.invocationId ?? 'sandbox', spanId: 'sandbox' },
    metrics: noopMetrics,
    container: { appCodeDir: undefined },
    externalAuth: [],
  };
}
