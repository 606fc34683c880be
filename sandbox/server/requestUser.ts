import type { IncomingMessage } from 'node:http';
import { DEMO_USERS, type DemoUser } from '../seed/index.js';
import { cookie, HttpError } from './httpKit.js';

/** The cookie the shell's user switcher sets; the header is for scripts and tests. */
export const USER_COOKIE = 'sandbox_user';
export const USER_HEADER = 'x-sandbox-user';
/** Who the shell acts as before anyone picks a user. */
export const DEFAULT_USER = 'sandbox-agent-ana';

/**
 * The shell's signed-in user: the `x-sandbox-user` header, else the `sandbox_user` cookie, each
 * an accountId or an email; nobody named means the default agent. Naming someone unknown is
 * refused rather than silently falling back, so a typo never acts as the wrong person.
 */
export function requestUser(req: IncomingMessage): DemoUser {
  const header = req.headers[USER_HEADER];
  const named = (Array.isArray(header) ? header[0] : header) ?? cookie(req, USER_COOKIE) ?? DEFAULT_USER;
  const user = DEMO_USERS.find((u) => u.accountId === named || u.email.toLowerCase() === named.toLowerCase());
  if (!user) throw new HttpError(401, `No demo user "${named}"; see GET /__sandbox/users.`);
  return user;
}
