import { unauthorized } from './jiraError.js';
import type { SiteContext } from './siteContext.js';
import type { Actor } from './siteTypes.js';

/** How a trusted caller (the Forge runtime emulator) names the actor: the app, or a user. */
export type RequestActor = 'app' | { accountId: string };

/** Every demo user's API token. The sandbox is local and its people are made up. */
export const SANDBOX_API_TOKEN = 'sandbox';

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The actor given by the runtime, or else the one Basic auth (email + API token) proves. */
export function authenticate(ctx: SiteContext, req: { actor?: RequestActor; headers: Record<string, string> }): Actor {
  if (req.actor === 'app') return { kind: 'app' };
  if (req.actor) {
    if (!ctx.directory.user(req.actor.accountId)) throw unauthorized();
    return { kind: 'user', accountId: req.actor.accountId };
  }
  const auth = header(req.headers, 'authorization');
  const match = auth ? /^Basic\s+(.+)$/i.exec(auth) : null;
  if (!match) throw unauthorized();
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const email = decoded.slice(0, colon);
  const token = decoded.slice(colon + 1);
  const user = colon > 0 ? ctx.directory.userByEmail(email) : undefined;
  if (!user || token !== SANDBOX_API_TOKEN || user.accountType === 'app') throw unauthorized();
  return { kind: 'user', accountId: user.accountId };
}
