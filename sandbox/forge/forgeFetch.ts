import { currentInvocation } from './invoke/invocationScope.js';
import { answerGraphql, type WebtriggerUrls } from './invoke/stargate.js';
import { bodyText, headerRecord, parseMaybeJson, toResponse, type FetchInit } from './invoke/httpBodies.js';
import type { JiraActor, JiraHandler } from './jiraPort.js';
import type { KvsService } from './kvs/kvsService.js';
import type { QueueService } from './queue/queueService.js';

/** The first argument of `global.__forge_fetch__`, as @forge/api and @forge/kvs build it. */
export interface FetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export type ForgeFetch = (target: FetchTarget, path: string, init?: FetchInit) => Promise<Response>;

export interface ForgeFetchDeps {
  kvs: KvsService;
  queue: () => QueueService;
  jira: JiraHandler;
  webtriggers: WebtriggerUrls;
}

/** The forge proxy answers this way when `asUser()` has no user to act for. */
const needsAuthentication = () => toResponse(401, { message: 'No user context' }, { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' });

function actorFor(target: FetchTarget): JiraActor | undefined {
  if (target.provider !== 'user') return { type: 'app' };
  const accountId = target.accountId ?? currentInvocation()?.accountId;
  return accountId ? { type: 'user', accountId } : undefined;
}

/** Routes what the real SDKs send to the emulated platform services. */
export function createForgeFetch(deps: ForgeFetchDeps): ForgeFetch {
  return async (target, path, init) => {
    const text = await bodyText(init);
    if (target.type === 'kvs') {
      const reply = deps.kvs.handle(path, parseMaybeJson(text));
      return toResponse(reply.status, reply.body);
    }
    if (target.type === 'fpp' && target.remote === 'jira') {
      const actor = actorFor(target);
      if (!actor) return needsAuthentication();
      const url = new URL(path, 'http://jira.invalid');
      const query: Record<string, string | string[]> = {};
      for (const [name, value] of url.searchParams) {
        const seen = query[name];
        query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
      }
      const res = await deps.jira({
        method: (init?.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query,
        headers: headerRecord(init?.headers),
        body: parseMaybeJson(text),
        actor,
      });
      return toResponse(res.status, res.body, res.headers);
    }
    if (target.type === 'fpp' && target.remote === 'stargate') {
      if (target.provider === 'user' && !actorFor(target)) return needsAuthentication();
      if (path.startsWith('/webhook/queue/')) {
        const reply = deps.queue().handle(path, parseMaybeJson(text));
        return toResponse(reply.status, reply.body);
      }
      if (path === '/graphql') {
        const reply = answerGraphql(parseMaybeJson(text), deps.webtriggers);
        return toResponse(reply.status, reply.body);
      }
      if (path === '/forge/events/v1/app-events') return toResponse(200, { failedEvents: [] });
    }
    return toResponse(501, { message: `The sandbox does not emulate ${target.type}/${target.remote ?? ''} ${path}` });
  };
}
