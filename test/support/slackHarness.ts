import { SlackWebApi, type SlackFetch } from '../../src/adapters/slack/slackWebApi.js';
import { slackApiArgs, slackApiMethod } from '../../sandbox/slack/slackApiRequest.js';
import { SlackWorkspace } from '../../sandbox/slack/slackWorkspace.js';
import type { SlackUser } from '../../sandbox/slack/slackState.js';

export const BOT_TOKEN = 'xoxb-1111111111-2222222222-testtoken';

/** The sandbox's Slack workspace, called through the app's own Web API client (no network). */
export function slackHarness(now: () => number, users: SlackUser[]) {
  const workspace = new SlackWorkspace({ token: BOT_TOKEN, users, now });
  const calls: string[] = [];
  const fetch: SlackFetch = async (url, init) => {
    const u = new URL(url);
    const method = slackApiMethod(u);
    if (!method) throw new Error(`not a Slack Web API URL: ${url}`);
    calls.push(method);
    const a = workspace.answer(method, init.headers.authorization ?? null, slackApiArgs(u, init.headers['content-type'] ?? '', init.body ?? ''));
    return new Response(a.body, { status: a.status, headers: a.headers });
  };
  return { workspace, api: new SlackWebApi(fetch), calls };
}
