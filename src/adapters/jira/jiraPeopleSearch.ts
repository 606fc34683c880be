import type { Client } from 'jira.js/core';
import { findGroups, findUsers } from 'jira.js/cloud';
import type { DirectoryGroup, DirectoryUser } from '../../ports/incidentHost.js';

/** The fields of a Jira user a picker shows; Jira may hide the rest by the person's privacy settings. */
export function toDirectoryUser(u: { accountId: string; displayName?: string; active?: boolean; avatarUrls?: Record<string, string | undefined>; emailAddress?: unknown }): DirectoryUser {
  const avatar = u.avatarUrls?.['48x48'] ?? u.avatarUrls?.['24x24'];
  const email = typeof u.emailAddress === 'string' && u.emailAddress.includes('@') ? u.emailAddress : null;
  return { accountId: u.accountId, displayName: u.displayName ?? '', active: u.active ?? true, ...(avatar ? { avatarUrl: avatar } : {}), ...(email ? { emailAddress: email } : {}) };
}

/**
 * Jira's user search (`GET /rest/api/3/user/search`): matches display name and email. App
 * accounts and customers are not people one pages or grants a role, so only `atlassian`
 * accounts that are active are offered.
 */
export async function searchUsers(client: Client, query: string, maxResults: number): Promise<DirectoryUser[]> {
  const found = await findUsers(client, { query, maxResults });
  return found
    .filter((u) => u.accountId && u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian')
    .map((u) => toDirectoryUser({ ...u, accountId: u.accountId as string, avatarUrls: u.avatarUrls as Record<string, string | undefined> | undefined }));
}

/** Jira's group picker (`GET /rest/api/3/groups/picker`): groups whose name contains the query. */
export async function searchGroups(client: Client, query: string, maxResults: number): Promise<DirectoryGroup[]> {
  const found = await findGroups(client, { query, maxResults, caseInsensitive: true });
  return (found.groups ?? []).flatMap((g) => (g.name ? [{ name: g.name, groupId: g.groupId ?? null }] : []));
}
