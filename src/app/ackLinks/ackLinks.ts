import type { Intent } from '../../domain/escalation/intent.js';
import { ACK_LINK_TTL_MS, ackLinkUrl } from './ackLinkToken.js';
import type { Deps } from '../shared/deps.js';

type PageIntent = Extract<Intent, { kind: 'page' }>;

/**
 * A signed link per user the page names. Groups and teams get none: the link acknowledges in
 * one person's name, and nobody can tell which member of a group would click.
 */
export async function ackLinksFor(deps: Pick<Deps, 'store' | 'clock' | 'links'>, page: PageIntent, episode: number): Promise<Array<{ accountId: string; url: string }>> {
  const users = [...new Set(page.targets.flatMap((t) => (t.type === 'user' ? [t.accountId] : [])))];
  if (!deps.links || users.length === 0) return [];
  const [base, secret] = await Promise.all([deps.links.ackLinkUrl(), deps.store.ackSigningSecret()]);
  const expiresAt = deps.clock.now() + ACK_LINK_TTL_MS;
  return users.map((accountId) => ({
    accountId,
    url: ackLinkUrl(base, { incidentKey: page.incidentKey, accountId, episode, path: page.path, level: page.level, loop: page.loop, expiresAt }, secret),
  }));
}
