import { fileURLToPath } from 'node:url';
import { ForgeRuntime, type ForgeRuntimeOptions } from '../../../sandbox/forge/forgeRuntime.js';
import type { JiraRequest, JiraResponse } from '../../../sandbox/forge/jiraPort.js';
import { parseManifest } from '../../../sandbox/forge/manifest.js';

export const fixtureManifestPath = fileURLToPath(new URL('./fixtures/manifest.yml', import.meta.url));

/** A Jira stand-in that records requests and answers `/myself` for whoever the actor is. */
export function fakeJira() {
  const requests: JiraRequest[] = [];
  const handler = async (req: JiraRequest): Promise<JiraResponse> => {
    requests.push(req);
    if (req.path === '/rest/api/3/myself') {
      const accountId = req.actor.type === 'user' ? req.actor.accountId : 'app-account';
      return { status: 200, body: { accountId, accountType: req.actor.type === 'app' ? 'app' : 'atlassian' } };
    }
    return { status: 404, body: { errorMessages: ['Not found'] } };
  };
  return { requests, handler };
}

export function fixtureRuntime(overrides: Partial<ForgeRuntimeOptions> = {}) {
  const jira = fakeJira();
  const runtime = new ForgeRuntime({
    manifest: fixtureManifestPath,
    loadModule: (name) => import(`./fixtures/${name}.js`) as Promise<Record<string, unknown>>,
    jira: jira.handler,
    ...overrides,
  }).install();
  return { runtime, jira };
}

/** A runtime with no app code, for driving @forge/kvs and @forge/events directly. */
export function bareRuntime(manifestYaml = 'modules: {}\n') {
  return new ForgeRuntime({
    manifest: parseManifest(manifestYaml),
    loadModule: async () => ({}),
    jira: fakeJira().handler,
  }).install();
}
