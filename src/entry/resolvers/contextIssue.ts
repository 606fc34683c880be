import { AppError } from '../../app/shared/appError.js';
import type { ResolverName } from '../../contracts/resolverContract.js';

/** Resolvers that act on one issue: the incident panel's. */
export const ISSUE_RESOLVERS: ReadonlySet<ResolverName> = new Set<ResolverName>([
  'getIncidentView', 'escalate', 'acknowledge', 'standDown', 'confirmBridgeJoin', 'designateCommsLead', 'publishUpdate',
  'getCoordination', 'engageTeam', 'acknowledgeTeam', 'releaseTeam', 'requestHandoff', 'decideHandoff', 'designateCommander',
]);

/**
 * The issue an issue resolver acts on is the one Forge says the module is shown on
 * (`context.extension.issue.key`), never what the payload names: otherwise a panel opened on
 * one issue could act on any other. The payload may repeat the key (the UI does); a different
 * key is refused, and outside an issue module there is no issue to act on.
 *
 * @example
 * withContextIssue('acknowledge', {}, 'ITOPS-2') // => { issueKey: 'ITOPS-2' }
 */
export function withContextIssue(name: ResolverName, payload: unknown, contextIssueKey: string | undefined): unknown {
  if (!ISSUE_RESOLVERS.has(name)) return payload;
  if (!contextIssueKey) throw new AppError('FORBIDDEN', `${name} acts on an issue: call it from the issue's panel`);
  const body = (payload ?? {}) as Record<string, unknown>;
  if (typeof body !== 'object' || Array.isArray(body)) return payload; // the schema names the problem
  if (body.issueKey !== undefined && body.issueKey !== contextIssueKey) {
    throw new AppError('FORBIDDEN', `issueKey: ${String(body.issueKey)} is not the issue this panel is open on (${contextIssueKey})`);
  }
  return { ...body, issueKey: contextIssueKey };
}
