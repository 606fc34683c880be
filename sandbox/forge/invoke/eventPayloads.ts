import type { AsyncEvent } from '../queue/asyncEvent.js';
import { installContextOf, type InstallationInfo } from './runtimeGlobal.js';

/**
 * The arguments Forge passes to each kind of function. Every handler gets `(event, context)`;
 * `context` is the backend runtime payload (@forge/resolver reads `principal.accountId`,
 * `installContext`, `license` and `installation` from it).
 */
export function backendContext(info: InstallationInfo, accountId?: string): Record<string, unknown> {
  return {
    installContext: installContextOf(info),
    ...(accountId ? { principal: { accountId } } : {}),
    license: { isActive: true },
    installation: { id: info.installationId, contexts: [installContextOf(info)] },
  };
}

/** What a Custom UI `invoke(functionKey, payload)` carries, as `getDefinitions()` destructures it. */
export interface ResolverCall {
  /** The module the UI belongs to (e.g. `escalation-issue-panel`). */
  moduleKey: string;
  /** The resolver definition key passed to `resolver.define`. */
  functionKey: string;
  payload?: unknown;
  accountId: string;
  /** Product context of the module, e.g. `{type: 'jira:issuePanel', issue: {id, key, type}, project: {...}}`. */
  extension?: Record<string, unknown>;
  localId?: string;
}

export function resolverEvent(info: InstallationInfo, moduleType: string, call: ResolverCall): Record<string, unknown> {
  return {
    call: { functionKey: call.functionKey, payload: call.payload ?? {} },
    context: {
      accountId: call.accountId,
      accountType: 'licensed',
      cloudId: info.cloudId,
      siteUrl: info.siteUrl,
      moduleKey: call.moduleKey,
      localId: call.localId ?? `${call.moduleKey}-local`,
      environmentId: info.environmentId,
      environmentType: info.environmentType,
      locale: 'en-US',
      timezone: 'UTC',
      extension: { type: moduleType, ...(call.extension ?? {}) },
    },
  };
}

/** Resolver-style consumers: the AsyncEvent is the payload and `jobId` rides on the call. */
export function consumerResolverEvent(method: string, event: AsyncEvent): Record<string, unknown> {
  return { call: { functionKey: method, payload: event, jobId: event.jobId }, context: {} };
}

export function scheduledEvent(info: InstallationInfo, moduleKey: string): Record<string, unknown> {
  return { context: { cloudId: info.cloudId, moduleKey, userAccess: { enabled: false } }, contextToken: 'sandbox-context-token' };
}

export function productEvent(info: InstallationInfo, moduleKey: string, event: Record<string, unknown>): Record<string, unknown> {
  return { ...event, context: { cloudId: info.cloudId, moduleKey } };
}

/** A webtrigger request: multi-valued headers and query parameters, body as text. */
export interface WebtriggerRequest {
  method: string;
  path?: string;
  headers?: Record<string, string | string[]>;
  queryParameters?: Record<string, string | string[]>;
  body?: string;
}

export interface WebtriggerResponse {
  statusCode: number;
  headers?: Record<string, string[]>;
  body?: string;
}

const multi = (record: Record<string, string | string[]> = {}, lower = false) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [lower ? k.toLowerCase() : k, Array.isArray(v) ? v : [v]]));

export function webtriggerEvent(info: InstallationInfo, moduleKey: string, req: WebtriggerRequest): Record<string, unknown> {
  return {
    method: req.method.toUpperCase(),
    path: req.path ?? '/',
    headers: multi(req.headers, true),
    queryParameters: multi(req.queryParameters),
    body: req.body ?? '',
    context: { cloudId: info.cloudId, moduleKey },
    contextPath: '/',
  };
}
