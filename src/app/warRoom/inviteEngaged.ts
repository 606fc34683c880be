import type { IncidentHost } from '../../ports/incidentHost.js';
import type { WarRoomSession } from './warRoomSession.js';

/**
 * Invites the people working the incident who are not in the channel yet: found in Slack by the
 * email Jira shows for them (users.lookupByEmail), then one conversations.invite for all of them.
 * Someone Slack does not know, or whose email Jira hides, is noted and not asked again.
 */
export async function inviteEngaged(s: WarRoomSession, host: Pick<IncidentHost, 'getUser'>, people: readonly string[]): Promise<void> {
  const todo = people.filter((a) => !s.room.invited.includes(a) && !s.room.notInSlack.includes(a));
  if (!todo.length || s.room.channelId === null) return;
  const found: Array<{ accountId: string; slackId: string }> = [];
  const missing: string[] = [];
  for (const accountId of todo) {
    const email = (await host.getUser(accountId).catch(() => null))?.emailAddress;
    if (!email) { missing.push(accountId); continue; }
    const r = await s.call('users.lookupByEmail', { email }, ['users_not_found']);
    const id = typeof r === 'string' ? null : (r.user as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') found.push({ accountId, slackId: id }); else missing.push(accountId);
  }
  if (found.length) {
    // already_in_channel: someone joined by hand; they are in, which is what inviting wanted.
    await s.call('conversations.invite', { channel: s.room.channelId, users: found.map((f) => f.slackId).join(',') }, ['already_in_channel']);
  }
  await s.save({ invited: [...s.room.invited, ...found.map((f) => f.accountId)], notInSlack: [...s.room.notInSlack, ...missing] });
}
