import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Sandbox } from './createSandbox.js';
import { HttpError, readJson, sendJson } from './httpKit.js';
import { moduleContext, moduleExtension, moduleProjectKey, type ModuleTarget } from './moduleContext.js';
import { assertMayOpenModule } from './moduleVisibility.js';
import { requestUser } from './requestUser.js';

const Extension = z.object({
  issue: z.object({ key: z.string().min(1) }).passthrough().optional(),
  project: z.object({ key: z.string().min(1) }).passthrough().optional(),
}).passthrough().optional();
const ContextRequest = z.object({ moduleKey: z.string().min(1), extension: Extension, colorMode: z.enum(['light', 'dark']).default('light') });
const InvokeRequest = z.object({ moduleKey: z.string().min(1), functionKey: z.string().min(1), payload: z.unknown().optional(), extension: Extension });
const FetchRequest = z.object({
  product: z.literal('jira'),
  restPath: z.string().startsWith('/'),
  fetchRequestInit: z.object({
    method: z.string().default('GET'),
    headers: z.array(z.tuple([z.string(), z.string()])).default([]),
    body: z.string().nullable().optional(),
  }).passthrough().default({}),
});

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new HttpError(400, r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return r.data;
}

const targetOf = (b: { moduleKey: string; extension?: { issue?: { key: string }; project?: { key: string } } | undefined }): ModuleTarget =>
  ({ moduleKey: b.moduleKey, ...(b.extension?.issue ? { issueKey: b.extension.issue.key } : {}),
    ...(b.extension?.project ? { projectKey: b.extension.project.key } : {}) });

/** A frame exists only where Jira would have rendered its module for this user. */
function assertOpenable(sandbox: Sandbox, target: ModuleTarget, user: ReturnType<typeof requestUser>): void {
  const module = sandbox.runtime.manifest.uiModules.get(target.moduleKey);
  if (!module) throw new HttpError(404, `No UI module "${target.moduleKey}" in manifest.yml`);
  // A malformed target (an issue module without its issue) is the caller's 400 before any 403.
  moduleExtension(sandbox.site, sandbox.runtime, target);
  assertMayOpenModule(sandbox.site, module.type, user, moduleProjectKey(sandbox.site, target));
}

/**
 * What a Custom UI iframe's `@forge/bridge` reaches through the shell: `getContext`, `invoke`
 * and `requestJira`, each as the shell's signed-in user, so the app and the site enforce that
 * user's permissions. The module's context is built here from the host's records, never taken
 * from the iframe.
 */
export async function bridgeRoute(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, action: string): Promise<void> {
  const user = requestUser(req);
  const body = await readJson(req);
  if (action === 'context') {
    const b = parse(ContextRequest, body);
    assertOpenable(sandbox, targetOf(b), user);
    return sendJson(res, 200, moduleContext(sandbox.site, sandbox.runtime, targetOf(b), user, b.colorMode));
  }
  if (action === 'invoke') {
    const b = parse(InvokeRequest, body);
    assertOpenable(sandbox, targetOf(b), user);
    const { type: _type, ...extension } = moduleExtension(sandbox.site, sandbox.runtime, targetOf(b));
    try {
      const value = await sandbox.runtime.invokeResolver({ moduleKey: b.moduleKey, functionKey: b.functionKey, payload: b.payload, accountId: user.accountId, extension });
      return sendJson(res, 200, value ?? null);
    } catch (error) {
      // Forge rejects the UI's invoke() when the function throws or times out; so does the sandbox.
      return sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (action === 'fetch') {
    const b = parse(FetchRequest, body);
    const url = new URL(b.restPath, 'http://jira.invalid');
    const query: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
    const init = b.fetchRequestInit;
    const answer = await sandbox.site.handle({
      method: init.method.toUpperCase(),
      path: url.pathname,
      query,
      headers: Object.fromEntries(init.headers.map(([k, v]) => [k.toLowerCase(), v])),
      ...(init.body ? { body: init.body } : {}),
      actor: { accountId: user.accountId },
    });
    return sendJson(res, 200, { status: answer.status, statusText: '', headers: answer.headers, body: answer.body, isAttachment: false });
  }
  throw new HttpError(404, `No bridge action "${action}"`);
}
