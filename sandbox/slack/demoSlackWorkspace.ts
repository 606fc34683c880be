import type Database from 'better-sqlite3';
import { DEMO_USERS } from '../seed/demoUsers.js';
import type { SlackUser } from './slackState.js';
import { SlackWorkspace } from './slackWorkspace.js';

/** The bot token the demo workspace accepts; the seed stores it as the app's `slackBotToken`. */
export const SANDBOX_SLACK_BOT_TOKEN = 'xoxb-1000000001-2000000002-sandboxdemotoken';

/** Not a member of the demo workspace, so users.lookupByEmail answers users_not_found for her. */
const NOT_IN_SLACK = new Set(['sandbox-cio-carla']);

/** The demo site's people who are in Slack: everyone but customers and the CIO. */
export function demoSlackUsers(): SlackUser[] {
  return DEMO_USERS.filter((u) => u.accountType === 'atlassian' && !NOT_IN_SLACK.has(u.accountId)).map((u, i) => ({
    id: `U${String(i + 1).padStart(8, '0')}`, email: u.email, realName: u.displayName,
  }));
}

export function demoSlackWorkspace(now: () => number, db?: Database.Database): SlackWorkspace {
  return new SlackWorkspace({ token: SANDBOX_SLACK_BOT_TOKEN, users: demoSlackUsers(), now, ...(db ? { db } : {}) });
}
